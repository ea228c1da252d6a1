// The frame around every question: heading, prompt as the fieldset legend, the kind's controls,
// check / try-again buttons, the verdict with the explanation, an announcement in the live region,
// and the answer saved to progress straight away.
import { announce, h } from '../../dom';
import type { Question } from '../../../content/learn/course-types';
import type { Grade } from '../../../content/learn/grading';
import type { ProgressStore } from '../../../state/progress/progress-store';
import { choiceWidget } from './choice-question';
import { matchingWidget } from './matching-question';
import { numericWidget } from './numeric-question';
import { openWidget } from './open-question';
import { orderingWidget } from './ordering-question';
import type { QuestionWidget } from './question-widget';

export interface QuestionViewOptions {
  readonly question: Question;
  /** Unique on the page; prefixes every id inside the question. */
  readonly scope: string;
  readonly title: string;
  readonly headingLevel: 'h2' | 'h3';
  readonly store: ProgressStore;
  /** Extra line under the heading, e.g. the lesson a review question comes from. */
  readonly context?: Node;
  onAnswered?(grade: Grade): void;
}

function widgetFor(question: Question, scope: string): QuestionWidget {
  switch (question.kind) {
    case 'single':
    case 'multiple': return choiceWidget(question, scope);
    case 'matching': return matchingWidget(question, scope);
    case 'ordering': return orderingWidget(question);
    case 'numeric': return numericWidget(question, scope);
    case 'open': return openWidget(question, scope);
  }
}

function previousAnswerText(store: ProgressStore, questionId: string): string {
  const answer = store.getState().answers[questionId];
  if (!answer) return 'Not answered yet.';
  const tries = answer.attempts === 1 ? '1 attempt' : `${answer.attempts} attempts`;
  return `Your last answer was ${answer.lastResult === 'correct' ? 'right' : 'not right'} (${tries} so far).`;
}

export function verdictText(question: Question, grade: Grade): string {
  if (question.kind === 'open') {
    return grade.correct
      ? `Saved: your answer covers all ${grade.total} points.`
      : `Saved: your answer covers ${grade.right} of ${grade.total} points. This question will come back in your review.`;
  }
  if (grade.correct) return 'Right!';
  const parts = question.kind === 'single' || question.kind === 'numeric' ? '' : ` ${grade.right} of ${grade.total} right.`;
  return `Not quite.${parts} This question will come back in your review.`;
}

export function questionView(options: QuestionViewOptions): HTMLElement {
  const { question, scope, store } = options;
  const widget = widgetFor(question, scope);
  const titleId = `${scope}-title`;
  const status = h('p', { class: 'question-status' }, previousAnswerText(store, question.id));
  const checkButton = h('button', { type: 'submit' }, widget.submitLabel());
  const retryButton = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Try again');
  const message = h('p', { class: 'form-message', hidden: true });
  const verdict = h('p', { class: 'verdict' });
  const result = h('div', { class: 'question-result', hidden: true },
    verdict, h('p', { class: 'explanation' }, question.explanation));

  const form = h('form', { class: 'question-form', novalidate: true },
    h('fieldset', { class: 'question-fieldset' },
      h('legend', {}, question.prompt),
      widget.element),
    message,
    h('div', { class: 'question-actions' }, checkButton, retryButton),
    result);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const response = widget.check();
    if ('missing' in response) {
      message.textContent = response.missing;
      message.hidden = false;
      announce(response.missing);
      return;
    }
    message.hidden = true;
    if ('next' in response) {
      checkButton.textContent = widget.submitLabel();
      announce(response.next);
      return;
    }
    const { grade } = response;
    store.getState().recordAnswer(question.id, { correct: grade.correct, score: grade.score }, Date.now());
    widget.setDisabled(true);
    widget.showFeedback();
    verdict.textContent = verdictText(question, grade);
    verdict.className = `verdict ${grade.correct ? 'is-right' : 'is-wrong'}`;
    result.hidden = false;
    status.textContent = previousAnswerText(store, question.id);
    checkButton.hidden = true;
    retryButton.hidden = false;
    retryButton.focus();
    announce(`${verdict.textContent} ${question.explanation}`);
    options.onAnswered?.(grade);
  });

  retryButton.addEventListener('click', () => {
    widget.reset();
    widget.setDisabled(false);
    result.hidden = true;
    retryButton.hidden = true;
    checkButton.hidden = false;
    checkButton.textContent = widget.submitLabel();
    const first = widget.element.querySelector<HTMLElement>(':is(input, select, textarea, button):not(:disabled)');
    first?.focus();
    announce('Cleared. Answer again when you are ready.');
  });

  const heading = h(options.headingLevel, { id: titleId, class: 'question-title' }, options.title);
  return h('section', { class: `question kind-${question.kind}`, 'aria-labelledby': titleId },
    heading,
    question.kind === 'single' && question.scenario ? h('p', { class: 'badge' }, 'Scenario') : null,
    options.context ?? null,
    status,
    form);
}
