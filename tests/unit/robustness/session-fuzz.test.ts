// Fuzzing the saved game the session store rehydrates from localStorage: random text, random JSON,
// truncated and mutated copies of a real save. Never an uncaught error (creating the store and
// rebuilding the game both settle); the game is either restored and consistent (the rebuilt game is
// at the month its moves say) or set aside with a clear notice, its copy kept.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import type { LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import { createSessionStore, SESSION_STORAGE_KEY } from '../../../src/state/session/session-store';
import { MemoryStorage } from '../../support/memory-storage';
import { playMonths } from '../session/helpers';
import { reportsOf, savedProgress } from '../../../src/state/session/session-selectors';
import { isClearMessage, storedText } from './fuzz-values';

const KEY = SESSION_STORAGE_KEY;
let validSave: unknown;

/** Scenarios are parsed once: the fuzzing is about the save, not the YAML. */
const loaded = new Map<string, LoadedScenario>();
function makeStore(storage = new MemoryStorage()) {
  const store = createSessionStore({
    storage,
    loadScenario: async (id) => {
      if (!loaded.has(id)) loaded.set(id, loadScenario(id));
      return loaded.get(id)!;
    },
  });
  return { store, storage };
}

beforeAll(async () => {
  const { store, storage } = makeStore();
  await store.getState().startSession({ scenarioId: 'coffee-chain', seed: 'fuzz', months: 4, player: 'Fuzz' });
  playMonths(store, 2);
  validSave = JSON.parse(storage.getItem(KEY)!);
  expect(savedProgress(store.getState().session!).played).toBe(2);
});

describe('rehydrating a saved game', () => {
  it('never throws; the game is restored consistently or set aside with a clear notice and a kept copy', async () => {
    let restored = 0;
    let setAside = 0;
    await fc.assert(fc.asyncProperty(fc.constant(null).chain(() => storedText(validSave as never)), async (raw) => {
      const storage = new MemoryStorage();
      storage.setItem(KEY, raw);
      const { store } = makeStore(storage);
      await store.getState().restoreGame();
      const state = store.getState();
      for (const notice of state.notices) expect(isClearMessage(notice.message), notice.message).toBe(true);
      if (state.session) {
        restored++;
        expect(state.gameStatus).toBe('ready');
        expect(state.game?.run.month).toBe(savedProgress(state.session).played);
        expect(reportsOf(state)).toHaveLength(savedProgress(state.session).played);
      } else if (state.notices.length > 0) {
        setAside++;
        const kept = state.notices.find((n) => n.asideKey !== undefined);
        expect(kept, 'the unusable save is kept').toBeDefined();
        expect(storage.getItem(kept!.asideKey!)).not.toBeNull();
      }
      // Whatever happened, a new game can be started and saved.
      const started = await store.getState().startSession({ scenarioId: 'tutorial', seed: 'after-fuzz', months: 2 });
      expect(started).toEqual({ ok: true });
      expect(JSON.parse(storage.getItem(KEY)!).state.session.game.scenarioId).toBe('tutorial');
    }), { numRuns: 1500 });
    expect(restored).toBeGreaterThan(15);
    expect(setAside).toBeGreaterThan(200);
  });
});
