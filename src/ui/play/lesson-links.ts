// Links to the course's lessons from the play screens, named by the lesson's title (read from the
// course outline); a lesson id the course does not have falls back to the lesson list.
import { h } from '../dom';

let titles: Promise<ReadonlyMap<string, string>> | undefined;

function lessonTitles(): Promise<ReadonlyMap<string, string>> {
  titles ??= import('virtual:rapport-course-outline')
    .then(({ default: outline }) => new Map(outline.lessons.map((l) => [l.id, l.title] as const)))
    .catch(() => new Map<string, string>());
  return titles;
}

/** A link to lesson `id` ("Read the lesson: Title"), filled in once the outline is loaded. */
export function lessonLink(id: string, prefix = 'Read the lesson: '): HTMLElement {
  const link = h('a', { href: `#/lessons/${encodeURIComponent(id)}` }, `${prefix}${id}`);
  void lessonTitles().then((map) => {
    const title = map.get(id);
    if (title) link.textContent = `${prefix}${title}`;
    else {
      link.setAttribute('href', '#/lessons');
      link.textContent = `${prefix.replace(/: $/, '')}s on this topic`;
    }
  });
  return link;
}
