// The progress store's persist storage: the shared guarded storage with the progress wording and version checks.
import type { PersistStorage } from 'zustand/middleware';
import { createGuardedStorage, type SaveRead, type SaveWording, type StorageLike } from '../guarded-storage';
import type { ProgressData } from './progress-schema';
import { checkProgressData } from './progress-schema';
import { isKnownVersion, PROGRESS_VERSION } from './progress-migrations';
import type { ProgressNotice } from './progress-notices';

export type { StorageLike } from '../guarded-storage';

const WORDING: SaveWording = {
  notASave: 'it does not look like Rapport progress',
  keptAside: (reason, asideKey) => `Your saved progress could not be used because ${reason}. It has been kept aside in this browser (as "${asideKey}") and you are starting with fresh progress. You can download the kept copy from the Progress page.`,
  notKept: (reason) => `Your saved progress could not be used because ${reason}, and there was no room to keep a copy aside. To protect it, nothing you do now will be saved until you free some browser storage and reload the page.`,
  full: 'Your latest progress could not be saved because this browser\'s storage for the site is full. Export your progress from the Progress page to keep it, then free some space (for example by clearing other sites\' data).',
  refused: 'Your latest progress could not be saved because the browser refused to store it. Export your progress from the Progress page to keep it.',
};

function keepBackupBeforeMigration(storage: StorageLike, key: string, raw: string): void {
  try {
    storage.setItem(`${key}.before-v${PROGRESS_VERSION}`, raw);
  } catch {
    // The migrated save is still written; the backup is only a courtesy.
  }
}

/**
 * Reads and writes `rapport.progress`; an older save is backed up under `<key>.before-v<n>` and
 * left for the store's `migrate`. A damaged save that cannot be kept aside blocks all writes.
 */
export function createProgressStorage(storage: StorageLike, report: (notice: ProgressNotice) => void): PersistStorage<ProgressData> {
  return createGuardedStorage<ProgressData>({
    storage,
    version: PROGRESS_VERSION,
    wording: WORDING,
    blockWritesIfNotKept: true,
    report: (notice) => report({ ...notice, severity: 'error' }),
    readSave({ state, version }, raw, key): SaveRead<ProgressData> {
      if (!isKnownVersion(version)) {
        const newer = typeof version === 'number' && version > PROGRESS_VERSION;
        return { ok: false, problem: newer ? `it was saved by a newer version of Rapport (progress version ${version})` : `it has an unknown version (${JSON.stringify(version)})` };
      }
      const checked = checkProgressData(state, version);
      if (!checked.ok) return { ok: false, problem: `it is damaged: ${checked.problem}` };
      if (version !== PROGRESS_VERSION) keepBackupBeforeMigration(storage, key, raw);
      return { ok: true, state: checked.data as ProgressData, version };
    },
  });
}
