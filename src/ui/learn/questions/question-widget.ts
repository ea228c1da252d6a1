// What every question kind's view provides to the shared question frame.
import type { Grade } from '../../../content/learn/grading';

export interface WidgetResponse {
  readonly grade: Grade;
}

export interface QuestionWidget {
  /** The controls (inside the frame's fieldset). */
  readonly element: HTMLElement;
  /**
   * Grades the current response; or returns a sentence asking for what is missing; or, for a
   * question answered in two steps, a `next` message when the first step is done.
   */
  check(): WidgetResponse | { readonly missing: string } | { readonly next: string };
  /** Text of the submit button in the widget's current step. */
  submitLabel(): string;
  /** Shows per-option / per-item feedback for the checked response. */
  showFeedback(): void;
  /** Clears feedback and re-enables the controls for another try. */
  reset(): void;
  setDisabled(disabled: boolean): void;
}

/** Builds ids unique on the page for a question shown in a given place. */
export function idMaker(scope: string): (part: string) => string {
  return (part) => `${scope}-${part}`;
}
