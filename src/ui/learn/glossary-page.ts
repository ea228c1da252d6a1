// #/glossary and #/glossary/:id: every key term with its definition, related terms and lessons;
// a labelled search box filters the list, and a term's address jumps to it and highlights it.
import { announce, append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import type { CourseOutline, GlossaryTerm } from '../../content/learn/course-types';
import { loadGlossary, loadOutline } from './course-source';
import { plural, startLearnPage } from './learn-page-frame';

/** Lower case without accents, so "cafe" finds "café". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function termEntry(glossary: readonly GlossaryTerm[], outline: CourseOutline, term: GlossaryTerm, highlighted: boolean): HTMLElement {
  const related = term.related.map((id) => glossary.find((t) => t.id === id)).filter((t) => t !== undefined);
  const lessons = term.lessons.map((id) => outline.lessons.find((l) => l.id === id)).filter((l) => l !== undefined);
  return h('div', { class: `glossary-entry${highlighted ? ' is-highlighted' : ''}`, 'data-term': term.id },
    h('dt', { id: `term-${term.id}`, tabindex: -1 }, term.term),
    h('dd', {},
      h('p', {}, term.definition),
      related.length > 0 ? h('p', { class: 'meta' }, 'Related: ',
        ...related.flatMap((t, i) => [i > 0 ? ', ' : '', h('a', { href: `#/glossary/${t.id}` }, t.term)])) : null,
      lessons.length > 0 ? h('p', { class: 'meta' }, 'Taught in: ',
        ...lessons.flatMap((l, i) => [i > 0 ? ', ' : '', h('a', { href: `#/lessons/${l.id}` }, l.title)])) : null));
}

const mountGlossary: PageFactory = async (root, match) => {
  const page = startLearnPage(root);
  const [glossary, outline] = await Promise.all([loadGlossary(), loadOutline()]);
  const target = match.params.id;
  const known = target === undefined || glossary.some((t) => t.id === target);

  const input = h('input', { type: 'search', id: 'glossary-search', autocomplete: 'off', 'aria-describedby': 'glossary-count' });
  const count = h('p', { id: 'glossary-count', class: 'meta' }, `${plural(glossary.length, 'term')}.`);
  const entries = glossary.map((term) => ({ term, element: termEntry(glossary, outline, term, term.id === target) }));
  const list = h('dl', { class: 'glossary-list' }, ...entries.map((e) => e.element));
  const empty = h('p', { hidden: true }, 'No term matches your search.');

  let timer: number | undefined;
  input.addEventListener('input', () => {
    const query = searchable(input.value.trim());
    let shown = 0;
    for (const { term, element } of entries) {
      const hit = query === '' || searchable(`${term.term} ${term.definition}`).includes(query);
      element.hidden = !hit;
      if (hit) shown++;
    }
    empty.hidden = shown > 0;
    count.textContent = query === '' ? `${plural(glossary.length, 'term')}.` : `${plural(shown, 'term')} match “${input.value.trim()}”.`;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => announce(count.textContent ?? ''), 400);
  });
  page.onLeave(() => window.clearTimeout(timer));

  append(root,
    h('h1', {}, 'Glossary'),
    h('p', { class: 'lead' }, 'The key terms of the course, in our own words.'),
    known ? null : h('p', { class: 'notice error' }, `There is no term “${target}” in the glossary. Here are all the terms.`),
    h('div', { class: 'search-field' },
      h('label', { for: 'glossary-search' }, 'Search the glossary'),
      input),
    count,
    empty,
    list);

  if (target !== undefined && known) {
    // After the shell has placed the page and moved focus to <main>.
    window.setTimeout(() => {
      const heading = document.getElementById(`term-${target}`);
      heading?.focus();
      heading?.scrollIntoView({ block: 'center' });
    }, 0);
  }
  const term = glossary.find((t) => t.id === target);
  return { title: term ? `${term.term} · Glossary` : 'Glossary', unmount: page.leave };
};

export default mountGlossary;
