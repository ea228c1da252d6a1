// Inserts build-time rendered lesson HTML into the page (rendered from our own Markdown with raw
// HTML off, and sanitised in the build with sanitize-html: src/content/learn/sanitise-html.ts), and
// makes wide tables scroll inside a focusable, labelled region.
import { h } from '../dom';

export function lessonHtml(html: string): HTMLElement {
  const container = h('div', { class: 'lesson-html' });
  // Parsing into a template is inert: no script runs and nothing loads.
  const template = document.createElement('template');
  template.innerHTML = html;
  container.append(document.importNode(template.content, true));
  // An empty header cell (a Markdown table's blank corner) is not a header: make it a plain cell.
  for (const cell of container.querySelectorAll('th')) {
    if ((cell.textContent ?? '').trim() !== '') continue;
    const plain = document.createElement('td');
    for (const attribute of cell.attributes) plain.setAttribute(attribute.name, attribute.value);
    cell.replaceWith(plain);
  }
  for (const table of container.querySelectorAll('table')) {
    const headings = [...table.querySelectorAll('th')].map((th) => th.textContent?.trim() ?? '').filter(Boolean);
    const name = headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
    const wrapper = h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': name });
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
  return container;
}
