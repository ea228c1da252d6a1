// Numeric questions: a labelled text input (decimal keypad on phones) with its unit; feedback
// gives the author's explanation of the working when the answer is off.
import { h } from '../../dom';
import { gradeNumeric, parseLearnerNumber } from '../../../content/learn/grading';
import type { NumericQuestion } from '../../../content/learn/course-types';
import { idMaker, type QuestionWidget } from './question-widget';

export function formatAnswer(value: number, unit: string): string {
  const number = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (unit === '$') return `$${number}`;
  if (unit === '%') return `${number}%`;
  return unit === '' ? number : `${number} ${unit}`;
}

export function numericWidget(question: NumericQuestion, scope: string): QuestionWidget {
  const id = idMaker(scope);
  const unitText = question.unit === '' ? '' : question.unit;
  const input = h('input', {
    type: 'text', inputmode: 'decimal', autocomplete: 'off', id: id('number'),
    'aria-describedby': id('number-fb'),
  });
  const feedback = h('p', { class: 'option-feedback', id: id('number-fb'), hidden: true });
  const element = h('div', { class: 'numeric' },
    h('label', { for: id('number') }, unitText === '' ? 'Your answer' : `Your answer (in ${unitText})`),
    h('span', { class: 'numeric-field' },
      question.unit === '$' ? h('span', { class: 'unit', 'aria-hidden': 'true' }, '$') : null,
      input,
      unitText !== '' && question.unit !== '$' ? h('span', { class: 'unit', 'aria-hidden': 'true' }, unitText) : null),
    h('p', { class: 'hint' }, question.tolerance > 0 ? `Answers within ${question.tolerance} of the exact value count as right.` : 'Give the exact value.'),
    feedback);
  let value = 0;

  return {
    element,
    submitLabel: () => 'Check answer',
    check() {
      const parsed = parseLearnerNumber(input.value);
      if (parsed === null) return { missing: input.value.trim() === '' ? 'Type a number first.' : `“${input.value}” is not a number. Type digits only, for example 12.5.` };
      value = parsed;
      return { grade: gradeNumeric(question, parsed) };
    },
    showFeedback() {
      const right = gradeNumeric(question, value).correct;
      feedback.textContent = right
        ? `Right: ${question.feedback.correct}`
        : `Not right: the answer is ${formatAnswer(question.answer, question.unit)}. ${question.feedback.incorrect}`;
      feedback.hidden = false;
      element.classList.toggle('is-right', right);
      element.classList.toggle('is-wrong', !right);
    },
    reset() {
      input.value = '';
      feedback.hidden = true;
      element.classList.remove('is-right', 'is-wrong');
    },
    setDisabled(disabled) {
      input.disabled = disabled;
    },
  };
}
