// #/lessons: the lessons in course order, each with the learner's progress.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import { lessonProgress } from '../../state/progress/progress-selectors';
import type { ProgressData } from '../../state/progress/progress-schema';
import type { CourseOutline } from '../../content/learn/course-types';
import { loadOutline } from './course-source';
import { plural, startLearnPage } from './learn-page-frame';

function lessonCard(lesson: CourseOutline['lessons'][number], progress: ProgressData): HTMLElement {
  const p = lessonProgress(progress, lesson.id, lesson.questions);
  const state = p.completed ? 'Completed' : p.read ? 'Read' : p.opened ? 'Started' : 'Not started';
  return h('li', { class: `card lesson-card${p.completed ? ' is-complete' : ''}` },
    h('h2', { class: 'lesson-card-title' },
      h('a', { href: `#/lessons/${lesson.id}` }, `${lesson.order}. ${lesson.title}`)),
    h('p', {}, lesson.summary),
    h('p', { class: 'meta' }, `About ${lesson.minutes} minutes · ${plural(lesson.questions.length, 'question')}`),
    h('p', { class: 'lesson-progress-text' },
      h('span', { class: `state-badge state-${state.toLowerCase().replace(' ', '-')}` }, state),
      ` ${p.answered} of ${p.total} questions answered, ${p.correct} right.`),
    h('progress', { max: p.total, value: p.answered, 'aria-label': `Questions answered in lesson ${lesson.order}` }));
}

const mountLessons: PageFactory = async (root) => {
  const page = startLearnPage(root);
  const outline = await loadOutline();
  const list = h('ol', { class: 'lesson-list' });
  const summary = h('p', { class: 'lead' });
  const render = (progress: ProgressData) => {
    const done = outline.lessons.filter((l) => lessonProgress(progress, l.id, l.questions).completed).length;
    summary.textContent = `${plural(outline.lessons.length, 'lesson')}, ${plural(outline.questionCount, 'question')} and ${plural(outline.glossaryCount, 'key term')}. You have completed ${done} of ${outline.lessons.length} lessons.`;
    list.replaceChildren(...outline.lessons.map((lesson) => lessonCard(lesson, progress)));
  };
  render(page.store.getState());
  page.onLeave(page.store.subscribe((state, previous) => {
    if (state.answers !== previous.answers || state.lessons !== previous.lessons) render(state);
  }));
  root.append(h('h1', {}, 'Lessons'), summary, list,
    h('p', {}, 'Key terms are collected in the ', h('a', { href: '#/glossary' }, 'glossary'),
      '; questions you miss come back in your ', h('a', { href: '#/review' }, 'review'), '.'));
  return { title: 'Lessons', unmount: page.leave };
};

export default mountLessons;
