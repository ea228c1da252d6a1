// Inserts build-time rendered lesson HTML into the page, sanitised again with DOMPurify as
// defence in depth, and makes wide tables scroll inside a focusable, labelled region.
import DOMPurify from 'dompurify';
import { h } from '../dom';

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr', 's',
];
const ALLOWED_ATTR = ['href', 'class', 'rel', 'style', 'start'];

export function lessonHtml(html: string): HTMLElement {
  const container = h('div', { class: 'lesson-html' });
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true,
    ALLOWED_URI_REGEXP: /^(?:#\/|https?:|mailto:)/i,
  });
  container.append(fragment);
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
