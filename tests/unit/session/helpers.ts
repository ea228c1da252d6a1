// Shared set-up for the session tests: a store over memory storage that loads scenarios from
// content/ (or a test scenario passed in), and a plan that funds something in every segment.
import { loadScenario } from '../../../src/content/scenario/load-node';
import type { LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import type { Decisions } from '../../../src/engine';
import { createSessionStore } from '../../../src/state/session/session-store';
import { MemoryStorage } from '../../support/memory-storage';

export function makeStore(storage = new MemoryStorage(), override?: (loaded: LoadedScenario) => LoadedScenario) {
  const store = createSessionStore({
    storage,
    loadScenario: async (id) => {
      const loaded = loadScenario(id);
      return override ? override(loaded) : loaded;
    },
  });
  return { store, storage };
}

/** A modest spend on each segment's first preferred type. */
export function someSpend(loaded: LoadedScenario): Decisions {
  const spend: Record<string, Record<string, number>> = {};
  for (const s of loaded.scenario.segments) spend[s.id] = { 'personal-assistance': 300, transactional: 200 };
  return { spend } as Decisions;
}
