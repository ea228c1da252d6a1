// Spaced review. A missed item comes back ten minutes later; each right answer when it is due moves
// it up a ladder of growing intervals (1, 3, 7, 16 and 35 days, so the last reviews come about two
// and five weeks apart and the item retires after about nine weeks); a miss sends it back to the
// bottom. A question answered right the first time enters at the 7-day rung, so known items come
// back too. An answer within ten minutes of the last one to the same item earns no credit (an
// immediate retry is not a spaced review). Due items are interleaved across lessons.
import type { ReviewEntry, ReviewItem } from './progress-schema';

export const MINUTE_MS = 60 * 1000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
/** Days until the next review after a right answer on each rung; rung 0 is "soon after a miss". */
export const REVIEW_INTERVAL_DAYS = [0, 1, 3, 7, 16, 35] as const;
/** A missed item is due again this long after the miss. */
export const MISS_DELAY_MS = 10 * MINUTE_MS;
/** A right answer sooner than this after the last answer to the same item does not move it up. */
export const MIN_SPACING_MS = 10 * MINUTE_MS;
/** The rung a question answered right at the first attempt enters at (7 days). */
export const FIRST_RIGHT_STEP = 3;

/** What an answer did to the queue, for the verdict shown to the learner. */
export type ReviewChange =
  | 'entered'        // missed: now in the queue
  | 'entered-later'  // right at the first attempt: comes back in a week
  | 'moved'          // right when due: up one rung
  | 'retired'        // right on the last rung: out of the queue
  | 'reset'          // missed while queued: back to the bottom
  | 'too-soon'       // right, but too soon after the last answer to count
  | 'not-due'        // right, queued but not due yet: no change
  | 'none';          // right, not queued: nothing to do

export interface AnswerContext {
  readonly entry: ReviewEntry | undefined;
  readonly item: ReviewItem;
  readonly correct: boolean;
  readonly now: number;
  /** When this item was last answered before now (anywhere), or null. */
  readonly lastAnsweredAt: number | null;
  /** True when this is the first answer ever given to this item. */
  readonly firstAnswer: boolean;
}

export function enterReview(item: ReviewItem, now: number, lapses = 0): ReviewEntry {
  return { item, step: 0, dueAt: now + MISS_DELAY_MS, addedAt: now, lastReviewedAt: now, lapses };
}

export function isDue(entry: ReviewEntry, now: number): boolean {
  return entry.dueAt <= now;
}

/** The queue entry after an answer (null: not queued), and what changed. */
export function reviewAfterAnswer(context: AnswerContext): { entry: ReviewEntry | null; change: ReviewChange } {
  const { entry, item, correct, now, lastAnsweredAt } = context;
  if (!entry) {
    if (!correct) return { entry: enterReview(item, now), change: 'entered' };
    if (!context.firstAnswer) return { entry: null, change: 'none' };
    const step = FIRST_RIGHT_STEP;
    return {
      entry: { item, step, dueAt: now + REVIEW_INTERVAL_DAYS[step] * DAY_MS, addedAt: now, lastReviewedAt: now, lapses: 0 },
      change: 'entered-later',
    };
  }
  if (!correct) {
    return { entry: { ...entry, item, step: 0, dueAt: now + MISS_DELAY_MS, lastReviewedAt: now, lapses: entry.lapses + 1 }, change: 'reset' };
  }
  if (!isDue(entry, now)) return { entry, change: 'not-due' };
  if (lastAnsweredAt !== null && now - lastAnsweredAt < MIN_SPACING_MS) {
    return { entry: { ...entry, lastReviewedAt: now }, change: 'too-soon' };
  }
  const nextStep = entry.step + 1;
  const days = REVIEW_INTERVAL_DAYS[nextStep as 1];
  if (days === undefined) return { entry: null, change: 'retired' };
  return { entry: { ...entry, item, step: nextStep, dueAt: now + days * DAY_MS, lastReviewedAt: now }, change: 'moved' };
}

export interface ReviewForecast {
  readonly dueNow: number;
  readonly withinADay: number;
  readonly withinAWeek: number;
  readonly later: number;
  readonly total: number;
}

/** Counts queued items by when they come due, for "what's coming" summaries. */
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

/** Keys of the items due at `now`, the longest-waiting first. */
export function dueReviewKeys(review: Readonly<Record<string, ReviewEntry>>, now: number): string[] {
  return Object.entries(review)
    .filter(([, entry]) => isDue(entry, now))
    .sort(([a, x], [b, y]) => x.dueAt - y.dueAt || a.localeCompare(b))
    .map(([key]) => key);
}

/**
 * Interleaves items across groups (lessons): one from each group in turn, groups in the order of
 * their first item, each group's items in their given order. Two items of one group only follow
 * each other when no other group has any left.
 */
export function interleave<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const queues = [...groups.values()];
  const out: T[] = [];
  while (out.length < items.length) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next !== undefined) out.push(next);
    }
  }
  return out;
}
