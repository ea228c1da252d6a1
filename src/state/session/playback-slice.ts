// The playback slice: how the month animation plays (speed 1×, 2×, 4×; skip to the end). Shared by
// the DOM buttons and the market scene; not part of the saved game. When the month's animation
// ends (or is skipped), its results are shown.
import { SPEEDS, type GetState, type PlaybackSlice, type SetState, type Speed } from './store-types';

export function createPlaybackSlice(set: SetState, get: GetState): PlaybackSlice {
  return {
    speed: 1,
    skipRequests: 0,
    animatedMonth: 0,
    setSpeed(speed: Speed) {
      if ((SPEEDS as readonly number[]).includes(speed)) set({ speed });
    },
    skipAnimation() {
      set({ skipRequests: get().skipRequests + 1 });
      // Skipping needs no picture: the month counts as played out at once.
      const month = get().game?.run.month;
      if (month !== undefined && month > 0) get().markAnimated(month);
    },
    markAnimated(month: number) {
      if (month > get().animatedMonth) set({ animatedMonth: month });
      // The month has played out: its results replace the running screen (no extra click).
      if (month >= (get().game?.run.month ?? Infinity)) get().showResults();
    },
  };
}
