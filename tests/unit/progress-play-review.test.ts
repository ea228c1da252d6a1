// Decision points missed in play go to the review queue stored whole (the review page does not
// load the game), are answered like lesson questions with the same ladder, count the chosen
// option's misconception, and a malformed miss is refused without touching the save.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { playReviewItem, playReviewKey, recordPlayMiss, type PlayMiss } from '../../src/state/progress/play-review';
import { MemoryStorage } from '../support/memory-storage';

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 11, 18, 0, 0);
const saved = JSON.parse(readFileSync(new URL('../fixtures/progress/v2.json', import.meta.url), 'utf8'));
const fixtureItem = saved.state.review['play:coffee-chain:regulars-churn'].item;
const miss: PlayMiss = (({ source: _source, ...rest }) => rest)(fixtureItem);

describe('play misses in review', () => {
  it('keys a decision point by scenario and point', () => {
    expect(playReviewKey('coffee-chain', 'regulars-churn')).toBe('play:coffee-chain:regulars-churn');
  });

  it('adds a miss due ten minutes later, stored whole, and counts the misconception of the option chosen', () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    expect(recordPlayMiss(store, miss, T0, 'b')).toBe(true);
    const entry = store.getState().review['play:coffee-chain:regulars-churn'];
    expect(entry).toMatchObject({ step: 0, dueAt: T0 + 10 * MINUTE, addedAt: T0, lapses: 0 });
    expect(entry?.item).toEqual(fixtureItem);
    expect(store.getState().misconceptions).toEqual({ 'self-service-no-relationship': { count: 1, lastAt: T0 } });
    // The lesson answers are untouched: a play item is not a lesson question.
    expect(store.getState().answers).toEqual({});
  });

  it('sends a point missed again back to the bottom with a lapse', () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    recordPlayMiss(store, miss, T0);
    store.getState().answerPlayItem('play:coffee-chain:regulars-churn', { correct: true, score: 1 }, T0 + 20 * MINUTE);
    recordPlayMiss(store, miss, T0 + 2 * DAY, 'c');
    expect(store.getState().review['play:coffee-chain:regulars-churn']).toMatchObject({ step: 0, lapses: 1, addedAt: T0 });
  });

  it('climbs the same ladder when answered right in review, with no credit for an immediate retry', () => {
    const store = createProgressStore({ storage: new MemoryStorage() });
    const key = 'play:coffee-chain:regulars-churn';
    recordPlayMiss(store, miss, T0);
    expect(store.getState().answerPlayItem(key, { correct: true, score: 1 }, T0 + 5 * MINUTE)).toBe('not-due');
    expect(store.getState().answerPlayItem(key, { correct: true, score: 1 }, T0 + 20 * MINUTE)).toBe('moved');
    expect(store.getState().review[key]).toMatchObject({ step: 1, dueAt: T0 + 20 * MINUTE + DAY });
    expect(store.getState().answerPlayItem(key, { correct: false, score: 0, attempt: { misconceptions: ['self-service-no-relationship'] } }, T0 + 21 * MINUTE)).toBe('reset');
    expect(store.getState().misconceptions['self-service-no-relationship']?.count).toBe(1);
    expect(store.getState().answerPlayItem('play:nowhere:none', { correct: true, score: 1 }, T0)).toBe('none');
  });

  it('refuses a malformed miss (two right options, no options, an over-long prompt) and saves nothing', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    const bad: PlayMiss[] = [
      { ...miss, options: miss.options.map((o) => ({ ...o, correct: true })) },
      { ...miss, options: [] },
      { ...miss, prompt: 'x'.repeat(5000) },
    ];
    for (const item of bad) {
      expect(playReviewItem(item).ok).toBe(false);
      expect(store.getState().addPlayMiss(item, T0)).toBe(false);
    }
    expect(store.getState().review).toEqual({});
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
    const problem = playReviewItem(bad[0]!);
    expect(!problem.ok && problem.problem).toMatch(/options.*exactly one right option/);
  });
});
