// The frame around every question: heading, prompt as the fieldset legend, the kind's controls,
// check / try-again buttons, the verdict with the explanation (shown after every answer, right or
// wrong), what the answer did to the review queue, an announcement in the live region, and the
// answer saved to progress straight away with what was shown.
import { announce, h } from '../../dom';
import type { Question } from '../../../content/learn/course-types';
import type { Grade } from '../../../content/learn/grading';
import type { AnswerOutcome, ProgressStore } from '../../../state/progress/progress-store';
import { DAY_MS, type ReviewChange } from '../../../state/progress/spaced-review';
import { choiceWidget } from './choice-question';
import { designWidget } from './design-question';
import { matchingWidget } from './matching-question';
import { numericWidget } from './numeric-question';
import { openWidget } from './open-question';
import { orderingWidget } from './ordering-question';
import type { QuestionWidget, WidgetContext } from './question-widget';

export interface QuestionViewOptions {
  readonly question: Question;
  /** Unique on the page; prefixes every id inside the question. */
  readonly scope: string;
  readonly title: string;
  readonly headingLevel: 'h2' | 'h3';
  readonly store: ProgressStore;
  /** Extra line under the heading, e.g. the lesson a review question comes from. */
  readonly context?: Node;
  /** Saves the answer somewhere else than the lesson answers (a play item in review). */
  record?(outcome: AnswerOutcome, now: number): ReviewChange;
  /** The question's key in the review queue (default: its id). */
  readonly reviewKey?: string;
  /** Status line before any answer, when the store has no record of this question. */
  readonly statusText?: string;
  onAnswered?(grade: Grade): void;
}

function widgetFor(question: Question, context: WidgetContext): QuestionWidget {
  switch (question.kind) {
    case 'single':
    case 'multiple': return choiceWidget(question, context);
    case 'matching': return matchingWidget(question, context);
    case 'ordering': return orderingWidget(question, context);
    case 'numeric': return numericWidget(question, context);
    case 'open': return openWidget(question, context);
    case 'design': return designWidget(question, context);
  }
}

/** What an answer did to the review queue, in a sentence (empty when there is nothing to say). */
export function queueNote(change: ReviewChange, dueAt: number | undefined, now: number): string {
  switch (change) {
    case 'too-soon': return 'This answer came too soon after your last one to count as a spaced review: the question stays in your review queue. Come back to it later.';
    case 'entered-later': return 'It will come back once in your review in a week, to check that it sticks.';
    case 'moved': {
      const days = dueAt === undefined ? 0 : Math.round((dueAt - now) / DAY_MS);
      return `Next review in ${days === 1 ? '1 day' : `${days} days`}.`;
    }
    case 'retired': return 'You have answered it right at growing intervals: it leaves your review queue.';
    default: return '';
  }
}

function previousAnswerText(store: ProgressStore, questionId: string, fallback?: string): string {
  const answer = store.getState().answers[questionId];
  if (!answer) return fallback ?? 'Not answered yet.';
  const tries = answer.attempts === 1 ? '1 attempt' : `${answer.attempts} attempts`;
  return `Your last answer was ${answer.lastResult === 'correct' ? 'right' : 'not right'} (${tries} so far).`;
}

export function verdictText(question: Question, grade: Grade): string {
  if (question.kind === 'open' || question.kind === 'design') {
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
  const learnerId = store.getState().ensureLearnerId();
  const widget = widgetFor(question, { learnerId, store, scope });
  const titleId = `${scope}-title`;
  const status = h('p', { class: 'question-status' }, previousAnswerText(store, question.id, options.statusText));
  const legend = h('legend', {}, widget.prompt());
  const note = h('p', { class: 'queue-note', hidden: true });
  const checkButton = h('button', { type: 'submit' }, widget.submitLabel());
  const retryButton = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Try again');
  const message = h('p', { class: 'form-message', hidden: true });
  const verdict = h('p', { class: 'verdict' });
  const result = h('div', { class: 'question-result', hidden: true },
    verdict, note, h('p', { class: 'explanation' }, question.explanation));

  const form = h('form', { class: 'question-form', novalidate: true },
    h('fieldset', { class: 'question-fieldset' },
      legend,
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
    const { grade, attempt } = response;
    const now = Date.now();
    const outcome: AnswerOutcome = { correct: grade.correct, score: grade.score, attempt };
    const change = options.record ? options.record(outcome, now) : store.getState().recordAnswer(question.id, outcome, now);
    widget.setDisabled(true);
    widget.showFeedback();
    verdict.textContent = verdictText(question, grade);
    verdict.className = `verdict ${grade.correct ? 'is-right' : 'is-wrong'}`;
    note.textContent = queueNote(change, store.getState().review[options.reviewKey ?? question.id]?.dueAt, now);
    note.hidden = note.textContent === '';
    result.hidden = false;
    status.textContent = previousAnswerText(store, question.id, options.statusText);
    checkButton.hidden = true;
    retryButton.hidden = false;
    retryButton.focus();
    announce(`${verdict.textContent} ${note.textContent} ${question.explanation}`.replace(/\s+/g, ' '));
    options.onAnswered?.(grade);
  });

  retryButton.addEventListener('click', () => {
    widget.reset();
    legend.textContent = widget.prompt();
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
