// Values computed from progress (never stored): per-lesson progress and course totals.
import type { ProgressData } from './progress-schema';

export interface LessonProgress {
  readonly total: number;
  readonly answered: number;
  /** Questions whose last answer was right. */
  readonly correct: number;
  readonly opened: boolean;
  readonly read: boolean;
  readonly completed: boolean;
}

export function lessonProgress(progress: ProgressData, lessonId: string, questionIds: readonly string[]): LessonProgress {
  let answered = 0;
  let correct = 0;
  for (const id of questionIds) {
    const answer = progress.answers[id];
    if (!answer) continue;
    answered++;
    if (answer.lastResult === 'correct') correct++;
  }
  const record = progress.lessons[lessonId];
  return {
    total: questionIds.length, answered, correct,
    opened: record !== undefined,
    read: record?.readAt != null,
    completed: record?.completedAt != null,
  };
}

/** True when every listed question has been answered at least once. */
export function allAnswered(progress: ProgressData, questionIds: readonly string[]): boolean {
  return questionIds.every((id) => progress.answers[id] !== undefined);
}
