// The session store (zustand vanilla + persist, applied once here): the game being played, saved
// after every move, versioned and migrated; the game is rebuilt by replaying the saved moves.
// Composed of typed slices (session, screen, notices, playback).
import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { createNoticesSlice } from './notices-slice';
import { createPlaybackSlice } from './playback-slice';
import { migrateSession, SESSION_VERSION } from './session-migrations';
import type { PersistedSession } from './session-schema';
import type { SessionNotice } from './session-notices';
import { createScreenSlice } from './screen-slice';
import { createSessionSlice } from './session-slice';
import { copyAside, createSessionStorage, keepAside, type StorageLike } from './session-storage';
import type { SessionState, SessionStore, SetState } from './store-types';

export const SESSION_STORAGE_KEY = 'rapport.session';

export interface SessionStoreOptions {
  readonly storage: StorageLike;
  readonly loadScenario: (id: string) => Promise<LoadedScenario>;
  readonly key?: string;
  /** Notices known before the store exists (e.g. storage unavailable). */
  readonly initialNotices?: readonly SessionNotice[];
}

export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const key = options.key ?? SESSION_STORAGE_KEY;
  const early: SessionNotice[] = [...(options.initialNotices ?? [])];
  let store: SessionStore | undefined;
  const report = (notice: SessionNotice): void => {
    if (store) store.getState().reportNotice(notice);
    else early.push(notice);
  };
  let loads = 0;

  store = createStore<SessionState>()(
    persist(
      (set, get) => {
        const context = {
          loadScenario: options.loadScenario,
          nextLoad: () => ++loads,
          isCurrentLoad: (n: number) => n === loads,
          keepSessionAside(reason: string, kind: SessionNotice['kind']) {
            const raw = JSON.stringify({ state: { session: get().session }, version: SESSION_VERSION });
            report(keepAside(options.storage, key, raw, reason, kind));
            set({ session: null, loaded: null, game: null });
          },
          copySessionAside(): string | null {
            const { session, loaded } = get();
            if (!session) return null;
            const raw = JSON.stringify({ state: { session }, version: SESSION_VERSION });
            const notice = copyAside(options.storage, key, raw, loaded?.file.title ?? session.game.scenarioId, session);
            report(notice);
            return notice.asideKey ?? null;
          },
        };
        const setState = set as SetState;
        return {
          ...createSessionSlice(setState, get, context),
          ...createScreenSlice(setState, get),
          ...createNoticesSlice(setState, get, []),
          ...createPlaybackSlice(setState, get),
        };
      },
      {
        name: key,
        version: SESSION_VERSION,
        storage: createSessionStorage(options.storage, report),
        partialize: (state): PersistedSession => ({ session: state.session }),
        migrate: (persisted, version) => {
          const result = migrateSession(persisted, version);
          if (!result.ok) throw new Error(result.problem);
          return result.data;
        },
      },
    ),
  ) as unknown as SessionStore;

  if (early.length > 0) store.setState({ notices: [...store.getState().notices, ...early] });
  return store;
}
