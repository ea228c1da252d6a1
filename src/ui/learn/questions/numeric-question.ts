// Numeric questions, parametric: each instance has numbers of its own (drawn for this learner and
// attempt, kept until answered so a reload shows the same ones), a labelled text input (decimal
// keypad on phones) with its unit, hints shown one at a time, and feedback that recognises common
// wrong answers and explains them before showing the working. "Try again" draws new numbers.
import { announce, h } from '../../dom';
import { gradeNumeric, parseLearnerNumber } from '../../../content/learn/grading';
import { formatAnswer, learnerInstance, matchTrap, type NumericInstance } from '../../../content/learn/numeric-variants';
import type { NumericQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget, type WidgetContext } from './question-widget';

function roundingHint(question: NumericQuestion): string {
  if (question.decimals === 0) return 'Round to a whole number.';
  return `Round to ${question.decimals} decimal ${question.decimals === 1 ? 'place' : 'places'}.`;
}

export function numericWidget(question: NumericQuestion, context: WidgetContext): QuestionWidget {
  const id = idMaker(context.scope);
  const unitText = question.unit;
  let n = context.store.getState().variantFor(question.id);
  let instance: NumericInstance = learnerInstance(question, context.learnerId, n);
  let value = 0;
  let hintsShown = 0;

  const input = h('input', {
    type: 'text', inputmode: 'decimal', autocomplete: 'off', id: id('number'),
    'aria-describedby': `${id('rounding')} ${id('number-fb')}`,
  });
  const feedback = h('p', { class: 'option-feedback', id: id('number-fb'), hidden: true });
  const hintList = h('ol', { class: 'hint-list', id: id('hints'), hidden: true });
  const hintButton = h('button', { type: 'button', class: 'secondary small', 'aria-controls': id('hints') }, 'Show a hint');
  const renderHints = () => {
    hintList.replaceChildren(...instance.hints.slice(0, hintsShown).map((hint) => h('li', {}, hint)));
    hintList.hidden = hintsShown === 0;
    hintButton.hidden = hintsShown >= instance.hints.length;
    hintButton.textContent = hintsShown === 0 ? 'Show a hint' : 'Show another hint';
  };
  hintButton.addEventListener('click', () => {
    hintsShown = Math.min(instance.hints.length, hintsShown + 1);
    renderHints();
    announce(`Hint ${hintsShown}: ${instance.hints[hintsShown - 1] ?? ''}`);
  });
  renderHints();

  const element = h('div', { class: 'numeric' },
    h('label', { for: id('number') }, unitText === '' ? 'Your answer' : `Your answer (in ${unitText})`),
    h('span', { class: 'numeric-field' },
      question.unit === '$' ? h('span', { class: 'unit', 'aria-hidden': 'true' }, '$') : null,
      input,
      unitText !== '' && question.unit !== '$' ? h('span', { class: 'unit', 'aria-hidden': 'true' }, unitText) : null),
    h('p', { class: 'hint', id: id('rounding') }, roundingHint(question)),
    instance.hints.length > 0 ? h('div', { class: 'hints' }, hintButton, hintList) : null,
    feedback);

  return {
    element,
    prompt: () => instance.prompt,
    submitLabel: () => 'Check answer',
    check() {
      const parsed = parseLearnerNumber(input.value);
      if (parsed === null) return { missing: input.value.trim() === '' ? 'Type a number first.' : `“${input.value}” is not a number. Type digits only, for example 12.5.` };
      value = parsed;
      const grade = gradeNumeric(question, parsed, instance.answer);
      const trap = grade.correct ? null : matchTrap(question, instance, parsed);
      const tags = grade.correct ? [] : trap ? [trap.misconception] : question.misconception !== undefined ? [question.misconception] : [];
      return {
        grade,
        attempt: { variant: { n, inputs: { ...instance.inputs } }, response: parsed, ...(tags.length > 0 ? { misconceptions: tags } : {}) },
      };
    },
    showFeedback() {
      const right = gradeNumeric(question, value, instance.answer).correct;
      const trap = right ? null : matchTrap(question, instance, value);
      feedback.textContent = right
        ? `Right: ${instance.correctFeedback}`
        : `Not right: the answer is ${formatAnswer(instance.answer, question.unit, question.decimals)}. ${trap ? `${trap.explanation} ` : ''}${instance.incorrectFeedback}`;
      feedback.hidden = false;
      element.classList.toggle('is-right', right);
      element.classList.toggle('is-wrong', !right);
    },
    reset() {
      n = context.store.getState().variantFor(question.id);
      instance = learnerInstance(question, context.learnerId, n);
      hintsShown = 0;
      renderHints();
      input.value = '';
      feedback.hidden = true;
      element.classList.remove('is-right', 'is-wrong');
    },
    setDisabled(disabled) {
      input.disabled = disabled;
      hintButton.disabled = disabled;
    },
  };
}
