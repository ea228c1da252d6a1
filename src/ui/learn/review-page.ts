// #/review: the items due from the spaced review queue, interleaved across lessons, with counts of
// what is coming. An item is a lesson question (numeric ones with new numbers each time) or a
// decision point missed in play, stored whole in the queue and asked like a single-choice question.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import type { Question, SingleQuestion } from '../../content/learn/course-types';
import { dueReviewKeys, interleave, reviewForecast, DAY_MS, MINUTE_MS } from '../../state/progress/spaced-review';
import type { PlayReviewItem, ReviewEntry } from '../../state/progress/progress-schema';
import type { ProgressStore } from '../../state/progress/progress-store';
import { loadOutline, loadQuestions } from './course-source';
import { plural, startLearnPage } from './learn-page-frame';
import { questionView } from './questions/question-view';

type DueItem =
  | { readonly key: string; readonly source: 'lesson'; readonly question: Question; readonly group: string }
  | { readonly key: string; readonly source: 'play'; readonly item: PlayReviewItem; readonly group: string };

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
  if (!Number.isFinite(next)) return 'Your review queue is empty. Questions you miss in the lessons and in play will appear here.';
  const wait = next - now;
  if (wait < DAY_MS) {
    const minutes = Math.max(1, Math.ceil(wait / MINUTE_MS));
    return minutes < 60
      ? `Nothing is due right now. The next question comes back in ${plural(minutes, 'minute')}.`
      : `Nothing is due right now. The next question comes back in ${plural(Math.ceil(minutes / 60), 'hour')}.`;
  }
  return `Nothing is due right now. The next question comes back in ${plural(Math.ceil(wait / DAY_MS), 'day')}.`;
}

/** A play item as a single-choice question (its options are graded by id like any other). */
function playQuestion(key: string, item: PlayReviewItem): SingleQuestion {
  return {
    id: key, lesson: item.lesson ?? '', objective: '', kind: 'single', scenario: true,
    prompt: item.prompt,
    explanation: item.explanation ?? item.options.find((o) => o.correct)?.feedback ?? '',
    options: item.options.map((o) => ({ ...o })),
  };
}

/** A DOM-safe scope for ids inside an item. */
function scopeFor(key: string): string {
  return `review-${key.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
}

function dueItems(store: ProgressStore, found: Readonly<Record<string, Question>>, now: number): DueItem[] {
  const review = store.getState().review;
  const items = dueReviewKeys(review, now).flatMap((key): DueItem[] => {
    const { item } = review[key]!;
    if (item.source === 'play') return [{ key, source: 'play', item, group: item.lesson ?? `play:${item.scenarioId}` }];
    const question = found[item.questionId];
    return question ? [{ key, source: 'lesson', question, group: question.lesson }] : [];
  });
  return interleave(items, (item) => item.group);
}

const mountReview: PageFactory = async (root) => {
  const page = startLearnPage(root);
  const { store } = page;
  const now = Date.now();
  const review = store.getState().review;
  const lessonIds = dueReviewKeys(review, now).flatMap((key) => {
    const { item } = review[key]!;
    return item.source === 'lesson' ? [item.questionId] : [];
  });
  const [outline, found] = await Promise.all([loadOutline(), loadQuestions(lessonIds)]);
  const due = dueItems(store, found, now);

  const forecast = h('div', { class: 'forecast-box card' });
  const renderForecast = () => {
    forecast.replaceChildren(h('h2', { id: 'forecast-title' }, 'Your review queue'), forecastList(store.getState().review, Date.now()));
  };
  renderForecast();
  page.onLeave(store.subscribe((state, previous) => { if (state.review !== previous.review) renderForecast(); }));

  const lessonLink = (lessonId: string | undefined, prefix: string) => {
    const lesson = outline.lessons.find((l) => l.id === lessonId);
    return lesson ? [prefix, h('a', { href: `#/lessons/${lesson.id}` }, lesson.title)] : [];
  };
  const views = due.map((entry, index) => {
    const title = `Review question ${index + 1} of ${due.length}`;
    if (entry.source === 'lesson') {
      return questionView({
        question: entry.question, store, scope: scopeFor(entry.key), headingLevel: 'h3', title,
        context: h('p', { class: 'meta' }, ...lessonLink(entry.question.lesson, 'From the lesson ')),
      });
    }
    return questionView({
      question: playQuestion(entry.key, entry.item), store, scope: scopeFor(entry.key), headingLevel: 'h3', title,
      reviewKey: entry.key,
      statusText: 'You missed this decision point in play.',
      context: h('p', { class: 'meta' }, `From the game: ${entry.item.scenarioTitle}.`, ...lessonLink(entry.item.lesson, ' The lesson: ')),
      record: (outcome, when) => store.getState().answerPlayItem(entry.key, outcome, when),
    });
  });

  root.append(
    h('h1', {}, 'Review'),
    h('p', { class: 'lead' }, 'Questions you missed, in the lessons or in play, come back here ten minutes later, then after 1, 3, 7, 16 and 35 days for each right answer; a miss starts the ladder again. Questions you got right the first time come back once after a week. An answer straight after the last one does not count: spacing is what makes it stick.'),
    forecast,
    due.length > 0
      ? h('section', { class: 'due-questions', 'aria-labelledby': 'due-title' },
        h('h2', { id: 'due-title' }, `Due now: ${plural(due.length, 'question')}`),
        ...views)
      : h('p', { class: 'notice' }, nextDueText(store.getState().review, now)));
  return { title: 'Review', unmount: page.leave };
};

export default mountReview;
