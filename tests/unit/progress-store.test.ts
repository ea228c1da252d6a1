// The progress store: answers, lessons and the review queue change as the learner works, and
// everything survives a reload (a new store on the same storage).
import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { lessonProgress, allAnswered } from '../../src/state/progress/progress-selectors';
import { MemoryStorage } from '../support/memory-storage';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 1, 2, 10, 0, 0);
const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0.25 };

function freshStore(storage = new MemoryStorage()) {
  return { storage, store: createProgressStore({ storage }) };
}

describe('progress store actions', () => {
  it('records attempts, right answers, the last result and both timestamps', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('q1', wrong, T0);
    store.getState().recordAnswer('q1', right, T0 + 5_000);
    expect(store.getState().answers.q1).toEqual({
      attempts: 2, correctAttempts: 1, lastResult: 'correct', lastScore: 1, firstAnsweredAt: T0, lastAnsweredAt: T0 + 5_000,
    });
  });

  it('queues a missed question due now, and a right answer outside the queue adds nothing', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('missed', wrong, T0);
    store.getState().recordAnswer('known', right, T0);
    expect(Object.keys(store.getState().review)).toEqual(['missed']);
    expect(store.getState().review.missed).toMatchObject({ step: 0, dueAt: T0 });
  });

  it('advances a due review question on a right answer but not before it is due', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('q', wrong, T0);
    store.getState().recordAnswer('q', right, T0 + 1_000);
    expect(store.getState().review.q).toMatchObject({ step: 1, dueAt: T0 + 1_000 + DAY });
    store.getState().recordAnswer('q', right, T0 + 2_000);
    expect(store.getState().review.q).toMatchObject({ step: 1, dueAt: T0 + 1_000 + DAY });
    store.getState().recordAnswer('q', wrong, T0 + 3_000);
    expect(store.getState().review.q).toMatchObject({ step: 0, dueAt: T0 + 3_000, lapses: 1 });
  });

  it('retires a question after the 7-day review is answered right', () => {
    const { store } = freshStore();
    let now = T0;
    store.getState().recordAnswer('q', wrong, now);
    for (const days of [0, 1, 3, 7]) {
      now += days * DAY;
      store.getState().recordAnswer('q', right, now);
    }
    expect(store.getState().review.q).toBeUndefined();
    expect(store.getState().answers.q?.attempts).toBe(5);
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

  it('resets everything', () => {
    const { store } = freshStore();
    store.getState().recordAnswer('a', wrong, T0);
    store.getState().openLesson('l', T0);
    store.getState().resetProgress();
    expect(store.getState()).toMatchObject({ answers: {}, lessons: {}, review: {} });
  });
});

describe('progress persistence', () => {
  it('saves after every answer, in a versioned envelope', () => {
    const { store, storage } = freshStore();
    store.getState().recordAnswer('q1', wrong, T0);
    const saved = JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.state.answers.q1.attempts).toBe(1);
    expect(saved.state.review.q1.dueAt).toBe(T0);
    expect(saved.state.notices).toBeUndefined();
  });

  it('comes back the same after a reload', () => {
    const storage = new MemoryStorage();
    const first = createProgressStore({ storage });
    first.getState().openLesson('l1', T0);
    first.getState().recordAnswer('q1', wrong, T0 + 1);
    first.getState().recordAnswer('q2', right, T0 + 2);
    first.getState().markLessonRead('l1', T0 + 3);
    const second = createProgressStore({ storage });
    const { answers, lessons, review } = second.getState();
    expect({ answers, lessons, review }).toEqual({
      answers: first.getState().answers, lessons: first.getState().lessons, review: first.getState().review,
    });
    expect(second.getState().notices).toEqual([]);
  });
});
