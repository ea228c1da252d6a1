// The review ladder: a miss comes back ten minutes later; right answers when due push it out 1, 3,
// 7, 16 and 35 days (the last gaps are about two and five weeks); the next right answer retires
// it; a miss starts again from the bottom; a first-time right answer enters at the 7-day rung; an
// answer within ten minutes of the last one earns nothing; due items are interleaved by lesson.
import { describe, expect, it } from 'vitest';
import {
  dueReviewKeys, enterReview, interleave, isDue, reviewAfterAnswer, reviewForecast, REVIEW_INTERVAL_DAYS,
} from '../../src/state/progress/spaced-review';
import type { ReviewEntry, ReviewItem } from '../../src/state/progress/progress-schema';

const DAY = 86_400_000;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const item: ReviewItem = { source: 'lesson', questionId: 'q' };

/** A right or wrong answer at `now`, the last one having been at `last`. */
function answer(entry: ReviewEntry | undefined, correct: boolean, now: number, last: number | null, firstAnswer = false) {
  return reviewAfterAnswer({ entry, item, correct, now, lastAnsweredAt: last, firstAnswer });
}

describe('spaced review scheduling', () => {
  it('puts a newly missed question in the queue, due ten minutes later', () => {
    const { entry, change } = answer(undefined, false, T0, null, true);
    expect(change).toBe('entered');
    expect(entry).toEqual({ item, step: 0, dueAt: T0 + 10 * MINUTE, addedAt: T0, lastReviewedAt: T0, lapses: 0 });
    expect(isDue(entry!, T0 + 10 * MINUTE - 1)).toBe(false);
    expect(isDue(entry!, T0 + 10 * MINUTE)).toBe(true);
    expect(enterReview(item, T0)).toEqual(entry);
  });

  it('moves a question out by 1, 3, 7, 16 and 35 days after each spaced right answer, then retires it', () => {
    expect(REVIEW_INTERVAL_DAYS).toEqual([0, 1, 3, 7, 16, 35]);
    let entry = answer(undefined, false, T0, null, true).entry!;
    let now = entry.dueAt;
    let last = T0;
    const gaps: number[] = [];
    for (;;) {
      const next = answer(entry, true, now, last);
      if (next.change === 'retired') break;
      expect(next.change).toBe('moved');
      gaps.push((next.entry!.dueAt - now) / DAY);
      entry = next.entry!;
      last = now;
      now = entry.dueAt + 2 * 3_600_000;
    }
    expect(gaps).toEqual([1, 3, 7, 16, 35]);
    // The whole ladder, from the miss to retirement, takes more than eight weeks.
    expect((now - T0) / DAY).toBeGreaterThan(56);
  });

  it('gives no credit to an answer within ten minutes of the last one, even when due', () => {
    const missed = answer(undefined, false, T0, null, true).entry!;
    const early = { ...missed, dueAt: T0 };
    const soon = answer(early, true, T0 + 9 * MINUTE, T0);
    expect(soon.change).toBe('too-soon');
    expect(soon.entry).toMatchObject({ step: 0, dueAt: T0, lastReviewedAt: T0 + 9 * MINUTE });
    const spaced = answer(soon.entry!, true, T0 + 20 * MINUTE, T0 + 9 * MINUTE);
    expect(spaced.change).toBe('moved');
    expect(spaced.entry).toMatchObject({ step: 1, dueAt: T0 + 20 * MINUTE + DAY });
  });

  it('leaves a queued question alone when answered right before it is due', () => {
    const climbed = answer(answer(undefined, false, T0, null, true).entry!, true, T0 + 20 * MINUTE, T0).entry!;
    expect(answer(climbed, true, T0 + 2 * 3_600_000, T0 + 20 * MINUTE)).toEqual({ entry: climbed, change: 'not-due' });
  });

  it('sends a question back to the bottom after a wrong review and counts the lapse', () => {
    const climbed = answer(answer(undefined, false, T0, null, true).entry!, true, T0 + DAY, T0).entry!;
    const missed = answer(climbed, false, T0 + 4 * DAY, T0 + DAY);
    expect(missed.change).toBe('reset');
    expect(missed.entry).toMatchObject({ step: 0, dueAt: T0 + 4 * DAY + 10 * MINUTE, lapses: 1, addedAt: T0 });
  });

  it('brings a question answered right at the first attempt back once, a week later, at the 7-day rung', () => {
    const first = answer(undefined, true, T0, null, true);
    expect(first.change).toBe('entered-later');
    expect(first.entry).toMatchObject({ step: 3, dueAt: T0 + 7 * DAY, lapses: 0 });
    const next = answer(first.entry!, true, T0 + 7 * DAY, T0);
    expect(next.entry).toMatchObject({ step: 4, dueAt: T0 + 23 * DAY });
    // A right answer to a question answered before (not queued) adds nothing.
    expect(answer(undefined, true, T0, T0 - DAY, false)).toEqual({ entry: null, change: 'none' });
  });

  it('counts what is coming: due now, within a day, within a week, later', () => {
    const base = enterReview(item, T0);
    const queue = {
      a: { ...base, dueAt: T0 - DAY },
      b: { ...base, dueAt: T0 },
      c: { ...base, dueAt: T0 + 2 * 3_600_000 },
      d: { ...base, dueAt: T0 + 3 * DAY },
      e: { ...base, dueAt: T0 + 7 * DAY },
      f: { ...base, dueAt: T0 + 8 * DAY },
    };
    expect(reviewForecast(queue, T0)).toEqual({ dueNow: 2, withinADay: 1, withinAWeek: 2, later: 1, total: 6 });
    expect(dueReviewKeys(queue, T0)).toEqual(['a', 'b']);
  });

  it('interleaves due items across lessons, keeping each lesson\'s own order', () => {
    const due = ['m1', 'm2', 'm3', 'e1', 'e2', 't1'];
    const lessonOf = (id: string) => id[0]!;
    const mixed = interleave(due, lessonOf);
    expect(mixed).toEqual(['m1', 'e1', 't1', 'm2', 'e2', 'm3']);
    expect([...mixed].sort()).toEqual([...due].sort());
    // No two neighbours from one lesson while another lesson still has items.
    for (let i = 1; i < mixed.length - 1; i++) expect(lessonOf(mixed[i]!)).not.toBe(lessonOf(mixed[i - 1]!));
  });
});
