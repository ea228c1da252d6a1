// Exported progress files can be imported again; a bad file is refused with a sentence naming
// the problem, and nothing already saved changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgressStore, progressData, PROGRESS_STORAGE_KEY } from '../../src/state/progress/progress-store';
import { PROGRESS_VERSION } from '../../src/state/progress/progress-migrations';
import { exportProgressFile, parseProgressFile, progressFileName } from '../../src/state/progress/progress-transfer';
import { MemoryStorage } from '../support/memory-storage';

const T0 = Date.UTC(2026, 3, 4, 12, 30, 0);

function storeWithWork() {
  const storage = new MemoryStorage();
  const store = createProgressStore({ storage });
  store.getState().openLesson('first-steps', T0);
  store.getState().recordAnswer('fs-single', { correct: false, score: 0 }, T0 + 1);
  store.getState().recordAnswer('fs-numeric', { correct: true, score: 1 }, T0 + 2);
  return { storage, store };
}

describe('progress export', () => {
  it('writes a named, versioned JSON file with the progress', () => {
    const { store } = storeWithWork();
    const text = exportProgressFile(progressData(store.getState()), T0);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'rapport-progress', version: PROGRESS_VERSION, exportedAt: '2026-04-04T12:30:00.000Z' });
    expect(file.progress.answers['fs-single'].attempts).toBe(1);
    expect(file.progress.notices).toBeUndefined();
    expect(progressFileName(T0)).toBe('rapport-progress-2026-04-04.json');
  });

  it('round-trips: an export imported into an empty store gives the same progress, learner id included', () => {
    const { store } = storeWithWork();
    store.getState().ensureLearnerId();
    store.getState().savePrediction('first-steps', 'More will leave.', T0 + 3);
    const text = exportProgressFile(progressData(store.getState()), T0);
    const parsed = parseProgressFile(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const other = createProgressStore({ storage: new MemoryStorage() });
    other.getState().ensureLearnerId();
    other.getState().replaceProgress(parsed.data);
    expect(progressData(other.getState())).toEqual(progressData(store.getState()));
    expect(other.getState().learnerId).toBe(store.getState().learnerId);
  });

  it('reads the checked-in v1 export fixture and migrates it', () => {
    const text = readFileSync(new URL('../fixtures/progress/export-v1.json', import.meta.url), 'utf8');
    const parsed = parseProgressFile(text);
    expect(parsed.ok && parsed.data.answers['fs-single']?.lastResult).toBe('correct');
    expect(parsed.ok && parsed.data.variants).toEqual({});
  });
});

describe('progress import validation', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'hello there', /not valid JSON/],
    ['another JSON file', '{"name": "package"}', /not a Rapport progress file/],
    ['no version', '{"format": "rapport-progress", "progress": {}}', /no version number/],
    ['a newer version', '{"format": "rapport-progress", "version": 99, "progress": {"answers": {}, "lessons": {}, "review": {}}}', /newer version of Rapport \(progress version 99/],
    ['no progress', '{"format": "rapport-progress", "version": 1}', /no "progress" section/],
    ['a damaged field', '{"format": "rapport-progress", "version": 1, "progress": {"answers": {"q": {"attempts": -1, "correctAttempts": 0, "lastResult": "correct", "lastScore": 1, "firstAnsweredAt": 0, "lastAnsweredAt": 0}}, "lessons": {}, "review": {}}}', /"answers → q → attempts"/],
    ['a missing section', '{"format": "rapport-progress", "version": 1, "progress": {"answers": {}, "lessons": {}}}', /"review" is missing/],
  ];

  for (const [name, text, expected] of cases) {
    it(`refuses ${name} with a clear message and says nothing changed`, () => {
      const result = parseProgressFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(expected);
        expect(result.message).toMatch(/Nothing was changed\.$/);
      }
    });
  }

  it('leaves the saved progress untouched when a file is refused', () => {
    const { storage, store } = storeWithWork();
    const before = storage.getItem(PROGRESS_STORAGE_KEY);
    const result = parseProgressFile('{"format": "rapport-progress", "version": 1, "progress": {"answers": 3}}');
    if (result.ok) store.getState().replaceProgress(result.data);
    expect(result.ok).toBe(false);
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(before);
    expect(store.getState().answers['fs-single']?.attempts).toBe(1);
  });
});
