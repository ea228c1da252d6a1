// Every saved progress version has a fixture in tests/fixtures/progress and still loads into the
// current store; a save from a newer app is kept aside instead of being overwritten.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { migrateProgress, PROGRESS_VERSION, MIGRATIONS } from '../../src/state/progress/progress-migrations';
import { MemoryStorage } from '../support/memory-storage';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}`, import.meta.url), 'utf8');

describe('progress migrations', () => {
  it('has a fixture for every version up to the current one and a migration between each', () => {
    expect(PROGRESS_VERSION).toBe(2);
    for (let version = 1; version <= PROGRESS_VERSION; version++) {
      expect(() => fixture(`v${version}.json`)).not.toThrow();
      if (version < PROGRESS_VERSION) expect(MIGRATIONS[version]).toBeTypeOf('function');
    }
  });

  it('loads the v1 fixture with every answer, lesson and review entry intact, the entries naming their question', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, fixture('v1.json'));
    const store = createProgressStore({ storage, newLearnerId: () => 'new-learner' });
    const state = store.getState();
    expect(state.notices).toEqual([]);
    expect(state.answers['wacr-01']).toEqual({
      attempts: 2, correctAttempts: 1, lastResult: 'correct', lastScore: 1, firstAnsweredAt: 1767225600000, lastAnsweredAt: 1767229200000,
    });
    expect(state.answers['wacr-02']?.lastScore).toBe(0.6);
    expect(state.lessons['what-are-customer-relationships']).toEqual({ openedAt: 1767225000000, readAt: 1767228000000, completedAt: null });
    expect(state.review['wacr-02']).toEqual({
      item: { source: 'lesson', questionId: 'wacr-02' }, step: 0, dueAt: 1767229300000, addedAt: 1767229300000, lastReviewedAt: null, lapses: 0,
    });
    expect({ variants: state.variants, predictions: state.predictions, misconceptions: state.misconceptions }).toEqual({ variants: {}, predictions: {}, misconceptions: {} });
    // The learner id is not made up by the migration; it is created on first use.
    expect(state.learnerId).toBeUndefined();
    expect(state.ensureLearnerId()).toBe('new-learner');
    // The old save is kept as a backup before it is overwritten in the new format.
    expect(storage.getItem(`${PROGRESS_STORAGE_KEY}.before-v2`)).toBe(fixture('v1.json'));
  });

  it('loads the v2 fixture: learner id, recorded attempts, a play item, variants, predictions and misconceptions', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_STORAGE_KEY, fixture('v2.json'));
    const state = createProgressStore({ storage }).getState();
    expect(state.notices).toEqual([]);
    expect(state.learnerId).toBe('3f9a1c07b2d4e815');
    expect(state.answers['wacr-01']?.last).toEqual({ shown: ['c', 'a', 'd', 'b'], response: ['c'] });
    expect(state.answers['ms-04']?.last?.variant).toEqual({ n: 0, inputs: { start: 1200, lost: 84, new: 150 } });
    expect(state.review['play:coffee-chain:regulars-churn']?.item).toMatchObject({ source: 'play', pointId: 'regulars-churn', lesson: 'personal-assistance' });
    expect(state.predictions['measuring-success']?.text).toMatch(/churn doubles/);
    expect(state.misconceptions['wrong-denominator']).toEqual({ count: 1, lastAt: 1767229300000 });
  });

  it('migrates each fixture version to data the current schema accepts', () => {
    for (let version = 1; version <= PROGRESS_VERSION; version++) {
      const saved = JSON.parse(fixture(`v${version}.json`)) as { state: unknown; version: number };
      expect(saved.version).toBe(version);
      const result = migrateProgress(saved.state, saved.version);
      expect(result.ok).toBe(true);
    }
  });

  it('refuses data from a newer version with a clear reason', () => {
    const result = migrateProgress({ answers: {}, lessons: {}, review: {} }, PROGRESS_VERSION + 1);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('newer version of Rapport') });
  });

  it('keeps a save from a newer version aside and reports it', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ state: { answers: {}, lessons: {}, review: {}, badges: [] }, version: PROGRESS_VERSION + 1 });
    storage.setItem(PROGRESS_STORAGE_KEY, future);
    const store = createProgressStore({ storage });
    expect(storage.getItem(`${PROGRESS_STORAGE_KEY}.corrupt.1`)).toBe(future);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatchObject({ kind: 'newer-save', asideKey: `${PROGRESS_STORAGE_KEY}.corrupt.1` });
    expect(store.getState().notices[0]?.message).toMatch(/newer version of Rapport/);
  });
});
