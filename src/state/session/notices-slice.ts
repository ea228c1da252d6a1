// The notices slice: problems with the saved game to show the player (kept aside, storage full…).
import type { SessionNotice } from './session-notices';
import type { GetState, NoticesSlice, SetState } from './store-types';

export function createNoticesSlice(set: SetState, get: GetState, initial: readonly SessionNotice[]): NoticesSlice {
  return {
    notices: initial,
    reportNotice(notice: SessionNotice) {
      set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] });
    },
    dismissNotice(noticeId: string) {
      set({ notices: get().notices.filter((n) => n.id !== noticeId) });
    },
  };
}
