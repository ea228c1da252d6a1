// The persist storage of the progress store: reads and writes `rapport.progress` in localStorage
// (or any Storage-like object), keeps a damaged or unknown-version save aside under
// `rapport.progress.corrupt.<n>` instead of dropping it, and reports full or failing storage.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ProgressData } from './progress-schema';
import { checkProgressData } from './progress-schema';
import { isKnownVersion, PROGRESS_VERSION } from './progress-migrations';
import type { ProgressNotice } from './progress-notices';

/** The part of the Web Storage API the progress store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function asideKeyFor(storage: StorageLike, key: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${key}.corrupt.${n}`;
    if (storage.getItem(candidate) === null) return candidate;
  }
}

export function createGuardedStorage(
  storage: StorageLike,
  report: (notice: ProgressNotice) => void,
): PersistStorage<ProgressData> {
  let lastWritten: string | null = null;
  /** Set when a damaged save could not be copied aside: then we must not overwrite it. */
  let writesBlocked = false;
  let failureReported = false;

  function keepAside(key: string, raw: string, reason: string, kind: 'damaged-save' | 'newer-save'): null {
    try {
      const asideKey = asideKeyFor(storage, key);
      storage.setItem(asideKey, raw);
      storage.removeItem(key);
      report({
        id: `${kind}:${asideKey}`, kind, severity: 'error', asideKey,
        message: `Your saved progress could not be used because ${reason}. It has been kept aside in this browser (as "${asideKey}") and you are starting with fresh progress. You can download the kept copy from the Progress page.`,
      });
    } catch {
      writesBlocked = true;
      report({
        id: `${kind}:${key}`, kind, severity: 'error',
        message: `Your saved progress could not be used because ${reason}, and there was no room to keep a copy aside. To protect it, nothing you do now will be saved until you free some browser storage and reload the page.`,
      });
    }
    return null;
  }

  function keepBackupBeforeMigration(key: string, raw: string): void {
    try {
      storage.setItem(`${key}.before-v${PROGRESS_VERSION}`, raw);
    } catch {
      // The migrated save is still written; the backup is only a courtesy.
    }
  }

  return {
    getItem(key): StorageValue<ProgressData> | null {
      const raw = storage.getItem(key);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return keepAside(key, raw, 'it is not readable (not valid JSON)', 'damaged-save');
      }
      if (typeof parsed !== 'object' || parsed === null || !('state' in parsed) || !('version' in parsed)) {
        return keepAside(key, raw, 'it does not look like Rapport progress', 'damaged-save');
      }
      const { state, version } = parsed as { state: unknown; version: unknown };
      if (!isKnownVersion(version)) {
        const newer = typeof version === 'number' && version > PROGRESS_VERSION;
        return newer
          ? keepAside(key, raw, `it was saved by a newer version of Rapport (progress version ${version})`, 'newer-save')
          : keepAside(key, raw, `it has an unknown version (${JSON.stringify(version)})`, 'damaged-save');
      }
      const checked = checkProgressData(state, version);
      if (!checked.ok) return keepAside(key, raw, `it is damaged: ${checked.problem}`, 'damaged-save');
      if (version === PROGRESS_VERSION) lastWritten = raw;
      else keepBackupBeforeMigration(key, raw);
      return { state: checked.data as ProgressData, version };
    },

    setItem(key, value): void {
      if (writesBlocked) return;
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
          severity: 'error',
          message: full
            ? 'Your latest progress could not be saved because this browser\'s storage for the site is full. Export your progress from the Progress page to keep it, then free some space (for example by clearing other sites\' data).'
            : 'Your latest progress could not be saved because the browser refused to store it. Export your progress from the Progress page to keep it.',
        });
      }
    },

    removeItem(key): void {
      try {
        storage.removeItem(key);
      } catch {
        // Removing can only fail when storage is unavailable; the next save reports that.
      }
      lastWritten = null;
    },
  };
}
