// The question screen: a decision point's prompt (with the player's own numbers filled in) and its
// options as a radio group, beside the month's numbers; the answer is recorded (and goes into the
// result file), the feedback is announced, the insight is shown whatever the answer, a missed point
// goes to the learner's review queue, and a link leads to the lesson on the topic.
import { append, h } from '../dom';
import { recordPlayMiss } from '../../state/progress/play-review';
import { currentQuestion, type SessionStore } from '../../state/session';
import { progressStore } from '../learn/progress-instance';
import { learnerOrder } from '../../content/learn/learner-order';
import type { Announcer } from './access/announcer';
import { lessonLink } from './lesson-links';
import { monthNumbers } from './month-numbers';
import type { ScreenView } from './screen-view';

export function questionView(store: SessionStore, announcer: Announcer): ScreenView {
  const question = currentQuestion(store.getState());
  const game = store.getState().game!;
  const month = game.run.month;
  const heading = h('h2', { tabindex: -1, id: 'question-heading' }, `A decision point after month ${month}`);
  if (!question) {
    return { element: h('section', { class: 'play-screen' }, heading, h('p', {}, 'This question is no longer available.')), heading };
  }
  const { point } = question;
  // The numbers shown are those of the month after which the question was asked.
  const report = game.run.reports[question.month - 1]!;
  const name = `question-${point.id}`;
  // Each learner sees the options in an order of their own (stable across visits): the key's
  // position tells nothing. The answer is recorded by option id.
  const order = learnerOrder(progressStore().getState().ensureLearnerId(), `play:${store.getState().loaded?.file.id ?? ''}:${point.id}`, point.options.map((o) => o.id));
  const options = order.map((id) => point.options.find((o) => o.id === id)!);
  const feedback = h('div', { class: 'question-feedback', tabindex: -1 });
  const error = h('p', { class: 'plan-error', role: 'alert' });
  const radios = options.map((o) => h('input', { type: 'radio', name, id: `${name}-${o.id}`, value: o.id }));
  const submit = h('button', { type: 'submit', class: 'play-primary' }, 'Submit the answer');
  const next = h('button', { type: 'button', class: 'play-primary', hidden: true, 'data-shortcut': 'primary', onclick: () => store.getState().continueFromQuestion() }, 'Continue');

  /** Sends a missed point to the review queue; true when it was stored. */
  const keepForReview = (optionId: string): boolean => {
    const { loaded } = store.getState();
    if (!loaded) return false;
    return recordPlayMiss(progressStore(), {
      scenarioId: loaded.file.id,
      scenarioTitle: loaded.file.title,
      pointId: point.id,
      prompt: point.prompt,
      options: point.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback })),
      ...(point.insight ? { explanation: point.insight } : {}),
      ...(point.lesson ? { lesson: point.lesson } : {}),
    }, Date.now(), optionId);
  };
  let queued = false;

  const showAnswer = (optionId: string, announceIt: boolean) => {
    const option = point.options.find((o) => o.id === optionId)!;
    for (const r of radios) {
      r.disabled = true;
      r.checked = r.value === optionId;
    }
    submit.hidden = true;
    next.hidden = false;
    const verdict = option.correct ? 'Good answer.' : 'Not the best answer.';
    const best = point.options.find((o) => o.correct);
    feedback.replaceChildren();
    append(feedback,
      h('p', {}, h('strong', {}, 'Your answer: '), option.text),
      h('p', { class: option.correct ? 'notice success' : 'notice error' }, h('strong', {}, verdict), ' ', option.feedback),
      !option.correct && best ? h('p', {}, `A better answer: ${best.text}.`) : null,
      point.insight ? h('p', { class: 'question-insight' }, h('strong', {}, 'Insight: '), point.insight) : null,
      queued ? h('p', { class: 'meta' }, 'This question is now in your ', h('a', { href: '#/review' }, 'review queue'), ': it comes back in ten minutes, then after longer and longer gaps.') : null,
      point.lesson ? h('p', {}, lessonLink(point.lesson)) : null);
    if (announceIt) announcer.say(`${verdict} ${option.feedback}`, 'question');
  };

  const form = h('form', { class: 'question-form' },
    h('fieldset', {},
      h('legend', {}, point.prompt),
      ...options.map((o, i) => h('div', { class: 'question-option' }, radios[i]!, h('label', { for: `${name}-${o.id}` }, o.text)))),
    error, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = radios.find((r) => r.checked);
    if (!chosen) {
      error.textContent = 'Choose one of the answers first.';
      return;
    }
    const result = store.getState().answerQuestion(chosen.value);
    if (!result.ok) {
      error.textContent = result.error;
      return;
    }
    error.textContent = '';
    const option = point.options.find((o) => o.id === chosen.value);
    queued = option !== undefined && !option.correct && keepForReview(chosen.value);
    showAnswer(chosen.value, true);
    next.focus();
  });
  if (question.answered) showAnswer(question.answered, false);

  const element = h('section', { class: 'play-screen question-screen', 'aria-labelledby': 'question-heading' },
    heading, monthNumbers(game.market.scenario, report), form, feedback, h('div', { class: 'plan-actions' }, next));
  return { element, heading, showsMarket: true };
}
