// #/lessons/:id: one lesson: objectives, the text with its inline checks, key terms linked to the
// glossary, the end-of-lesson check, a "mark as read" control, and previous / next links.
import { append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import type { CourseOutline, Lesson, LessonBundle } from '../../content/learn/course-types';
import type { ProgressStore } from '../../state/progress/progress-store';
import { allAnswered } from '../../state/progress/progress-selectors';
import { loadLesson, loadOutline } from './course-source';
import { startLearnPage } from './learn-page-frame';
import { lessonHtml } from './lesson-html';
import { questionView } from './questions/question-view';
import { measuresBox, retentionTableView } from './measures-box';
import { tryItView } from './try-it-view';

function lessonNotFound(root: HTMLElement): { title: string } {
  root.append(
    h('h1', {}, 'Lesson not found'),
    h('p', {}, 'There is no lesson at this address. ', h('a', { href: '#/lessons' }, 'See all lessons.')));
  return { title: 'Lesson not found' };
}

function lessonBody(bundle: LessonBundle, lesson: Lesson, store: ProgressStore, onAnswered: () => void): HTMLElement {
  const body = h('div', { class: 'lesson-text' });
  let checkNumber = 0;
  for (const block of lesson.blocks) {
    if (block.kind === 'html') {
      body.append(lessonHtml(block.html));
      continue;
    }
    if (block.kind === 'measures') {
      if (block.example) body.append(measuresBox(block.example));
      continue;
    }
    if (block.kind === 'retention') {
      if (block.table) body.append(retentionTableView(block.table));
      continue;
    }
    const question = bundle.questions[block.questionId];
    if (!question) continue;
    checkNumber++;
    body.append(h('div', { class: 'inline-check' },
      questionView({ question, scope: `inline-${question.id}`, title: `Quick check ${checkNumber}`, headingLevel: 'h3', store, onAnswered })));
  }
  return body;
}

function keyTerms(bundle: LessonBundle): HTMLElement | null {
  const terms = bundle.keyTerms;
  if (terms.length === 0) return null;
  return h('section', { class: 'key-terms', 'aria-labelledby': 'key-terms-title' },
    h('h2', { id: 'key-terms-title' }, 'Key terms'),
    h('ul', {}, ...terms.map((term) => h('li', {}, h('a', { href: `#/glossary/${term.id}` }, term.term)))));
}

function endCheck(bundle: LessonBundle, lesson: Lesson, store: ProgressStore, onAnswered: () => void): HTMLElement | null {
  const ids = lesson.questions.filter((id) => !lesson.inlineChecks.includes(id));
  if (ids.length === 0) return null;
  return h('section', { class: 'end-check', 'aria-labelledby': 'end-check-title' },
    h('h2', { id: 'end-check-title' }, 'Check your understanding'),
    h('p', {}, `${ids.length} questions on this lesson. Each answer is saved as soon as you check it.`),
    ...ids.flatMap((id, index) => {
      const question = bundle.questions[id];
      return question ? [questionView({ question, scope: `end-${id}`, title: `Question ${index + 1} of ${ids.length}`, headingLevel: 'h3', store, onAnswered })] : [];
    }));
}

function readControl(lesson: Lesson, store: ProgressStore, onLeave: (cleanup: () => void) => void): HTMLElement {
  const status = h('p', { class: 'read-status' });
  const button = h('button', { type: 'button', class: 'secondary' }, 'Mark this lesson as read');
  const render = () => {
    const record = store.getState().lessons[lesson.id];
    const read = record?.readAt != null;
    button.hidden = read;
    status.textContent = record?.completedAt != null
      ? 'Lesson completed: every question has been answered.'
      : read ? 'You have read this lesson.' : 'When you have finished reading, mark the lesson as read.';
  };
  button.addEventListener('click', () => {
    store.getState().markLessonRead(lesson.id, Date.now());
    render();
    status.focus();
  });
  status.setAttribute('tabindex', '-1');
  render();
  onLeave(store.subscribe((state, previous) => { if (state.lessons !== previous.lessons) render(); }));
  return h('div', { class: 'read-control' }, status, button);
}

function lessonNav(outline: CourseOutline, lesson: Lesson): HTMLElement {
  const index = outline.lessons.findIndex((l) => l.id === lesson.id);
  const previous = outline.lessons[index - 1];
  const next = outline.lessons[index + 1];
  return h('nav', { class: 'lesson-nav', 'aria-label': 'Previous and next lesson' },
    previous ? h('a', { href: `#/lessons/${previous.id}`, rel: 'prev', class: 'button secondary' }, `← Previous: ${previous.title}`) : null,
    next
      ? h('a', { href: `#/lessons/${next.id}`, rel: 'next', class: 'button' }, `Next: ${next.title} →`)
      : h('a', { href: '#/review', class: 'button' }, 'Course finished: go to your review →'));
}

const mountLesson: PageFactory = async (root, match) => {
  const page = startLearnPage(root);
  const [outline, bundle] = await Promise.all([loadOutline(), loadLesson(match.params.id ?? '')]);
  if (!bundle) return { ...lessonNotFound(root), unmount: page.leave };
  const { lesson } = bundle;
  const { store } = page;
  store.getState().openLesson(lesson.id, Date.now());
  const onAnswered = () => {
    if (allAnswered(store.getState(), lesson.questions)) store.getState().completeLesson(lesson.id, Date.now());
  };

  append(root,
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/lessons' }, 'Lessons'), ' › ', h('span', { 'aria-current': 'page' }, lesson.title)),
    h('h1', {}, lesson.title),
    h('p', { class: 'lead' }, lesson.summary),
    h('p', { class: 'meta' }, `Lesson ${lesson.order} of ${outline.lessons.length} · about ${lesson.minutes} minutes`),
    h('section', { class: 'objectives card', 'aria-labelledby': 'objectives-title' },
      h('h2', { id: 'objectives-title' }, 'After this lesson you can'),
      h('ul', {}, ...lesson.objectives.map((o) => h('li', {}, o.text)))),
    lessonBody(bundle, lesson, store, onAnswered),
    keyTerms(bundle),
    endCheck(bundle, lesson, store, onAnswered),
    lesson.tryIt ? tryItView(lesson, lesson.tryIt, store) : null,
    readControl(lesson, store, page.onLeave),
    lessonNav(outline, lesson));
  return { title: lesson.title, unmount: page.leave };
};

export default mountLesson;
