// Saves that cannot be used are kept aside (never silently dropped) and reported; a full storage
// quota is reported instead of crashing the page.
import { describe, expect, it } from 'vitest';
import { createProgressStore, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { isQuotaError } from '../../src/state/guarded-storage';
import { MemoryStorage, quotaError } from '../support/memory-storage';

const T0 = Date.UTC(2026, 2, 3, 8, 0, 0);
const KEY = PROGRESS_STORAGE_KEY;

describe('a damaged save', () => {
  it('that is not JSON is copied to rapport.progress.corrupt.1 and reported', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{"state": {"answers": ');
    const store = createProgressStore({ storage });
    expect(storage.getItem(`${KEY}.corrupt.1`)).toBe('{"state": {"answers": ');
    expect(store.getState().answers).toEqual({});
    const [notice] = store.getState().notices;
    expect(notice).toMatchObject({ kind: 'damaged-save', severity: 'error', asideKey: `${KEY}.corrupt.1` });
    expect(notice?.message).toContain('not valid JSON');
    expect(notice?.message).toContain(`${KEY}.corrupt.1`);
  });

  it('with a wrong field names the field, and new progress is saved without touching the copy', () => {
    const storage = new MemoryStorage();
    const damaged = JSON.stringify({ version: 1, state: { answers: { q1: { attempts: 'two' } }, lessons: {}, review: {} } });
    storage.setItem(KEY, damaged);
    const store = createProgressStore({ storage });
    expect(store.getState().notices[0]?.message).toMatch(/answers → q1 → attempts/);
    store.getState().recordAnswer('q2', { correct: true, score: 1 }, T0);
    expect(storage.getItem(`${KEY}.corrupt.1`)).toBe(damaged);
    expect(JSON.parse(storage.getItem(KEY)!).state.answers.q2.attempts).toBe(1);
  });

  it('uses the next free aside key when earlier copies exist', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${KEY}.corrupt.1`, 'older copy');
    storage.setItem(KEY, 'not json either');
    const store = createProgressStore({ storage });
    expect(storage.getItem(`${KEY}.corrupt.1`)).toBe('older copy');
    expect(storage.getItem(`${KEY}.corrupt.2`)).toBe('not json either');
    expect(store.getState().notices[0]?.asideKey).toBe(`${KEY}.corrupt.2`);
  });

  it('with an unknown version (not a number) is kept aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ version: 'one', state: {} }));
    const store = createProgressStore({ storage });
    expect(storage.getItem(`${KEY}.corrupt.1`)).not.toBeNull();
    expect(store.getState().notices[0]?.message).toMatch(/unknown version/);
  });

  it('that cannot be copied aside (storage full) is left in place and not overwritten', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'garbage');
    storage.failWith = quotaError();
    const store = createProgressStore({ storage });
    storage.failWith = null;
    store.getState().recordAnswer('q1', { correct: true, score: 1 }, T0);
    expect(storage.getItem(KEY)).toBe('garbage');
    expect(store.getState().notices[0]?.message).toMatch(/no room to keep a copy aside/);
  });

  it('can be dismissed once read', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'garbage');
    const store = createProgressStore({ storage });
    const id = store.getState().notices[0]!.id;
    store.getState().dismissNotice(id);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('a full storage quota', () => {
  it('is recognised from the errors browsers throw', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true);
    expect(isQuotaError(new Error('something else'))).toBe(false);
  });

  it('is reported once while saving keeps failing, and the answer stays in memory', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    storage.failWith = quotaError();
    expect(() => store.getState().recordAnswer('q1', { correct: false, score: 0 }, T0)).not.toThrow();
    store.getState().recordAnswer('q2', { correct: false, score: 0 }, T0 + 1);
    const full = store.getState().notices.filter((n) => n.kind === 'storage-full');
    expect(full).toHaveLength(1);
    expect(full[0]?.message).toMatch(/storage .* is full/);
    expect(store.getState().answers.q2?.attempts).toBe(1);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('stops blocking saves once space is free again', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    storage.failWith = quotaError();
    store.getState().recordAnswer('q1', { correct: true, score: 1 }, T0);
    storage.failWith = null;
    store.getState().recordAnswer('q2', { correct: true, score: 1 }, T0 + 1);
    const saved = JSON.parse(storage.getItem(KEY)!);
    expect(Object.keys(saved.state.answers).sort()).toEqual(['q1', 'q2']);
  });

  it('reports other storage failures with their own message', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({ storage });
    storage.failWith = new Error('SecurityError');
    store.getState().openLesson('l', T0);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(['save-failed']);
  });
});
