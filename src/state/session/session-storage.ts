// The persist storage of the session store: reads and writes the saved game in localStorage (or any
// Storage-like object), keeps a damaged, unknown or newer save aside under `<key>.corrupt.<n>`
// instead of dropping it, and reports a full or failing storage.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateSession, SESSION_VERSION } from './session-migrations';
import type { PersistedSession } from './session-schema';
import type { SessionNotice } from './session-notices';

/** The part of the Web Storage API the session store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Copies `raw` to the first free `<key>.corrupt.<n>` and removes `key`; returns the notice to show.
 * `reason` completes "Your saved game could not be used because …".
 */
export function keepAside(storage: StorageLike, key: string, raw: string, reason: string, kind: SessionNotice['kind']): SessionNotice {
  try {
    let n = 1;
    while (storage.getItem(`${key}.corrupt.${n}`) !== null) n++;
    const asideKey = `${key}.corrupt.${n}`;
    storage.setItem(asideKey, raw);
    storage.removeItem(key);
    return {
      id: `${kind}:${asideKey}`, kind, asideKey,
      message: `Your saved game could not be used because ${reason}. It has been kept in this browser (as "${asideKey}"), and you can start a new game.`,
    };
  } catch {
    return {
      id: `${kind}:${key}`, kind,
      message: `Your saved game could not be used because ${reason}, and there was no room to keep a copy of it. Free some browser storage to keep it; a new game will replace it.`,
    };
  }
}

export function createSessionStorage(storage: StorageLike, report: (notice: SessionNotice) => void): PersistStorage<PersistedSession> {
  let lastWritten: string | null = null;
  let failureReported = false;

  return {
    getItem(key): StorageValue<PersistedSession> | null {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        report(keepAside(storage, key, raw, 'it is not readable (not valid JSON)', 'damaged-save'));
        return null;
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed) || !('version' in parsed)) {
        report(keepAside(storage, key, raw, 'it does not look like a Rapport game', 'damaged-save'));
        return null;
      }
      const { state, version } = parsed as { state: unknown; version: unknown };
      const migrated = migrateSession(state, typeof version === 'number' ? version : Number.NaN);
      if (!migrated.ok) {
        const newer = typeof version === 'number' && version > SESSION_VERSION;
        report(keepAside(storage, key, raw, migrated.problem, newer ? 'newer-save' : 'damaged-save'));
        return null;
      }
      if (version === SESSION_VERSION) lastWritten = raw;
      // Already migrated here, so the persist middleware sees the current version.
      return { state: migrated.data, version: SESSION_VERSION };
    },

    setItem(key, value): void {
      const serialized = JSON.stringify({ state: value.state, version: value.version });
      if (serialized === lastWritten) return;
      try {
        storage.setItem(key, serialized);
        lastWritten = serialized;
        failureReported = false;
      } catch (error) {
        if (failureReported) return;
        failureReported = true;
        const full = isQuotaError(error);
        report({
          id: full ? 'storage-full' : 'save-failed',
          kind: full ? 'storage-full' : 'save-failed',
          message: full
            ? 'Your game could not be saved because this browser\'s storage for the site is full. You can keep playing, but closing the page will lose this game unless you free some space.'
            : 'Your game could not be saved because the browser refused to store it. You can keep playing, but closing the page will lose this game.',
        });
      }
    },

    removeItem(key): void {
      try {
        storage.removeItem(key);
      } catch {
        // Only fails when storage is unavailable; the next save reports that.
      }
      lastWritten = null;
    },
  };
}
