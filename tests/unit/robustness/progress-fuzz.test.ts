// Fuzzing the two ways progress comes in from outside: an imported progress file and the save the
// store rehydrates from localStorage. Thousands of random, truncated and mutated inputs: never an
// uncaught error; either valid progress or a clear sentence, and a save that cannot be used is
// kept aside word for word (nothing lost) while new progress is saved again.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProgressData, emptyProgress, type ProgressData } from '../../../src/state/progress/progress-schema';
import { PROGRESS_VERSION } from '../../../src/state/progress/progress-migrations';
import { createProgressStore, progressData, PROGRESS_STORAGE_KEY } from '../../../src/state/progress/progress-store';
import { exportProgressFile, parseProgressFile } from '../../../src/state/progress/progress-transfer';
import { MemoryStorage } from '../../support/memory-storage';
import { isClearMessage, mutated, storedText } from './fuzz-values';

const KEY = PROGRESS_STORAGE_KEY;
const validSave = JSON.parse(readFileSync('tests/fixtures/progress/v2.json', 'utf8'));
const validFile = JSON.parse(exportProgressFile(validSave.state as ProgressData, Date.UTC(2026, 0, 2)));
const T0 = Date.UTC(2026, 5, 1);

describe('importing a progress file', () => {
  it('never throws: any text gives valid progress or a clear message that nothing was changed', () => {
    fc.assert(fc.property(storedText(validFile), (text) => {
      const result = parseProgressFile(text);
      if (result.ok) {
        expect(checkProgressData(result.data, PROGRESS_VERSION).ok).toBe(true);
      } else {
        expect(isClearMessage(result.message), result.message).toBe(true);
        expect(result.message).toMatch(/Nothing was changed\.$/);
      }
    }), { numRuns: 3000 });
  });

  it('a refused file says what is wrong with it (the field, the version, the format or the JSON)', () => {
    let refused = 0;
    fc.assert(fc.property(mutated(validFile), (file) => {
      const result = parseProgressFile(JSON.stringify(file));
      if (result.ok) return;
      refused++;
      expect(result.message).toMatch(/field|version|format|JSON|"progress"|progress data/);
    }), { numRuns: 1000 });
    expect(refused).toBeGreaterThan(150);
  });
});

describe('rehydrating saved progress', () => {
  it('never throws; an unusable save is kept aside exactly and reported, and new progress is saved', () => {
    fc.assert(fc.property(storedText(validSave), (raw) => {
      const storage = new MemoryStorage();
      storage.setItem(KEY, raw);
      const store = createProgressStore({ storage });
      const state = store.getState();
      expect(checkProgressData(progressData(state), PROGRESS_VERSION).ok).toBe(true);
      for (const notice of state.notices) expect(isClearMessage(notice.message), notice.message).toBe(true);
      const aside = state.notices.find((n) => n.asideKey !== undefined);
      if (aside) {
        expect(storage.getItem(aside.asideKey!)).toBe(raw);
        expect(progressData(state)).toEqual(emptyProgress());
      } else {
        expect(state.notices).toEqual([]);
      }
      store.getState().recordAnswer('fuzz-question', { correct: false, score: 0 }, T0);
      const written = JSON.parse(storage.getItem(KEY)!) as { state: ProgressData };
      expect(written.state.answers['fuzz-question']?.attempts).toBeGreaterThanOrEqual(1);
      if (aside) expect(storage.getItem(aside.asideKey!)).toBe(raw);
    }), { numRuns: 2000 });
  });
});
