// The screen slice: what the player has open or in focus that is not a move of the game (the
// segment in focus, the month's full numbers, a plan kept to compare with). Saved with the game
// (its `view`), so a reload shows the same screen.
import type { Spend } from '../../engine';
import type { SessionView } from './session-schema';
import type { GetState, ScreenSlice, SetState } from './store-types';

export function createScreenSlice(set: SetState, get: GetState): ScreenSlice {
  const update = (change: Partial<SessionView>) => {
    const { session } = get();
    if (!session) return;
    const view = { ...session.view, ...change };
    if ((Object.keys(change) as (keyof SessionView)[]).every((k) => session.view[k] === view[k])) return;
    set({ session: { ...session, view } });
  };
  return {
    selectSegment(segmentId: string | null) {
      const game = get().game;
      if (segmentId !== null && !game?.market.scenario.segments.some((s) => s.id === segmentId)) return;
      update({ segment: segmentId });
    },
    setDetails(open: boolean) {
      update({ details: open });
    },
    pinPlan(spend: Spend | null) {
      if (get().session?.game.mode !== 'practice' && spend !== null) return;
      update({ pinned: spend === null ? null : structuredClone(spend) });
    },
  };
}
