// The session store's persist storage: the shared guarded storage with the saved-game wording and migrations.
import type { PersistStorage } from 'zustand/middleware';
import { createGuardedStorage, keepAside as keepSaveAside, type SaveRead, type SaveWording, type StorageLike } from '../guarded-storage';
import { migrateSession, SESSION_VERSION } from './session-migrations';
import type { PersistedSession, SessionData } from './session-schema';
import type { SessionNotice } from './session-notices';

export type { StorageLike } from '../guarded-storage';

const WORDING: SaveWording = {
  notASave: 'it does not look like a Rapport game',
  keptAside: (reason, asideKey) => `Your saved game could not be used because ${reason}. It has been kept in this browser (as "${asideKey}"), and you can start a new game.`,
  notKept: (reason) => `Your saved game could not be used because ${reason}, and there was no room to keep a copy of it. Free some browser storage to keep it; a new game will replace it.`,
  full: 'Your game could not be saved because this browser\'s storage for the site is full. You can keep playing, but closing the page will lose this game unless you free some space.',
  refused: 'Your game could not be saved because the browser refused to store it. You can keep playing, but closing the page will lose this game.',
};

/** Moves a saved game aside under `<key>.corrupt.<n>` (e.g. when its scenario changed); returns the notice to show. */
export function keepAside(storage: StorageLike, key: string, raw: string, reason: string, kind: SessionNotice['kind']): SessionNotice {
  return keepSaveAside(storage, key, raw, reason, kind, WORDING);
}

export function createSessionStorage(storage: StorageLike, report: (notice: SessionNotice) => void): PersistStorage<PersistedSession> {
  return createGuardedStorage<PersistedSession>({
    storage,
    version: SESSION_VERSION,
    wording: WORDING,
    report,
    readSave({ state, version }): SaveRead<PersistedSession> {
      const migrated = migrateSession(state, typeof version === 'number' ? version : Number.NaN);
      // Already migrated here, so the persist middleware sees the current version.
      return migrated.ok ? { ok: true, state: migrated.data, version: SESSION_VERSION } : migrated;
    },
  });
}

/**
 * Copies a game still in play to the first free `<key>.kept.<n>` (before another game replaces it);
 * returns the notice to show, with an `asideKey` when the copy could be kept.
 */
export function copyAside(storage: StorageLike, key: string, raw: string, title: string, session: SessionData): SessionNotice {
  const played = session.moves.filter((m) => m.type === 'play').length;
  const where = played >= session.game.months ? 'finished' : `after ${played} of ${session.game.months} months`;
  try {
    let n = 1;
    while (storage.getItem(`${key}.kept.${n}`) !== null) n++;
    const asideKey = `${key}.kept.${n}`;
    storage.setItem(asideKey, raw);
    return {
      id: `kept-game:${asideKey}`, kind: 'kept-game', asideKey,
      message: `Your game of "${title}" (${where}) is kept in this browser as "${asideKey}". Download it to keep a copy of its moves.`,
    };
  } catch {
    return { id: `kept-game:${key}`, kind: 'kept-game', message: `Your game of "${title}" could not be kept: this browser's storage for the site is full.` };
  }
}
