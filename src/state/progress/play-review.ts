// Decision points missed in play go to the learner's review queue. The entry stores the question
// whole (prompt, options with feedback, the explanation) because the review page does not load the
// game; it is shown and graded like a single-choice question.
import * as v from 'valibot';
import { reviewItemV2, type PlayReviewItem, type ReviewEntry } from './progress-schema';
import { reviewAfterAnswer } from './spaced-review';

/** A decision point the player missed: what the review page needs to ask it again. */
export type PlayMiss = Omit<PlayReviewItem, 'source'>;

/** The review key of a decision point: `play:SCENARIO:POINT`. */
export function playReviewKey(scenarioId: string, pointId: string): string {
  return `play:${scenarioId}:${pointId}`;
}

/** The miss as a review item, or a sentence saying why it cannot be stored. */
export function playReviewItem(miss: PlayMiss): { ok: true; item: PlayReviewItem } | { ok: false; problem: string } {
  const result = v.safeParse(reviewItemV2, { source: 'play', ...miss });
  if (!result.success) {
    const issue = result.issues[0];
    const where = (issue.path ?? []).map((p) => String(p.key)).join('.');
    return { ok: false, problem: `the decision point cannot be kept for review: ${where === '' ? '' : `${where}: `}${issue.message}` };
  }
  return { ok: true, item: result.output as PlayReviewItem };
}

/** The review queue with a play miss added (or, if the point is queued already, sent back to the bottom). */
export function reviewWithPlayMiss(
  review: Readonly<Record<string, ReviewEntry>>,
  item: PlayReviewItem,
  now: number,
): Record<string, ReviewEntry> {
  const key = playReviewKey(item.scenarioId, item.pointId);
  const entry = review[key];
  const next = reviewAfterAnswer({ entry, item, correct: false, now, lastAnsweredAt: entry?.lastReviewedAt ?? null, firstAnswer: entry === undefined });
  return { ...review, [key]: next.entry! };
}

/**
 * Sends a decision point the player missed to their review queue: the one call play needs
 * (`recordPlayMiss(progressStore(), miss, Date.now(), chosenOptionId)`). False when the miss is
 * malformed (nothing is saved then).
 */
export function recordPlayMiss(store: { getState(): { addPlayMiss(miss: PlayMiss, now: number, chosenOptionId?: string): boolean } }, miss: PlayMiss, now: number, chosenOptionId?: string): boolean {
  return store.getState().addPlayMiss(miss, now, chosenOptionId);
}
