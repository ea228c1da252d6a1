// What every question kind's view provides to the shared question frame, and what the frame gives
// each widget (the learner's id for option orders, the store for numeric variants).
import type { Grade } from '../../../content/learn/grading';
import type { Attempt } from '../../../state/progress/progress-schema';
import type { ProgressStore } from '../../../state/progress/progress-store';

export interface WidgetResponse {
  readonly grade: Grade;
  /** What was shown and answered, recorded with the answer. */
  readonly attempt: Attempt;
}

export interface WidgetContext {
  readonly learnerId: string;
  readonly store: ProgressStore;
  /** Unique on the page; prefixes every id inside the widget. */
  readonly scope: string;
}

export interface QuestionWidget {
  /** The controls (inside the frame's fieldset). */
  readonly element: HTMLElement;
  /** The prompt to show (a parametric question fills in its own numbers). */
  prompt(): string;
  /**
   * Grades the current response; or returns a sentence asking for what is missing; or, for a
   * question answered in two steps, a `next` message when the first step is done.
   */
  check(): WidgetResponse | { readonly missing: string } | { readonly next: string };
  /** Text of the submit button in the widget's current step. */
  submitLabel(): string;
  /** Shows per-option / per-item feedback for the checked response. */
  showFeedback(): void;
  /** Clears feedback and re-enables the controls for another try (a numeric question draws new numbers). */
  reset(): void;
  setDisabled(disabled: boolean): void;
}

/** Builds ids unique on the page for a question shown in a given place. */
export function idMaker(scope: string): (part: string) => string {
  return (part) => `${scope}-${part}`;
}
