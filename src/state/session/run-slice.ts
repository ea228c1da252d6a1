// The run slice: the engine run of the game in play, never saved but rebuilt from the saved
// decisions (load the scenario, check it is the very one played, replay month by month).
import { scenarioHash } from '../../engine';
import { gameMarket, rebuildRun } from './rebuild-run';
import type { GetState, RunSlice, SetState, SliceContext } from './store-types';

export function createRunSlice(set: SetState, get: GetState, context: SliceContext & { nextLoad(): number; isCurrentLoad(n: number): boolean }): RunSlice {
  let pending: { session: unknown; promise: Promise<void> } | null = null;

  async function rebuild(): Promise<void> {
    const session = get().session;
    if (!session) {
      set({ run: null, loaded: null, reports: [], runStatus: 'empty', runError: null });
      return;
    }
    const load = context.nextLoad();
    set({ runStatus: 'loading', runError: null });
    let loaded;
    try {
      loaded = await context.loadScenario(session.scenarioId);
    } catch (error) {
      if (!context.isCurrentLoad(load)) return;
      const reason = error instanceof Error ? error.message : String(error);
      context.keepSessionAside(`its scenario "${session.scenarioId}" could not be loaded (${reason})`, 'scenario-missing');
      set({ runStatus: 'failed', runError: `The scenario "${session.scenarioId}" could not be loaded.` });
      return;
    }
    if (!context.isCurrentLoad(load) || get().session !== session) return;
    if (scenarioHash(loaded.scenario) !== session.scenarioHash) {
      context.keepSessionAside(`the scenario "${loaded.file.title}" has changed since the game was saved, so its months would not replay the same`, 'scenario-changed');
      set({ runStatus: 'empty' });
      return;
    }
    const market = gameMarket(loaded, session);
    const replay = market.ok ? rebuildRun(market.value, session.decisions) : market;
    if (!replay.ok) {
      context.keepSessionAside(replay.error, 'damaged-save');
      set({ runStatus: 'empty' });
      return;
    }
    const played = replay.value.reports.length;
    set({ loaded, run: replay.value, reports: replay.value.reports.slice(), runStatus: 'ready', runError: null, animatedMonth: session.phase === 'running' ? played - 1 : played });
  }

  return {
    loaded: null,
    run: null,
    reports: [],
    runStatus: 'empty',
    runError: null,

    restoreRun(): Promise<void> {
      const { session, run, loaded, runStatus } = get();
      if (session && run && loaded && runStatus === 'ready' && loaded.scenario.id === session.scenarioId && run.month === session.decisions.length) {
        return Promise.resolve();
      }
      if (pending && pending.session === session) return pending.promise;
      const promise = rebuild().finally(() => { if (pending?.promise === promise) pending = null; });
      pending = { session, promise };
      return promise;
    },
  };
}
