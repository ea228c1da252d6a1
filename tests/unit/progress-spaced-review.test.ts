// The review ladder: a miss is due at once, right answers push it out 1, 3 and 7 days, the fourth
// right answer retires it, and a miss starts again from the bottom.
import { describe, expect, it } from 'vitest';
import { afterReview, dueQuestionIds, enterReview, isDue, reviewForecast } from '../../src/state/progress/spaced-review';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

describe('spaced review scheduling', () => {
  it('puts a newly missed question in the queue, due immediately', () => {
    const entry = enterReview(T0);
    expect(entry).toEqual({ step: 0, dueAt: T0, addedAt: T0, lastReviewedAt: null, lapses: 0 });
    expect(isDue(entry, T0)).toBe(true);
    expect(isDue(entry, T0 - 1)).toBe(false);
  });

  it('moves a question out by 1, 3 and 7 days after each right review, then retires it', () => {
    let entry = enterReview(T0);
    const first = afterReview(entry, true, T0 + 60_000)!;
    expect(first.dueAt - (T0 + 60_000)).toBe(1 * DAY);
    const secondTime = first.dueAt + 5_000;
    const second = afterReview(first, true, secondTime)!;
    expect(second.dueAt - secondTime).toBe(3 * DAY);
    const third = afterReview(second, true, second.dueAt)!;
    expect(third.dueAt - second.dueAt).toBe(7 * DAY);
    expect(third.lastReviewedAt).toBe(second.dueAt);
    expect(afterReview(third, true, third.dueAt)).toBeNull();
    entry = third;
    expect(entry.step).toBe(3);
  });

  it('sends a question back to "due now" after a wrong review and counts the lapse', () => {
    const climbed = afterReview(afterReview(enterReview(T0), true, T0)!, true, T0 + DAY)!;
    const missed = afterReview(climbed, false, T0 + 4 * DAY)!;
    expect(missed).toMatchObject({ step: 0, dueAt: T0 + 4 * DAY, lapses: 1, addedAt: T0 });
    const again = afterReview(missed, true, T0 + 4 * DAY)!;
    expect(again.dueAt).toBe(T0 + 5 * DAY);
  });

  it('counts what is coming: due now, within a day, within a week, later', () => {
    const queue = {
      a: { ...enterReview(T0), dueAt: T0 - DAY },
      b: { ...enterReview(T0), dueAt: T0 },
      c: { ...enterReview(T0), dueAt: T0 + 2 * 3_600_000 },
      d: { ...enterReview(T0), dueAt: T0 + 3 * DAY },
      e: { ...enterReview(T0), dueAt: T0 + 7 * DAY },
      f: { ...enterReview(T0), dueAt: T0 + 8 * DAY },
    };
    expect(reviewForecast(queue, T0)).toEqual({ dueNow: 2, withinADay: 1, withinAWeek: 2, later: 1, total: 6 });
    expect(dueQuestionIds(queue, T0)).toEqual(['a', 'b']);
  });
});
