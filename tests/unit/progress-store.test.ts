// The progress store: answers (with what was shown), lessons, the review queue (lesson questions
// and decision points missed in play), the learner's id, numeric variants, predictions and
// misconception counts change as the learner works, and everything survives a reload.
import { describe, expect, it } from 'vitest';
import { createProgressStore, progressData, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { PROGRESS_VERSION } from '../../src/state/progress/progress-migrations';
import { lessonProgress, allAnswered } from '../../src/state/progress/progress-selectors';
import { MemoryStorage } from '../support/memory-storage';

const DAY = 86_400_000;
const MINUTE = 60_000;
const T0 = Date.UTC(2026, 1, 2, 10, 0, 0);
const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0.25 };

function freshStore(storage = new MemoryStorage()) {
  let ids = 0;
  return { storage, store: createProgressStore({ storage, newLearnerId: () => `learner-${++ids}` }) };
}

describe('progress store actions', () => {
  it('records attempts, right answers, the last result, both timestamps and the last attempt', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('q1', wrong, T0);
    const attempt = { shown: ['c', 'a', 'b'], response: ['a'] };
    store.getState().recordAnswer('q1', { ...right, attempt }, T0 + 5_000);
    expect(store.getState().answers.q1).toEqual({
      attempts: 2, correctAttempts: 1, lastResult: 'correct', lastScore: 1, firstAnsweredAt: T0, lastAnsweredAt: T0 + 5_000, last: attempt,
    });
  });

  it('queues a miss ten minutes out, and a first-time right answer a week out', () => {
    const { store } = freshStore();
    expect(store.getState().recordAnswer('missed', wrong, T0)).toBe('entered');
    expect(store.getState().recordAnswer('known', right, T0)).toBe('entered-later');
    expect(store.getState().review.missed).toMatchObject({ item: { source: 'lesson', questionId: 'missed' }, step: 0, dueAt: T0 + 10 * MINUTE });
    expect(store.getState().review.known).toMatchObject({ step: 3, dueAt: T0 + 7 * DAY });
  });

  it('gives no credit for an immediate retry, then advances a due question on a spaced right answer', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('q', wrong, T0);
    expect(store.getState().recordAnswer('q', right, T0 + 60_000)).toBe('not-due');
    expect(store.getState().review.q).toMatchObject({ step: 0 });
    expect(store.getState().recordAnswer('q', right, T0 + 15 * MINUTE)).toBe('moved');
    expect(store.getState().review.q).toMatchObject({ step: 1, dueAt: T0 + 15 * MINUTE + DAY });
    expect(store.getState().recordAnswer('q', wrong, T0 + 16 * MINUTE)).toBe('reset');
    expect(store.getState().review.q).toMatchObject({ step: 0, lapses: 1 });
  });

  it('retires a question after the 35-day review is answered right', () => {
    const { store } = freshStore();
    let now = T0;
    store.getState().recordAnswer('q', wrong, now);
    const changes: string[] = [];
    now += 10 * MINUTE;
    for (const days of [0, 1, 3, 7, 16, 35]) {
      now += days * DAY;
      changes.push(store.getState().recordAnswer('q', right, now));
    }
    expect(changes).toEqual(['moved', 'moved', 'moved', 'moved', 'moved', 'retired']);
    expect(store.getState().review.q).toBeUndefined();
    expect(store.getState().answers.q?.attempts).toBe(7);
  });

  it('creates the learner id on first use only, and keeps it across a reset', () => {
    const { store } = freshStore();
    expect(store.getState().learnerId).toBeUndefined();
    expect(store.getState().ensureLearnerId()).toBe('learner-1');
    expect(store.getState().ensureLearnerId()).toBe('learner-1');
    store.getState().resetProgress();
    expect(store.getState().learnerId).toBe('learner-1');
  });

  it('makes learner ids of 16 hex digits by default, different for two learners', () => {
    const a = createProgressStore({ storage: new MemoryStorage() }).getState().ensureLearnerId();
    const b = createProgressStore({ storage: new MemoryStorage() }).getState().ensureLearnerId();
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).not.toBe(a);
  });

  it('keeps a numeric variant until it is answered, then draws the next one', () => {
    const { store } = freshStore();
    expect(store.getState().variantFor('n1')).toBe(0);
    expect(store.getState().variantFor('n1')).toBe(0);
    store.getState().recordAnswer('n1', { ...wrong, attempt: { variant: { n: 0, inputs: { start: 100, lost: 5, new: 3 } }, response: 4 } }, T0);
    expect(store.getState().variants.n1).toEqual({ n: 0, answered: true });
    expect(store.getState().variantFor('n1')).toBe(1);
    expect(store.getState().variantFor('n1', true)).toBe(2);
  });

  it('counts misconceptions shown by wrong answers only', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('a', { ...wrong, attempt: { misconceptions: ['churn-vs-retention'] } }, T0);
    store.getState().recordAnswer('b', { ...wrong, attempt: { misconceptions: ['churn-vs-retention', 'wrong-denominator'] } }, T0 + 1);
    store.getState().recordAnswer('c', { ...right, attempt: { misconceptions: ['wrong-denominator'] } }, T0 + 2);
    expect(store.getState().misconceptions).toEqual({
      'churn-vs-retention': { count: 2, lastAt: T0 + 1 },
      'wrong-denominator': { count: 1, lastAt: T0 + 1 },
    });
  });

  it('saves a prediction per lesson', () => {
    const { store } = freshStore();
    store.getState().savePrediction('l1', 'Churn will double.', T0);
    expect(store.getState().predictions.l1).toEqual({ text: 'Churn will double.', savedAt: T0 });
  });

  it('tracks lessons opened, read and completed, keeping the first times', () => {
    const { store } = freshStore();
    store.getState().openLesson('intro', T0);
    store.getState().openLesson('intro', T0 + 10);
    store.getState().markLessonRead('intro', T0 + 20);
    store.getState().completeLesson('intro', T0 + 30);
    store.getState().completeLesson('intro', T0 + 40);
    store.getState().completeLesson('other', T0 + 50);
    expect(store.getState().lessons).toEqual({
      intro: { openedAt: T0, readAt: T0 + 20, completedAt: T0 + 30 },
      other: { openedAt: T0 + 50, readAt: T0 + 50, completedAt: T0 + 50 },
    });
  });

  it('computes per-lesson progress from the answers', () => {
    const { store } = freshStore();
    store.getState().openLesson('l', T0);
    store.getState().recordAnswer('a', right, T0);
    store.getState().recordAnswer('b', wrong, T0);
    expect(lessonProgress(store.getState(), 'l', ['a', 'b', 'c'])).toEqual({
      total: 3, answered: 2, correct: 1, opened: true, read: false, completed: false,
    });
    expect(allAnswered(store.getState(), ['a', 'b'])).toBe(true);
    expect(allAnswered(store.getState(), ['a', 'c'])).toBe(false);
  });

  it('resets everything but the learner id', () => {
    const { store } = freshStore();
    store.getState().ensureLearnerId();
    store.getState().recordAnswer('a', wrong, T0);
    store.getState().openLesson('l', T0);
    store.getState().savePrediction('l', 'x', T0);
    store.getState().resetProgress();
    expect(progressData(store.getState())).toEqual({
      learnerId: 'learner-1', answers: {}, lessons: {}, review: {}, variants: {}, predictions: {}, misconceptions: {},
    });
  });
});

describe('progress persistence', () => {
  it('saves after every answer, in a versioned envelope', () => {
    const { store, storage } = freshStore();
    store.getState().recordAnswer('q1', wrong, T0);
    const saved = JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.state.answers.q1.attempts).toBe(1);
    expect(saved.state.review.q1.dueAt).toBe(T0 + 10 * MINUTE);
    expect(saved.state.notices).toBeUndefined();
  });

  it('comes back the same after a reload, learner id included', () => {
    const storage = new MemoryStorage();
    const first = createProgressStore({ storage });
    const id = first.getState().ensureLearnerId();
    first.getState().openLesson('l1', T0);
    first.getState().recordAnswer('q1', wrong, T0 + 1);
    first.getState().recordAnswer('q2', right, T0 + 2);
    first.getState().markLessonRead('l1', T0 + 3);
    first.getState().variantFor('n1');
    const second = createProgressStore({ storage });
    expect(progressData(second.getState())).toEqual(progressData(first.getState()));
    expect(second.getState().ensureLearnerId()).toBe(id);
    expect(second.getState().notices).toEqual([]);
  });
});
