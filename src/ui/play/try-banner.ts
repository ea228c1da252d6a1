// The "Try it" card above a game that a lesson prepared: the change the lesson asks for, the
// learner's own prediction (from their progress), what to look for, and the way back to the lesson.
// It follows the session: another game hides it.
import { append, h } from '../dom';
import { loadLesson } from '../learn/course-source';
import { progressStore } from '../learn/progress-instance';
import type { SessionStore } from '../../state/session';

export function tryBanner(store: SessionStore): { element: HTMLElement; destroy: () => void } {
  const element = h('section', { class: 'try-banner card', 'aria-labelledby': 'try-banner-title', hidden: true });
  let shown: string | null = null;
  const render = (lessonId: string | null) => {
    if (lessonId === shown) return;
    shown = lessonId;
    element.replaceChildren();
    element.hidden = true;
    if (lessonId === null) return;
    void loadLesson(lessonId).then((bundle) => {
      const tryIt = bundle?.lesson.tryIt;
      if (!bundle || !tryIt || shown !== lessonId) return;
      const prediction = progressStore().getState().predictions[lessonId]?.text.trim() ?? '';
      element.replaceChildren();
      append(element,
        h('h2', { id: 'try-banner-title' }, `Try it from the lesson “${bundle.lesson.title}”`),
        h('p', {}, h('strong', {}, 'The change to make: '), tryIt.change),
        prediction !== '' ? h('p', {}, h('strong', {}, 'Your prediction: '), prediction) : null,
        h('p', {}, h('strong', {}, 'What to look for: '), tryIt.lookFor),
        h('p', {}, h('a', { href: `#/lessons/${encodeURIComponent(lessonId)}` }, 'Back to the lesson')));
      element.hidden = false;
    });
  };
  render(store.getState().session?.game.lesson ?? null);
  const unsubscribe = store.subscribe((s) => render(s.session?.game.lesson ?? null));
  return { element, destroy: unsubscribe };
}
