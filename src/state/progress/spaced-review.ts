// Spaced review: a missed question enters the queue due at once; each correct review moves it up
// a ladder of growing intervals (1, 3, then 7 days); a correct answer on the last rung retires it,
// and a miss sends it back to the bottom.
import type { ReviewEntry } from './progress-schema';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Days until the next review on each rung; rung 0 is "due now". */
export const REVIEW_INTERVAL_DAYS = [0, 1, 3, 7] as const;

export function enterReview(now: number, lapses = 0): ReviewEntry {
  return { step: 0, dueAt: now, addedAt: now, lastReviewedAt: null, lapses };
}

export function isDue(entry: ReviewEntry, now: number): boolean {
  return entry.dueAt <= now;
}

/** The entry after a review at `now`; null when a correct answer retires it from the queue. */
export function afterReview(entry: ReviewEntry, correct: boolean, now: number): ReviewEntry | null {
  if (!correct) {
    return { ...entry, step: 0, dueAt: now, lastReviewedAt: now, lapses: entry.lapses + 1 };
  }
  const nextStep = entry.step + 1;
  const days = REVIEW_INTERVAL_DAYS[nextStep];
  if (days === undefined) return null;
  return { ...entry, step: nextStep, dueAt: now + days * DAY_MS, lastReviewedAt: now };
}

export interface ReviewForecast {
  readonly dueNow: number;
  readonly withinADay: number;
  readonly withinAWeek: number;
  readonly later: number;
  readonly total: number;
}

/** Counts queued questions by when they come due, for "what's coming" summaries. */
export function reviewForecast(review: Readonly<Record<string, ReviewEntry>>, now: number): ReviewForecast {
  let dueNow = 0;
  let withinADay = 0;
  let withinAWeek = 0;
  let later = 0;
  for (const entry of Object.values(review)) {
    const wait = entry.dueAt - now;
    if (wait <= 0) dueNow++;
    else if (wait <= DAY_MS) withinADay++;
    else if (wait <= 7 * DAY_MS) withinAWeek++;
    else later++;
  }
  return { dueNow, withinADay, withinAWeek, later, total: dueNow + withinADay + withinAWeek + later };
}

/** Ids of the questions due at `now`, the longest-waiting first. */
export function dueQuestionIds(review: Readonly<Record<string, ReviewEntry>>, now: number): string[] {
  return Object.entries(review)
    .filter(([, entry]) => isDue(entry, now))
    .sort(([a, x], [b, y]) => x.dueAt - y.dueAt || a.localeCompare(b))
    .map(([id]) => id);
}
