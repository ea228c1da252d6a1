// The question screen: a decision point's prompt (with the player's own numbers filled in) and its
// options as a radio group, beside the month's numbers; the answer is recorded (and goes into the
// result file), the feedback is announced, the insight is shown for a good answer, and a link leads
// to the lesson on the topic.
import { append, h } from '../dom';
import { fillTemplate } from '../../content/scenario/prompt-template';
import { currentQuestion, type SessionStore } from '../../state/session';
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
  // The numbers quoted are those of the month after which the question was asked.
  const askedAfter = game.asked.find((a) => a.point === point.id)?.month ?? month;
  const report = game.run.reports[askedAfter - 1]!;
  const fill = (text: string) => fillTemplate(text, report, game.market.scenario.currency);
  const name = `question-${point.id}`;
  const feedback = h('div', { class: 'question-feedback', tabindex: -1 });
  const error = h('p', { class: 'plan-error', role: 'alert' });
  const radios = point.options.map((o) => h('input', { type: 'radio', name, id: `${name}-${o.id}`, value: o.id }));
  const submit = h('button', { type: 'submit', class: 'play-primary' }, 'Submit the answer');
  const next = h('button', { type: 'button', class: 'play-primary', hidden: true, 'data-shortcut': 'primary', onclick: () => store.getState().continueFromQuestion() }, 'Continue');

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
      h('p', {}, h('strong', {}, 'Your answer: '), fill(option.text)),
      h('p', { class: option.correct ? 'notice success' : 'notice error' }, h('strong', {}, verdict), ' ', fill(option.feedback)),
      !option.correct && best ? h('p', {}, `A better answer: ${fill(best.text)}.`) : null,
      option.correct && point.insight ? h('p', { class: 'question-insight' }, h('strong', {}, 'Insight: '), fill(point.insight)) : null,
      point.lesson ? h('p', {}, lessonLink(point.lesson)) : null);
    if (announceIt) announcer.say(`${verdict} ${fill(option.feedback)}`, 'question');
  };

  const form = h('form', { class: 'question-form' },
    h('fieldset', {},
      h('legend', {}, fill(point.prompt)),
      ...point.options.map((o, i) => h('div', { class: 'question-option' }, radios[i]!, h('label', { for: `${name}-${o.id}` }, fill(o.text))))),
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
    showAnswer(chosen.value, true);
    next.focus();
  });
  if (question.answered) showAnswer(question.answered, false);

  const element = h('section', { class: 'play-screen question-screen', 'aria-labelledby': 'question-heading' },
    heading, monthNumbers(game.market.scenario, report), form, feedback, h('div', { class: 'plan-actions' }, next));
  return { element, heading, showsMarket: true };
}
