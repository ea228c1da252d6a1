// #/review: the questions due from the spaced review queue, with counts of what is coming.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import { dueQuestionIds, reviewForecast, DAY_MS } from '../../state/progress/spaced-review';
import type { ReviewEntry } from '../../state/progress/progress-schema';
import { loadOutline, loadQuestions } from './course-source';
import { plural, startLearnPage } from './learn-page-frame';
import { questionView } from './questions/question-view';

function forecastList(review: Readonly<Record<string, ReviewEntry>>, now: number): HTMLElement {
  const f = reviewForecast(review, now);
  return h('ul', { class: 'forecast' },
    h('li', {}, h('strong', {}, String(f.dueNow)), ' due now'),
    h('li', {}, h('strong', {}, String(f.withinADay)), ' due within a day'),
    h('li', {}, h('strong', {}, String(f.withinAWeek)), ' due later this week'),
    h('li', {}, h('strong', {}, String(f.later)), ' due after that'));
}

function nextDueText(review: Readonly<Record<string, ReviewEntry>>, now: number): string {
  const next = Math.min(...Object.values(review).map((e) => e.dueAt));
  if (!Number.isFinite(next)) return 'Your review queue is empty. Questions you miss in the lessons will appear here.';
  const days = Math.ceil((next - now) / DAY_MS);
  return `Nothing is due right now. The next question comes back in ${plural(days, 'day')}.`;
}

const mountReview: PageFactory = async (root) => {
  const page = startLearnPage(root);
  const { store } = page;
  const now = Date.now();
  const dueIds = dueQuestionIds(store.getState().review, now);
  const [outline, found] = await Promise.all([loadOutline(), loadQuestions(dueIds)]);
  const due = dueIds.filter((id) => found[id] !== undefined);

  const forecast = h('div', { class: 'forecast-box card' });
  const renderForecast = () => {
    forecast.replaceChildren(h('h2', { id: 'forecast-title' }, 'Your review queue'), forecastList(store.getState().review, Date.now()));
  };
  renderForecast();
  page.onLeave(store.subscribe((state, previous) => { if (state.review !== previous.review) renderForecast(); }));

  const lessonTitle = (lessonId: string) => outline.lessons.find((l) => l.id === lessonId);
  const questions = due.map((id, index) => {
    const question = found[id]!;
    const lesson = lessonTitle(question.lesson);
    return questionView({
      question, store, scope: `review-${id}`, headingLevel: 'h3',
      title: `Review question ${index + 1} of ${due.length}`,
      context: lesson ? h('p', { class: 'meta' }, 'From the lesson ', h('a', { href: `#/lessons/${lesson.id}` }, lesson.title)) : undefined,
    });
  });

  root.append(
    h('h1', {}, 'Review'),
    h('p', { class: 'lead' }, 'Questions you missed come back here: right after the miss, then after 1, 3 and 7 days for each right answer. A miss starts the ladder again.'),
    forecast,
    due.length > 0
      ? h('section', { class: 'due-questions', 'aria-labelledby': 'due-title' },
        h('h2', { id: 'due-title' }, `Due now: ${plural(due.length, 'question')}`),
        ...questions)
      : h('p', { class: 'notice' }, nextDueText(store.getState().review, now)));
  return { title: 'Review', unmount: page.leave };
};

export default mountReview;
