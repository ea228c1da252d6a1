// Inserts build-time rendered lesson HTML into the page, sanitised again as defence in depth by an
// allow-list walk over an inert <template> (only the tags and attributes the Markdown renderer
// produces survive; links must be app routes or web addresses), and makes wide tables scroll
// inside a focusable, labelled region. The HTML comes from our own build (markdown-it with raw HTML
// off), so a small allow-list is enough; nothing from it ever runs.
import { h } from '../dom';

const ALLOWED_TAGS = new Set([
  'P', 'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'A', 'STRONG', 'EM', 'CODE', 'PRE', 'BLOCKQUOTE',
  'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'BR', 'HR', 'S',
]);
const ALLOWED_ATTRIBUTES: Readonly<Record<string, (value: string) => boolean>> = {
  href: (value) => /^(?:#\/|https?:|mailto:)/i.test(value),
  class: (value) => /^[a-z0-9 -]*$/i.test(value),
  rel: (value) => /^[a-z ]*$/i.test(value),
  start: (value) => /^\d{1,4}$/.test(value),
  style: (value) => /^text-align:(?:left|right|center)$/.test(value),
};

/** Removes every element and attribute not on the allow-lists; disallowed elements keep their text only. */
export function sanitiseFragment(root: DocumentFragment | Element): void {
  for (const node of [...root.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove();
      continue;
    }
    const element = node as Element;
    if (!ALLOWED_TAGS.has(element.tagName)) {
      element.replaceWith(document.createTextNode(element.textContent ?? ''));
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const allowed = ALLOWED_ATTRIBUTES[attribute.name];
      if (!allowed || !allowed(attribute.value.trim())) element.removeAttribute(attribute.name);
    }
    sanitiseFragment(element);
  }
}

export function lessonHtml(html: string): HTMLElement {
  const container = h('div', { class: 'lesson-html' });
  // Parsing into a template is inert: no script runs and nothing loads.
  const template = document.createElement('template');
  template.innerHTML = html;
  sanitiseFragment(template.content);
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
