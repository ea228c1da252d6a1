// Shared set-up for the session tests: a store over memory storage that loads scenarios from
// content/ (or a test scenario passed in), and a plan that funds something in every segment.
import { loadScenario } from '../../../src/content/scenario/load-node';
import { pointRules, type LoadedScenario } from '../../../src/content/scenario/resolve-scenario';
import type { DecisionPoint } from '../../../src/content/scenario/scenario-schema';
import type { Decisions } from '../../../src/engine';
import { currentQuestion, phaseOf } from '../../../src/state/session/session-selectors';
import { createSessionStore } from '../../../src/state/session/session-store';
import type { SessionStore } from '../../../src/state/session/store-types';
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

/** The scenario with these decision points instead of its own (their words and the engine's rules). */
export function withDecisionPoints(points: DecisionPoint[]): (loaded: LoadedScenario) => LoadedScenario {
  return (loaded) => ({ ...loaded, file: { ...loaded.file, decisionPoints: points }, points: pointRules(points) });
}

/** Plays `count` months with `spend`, seeing results and answering each question with its first option. */
export function playMonths(store: SessionStore, count: number, spend: (loaded: LoadedScenario) => Decisions = someSpend): void {
  for (let i = 0; i < count; i++) {
    if (phaseOf(store.getState()) === 'briefing') store.getState().beginPlanning();
    store.getState().setDraft(spend(store.getState().loaded!));
    store.getState().playMonth();
    store.getState().showResults();
    store.getState().continueFromResults();
    while (phaseOf(store.getState()) === 'question') {
      store.getState().answerQuestion(currentQuestion(store.getState())!.point.options[0]!.id);
      store.getState().continueFromQuestion();
    }
  }
}
