// The one progress store of the app, saved in this browser's localStorage (or, when the browser
// forbids storage, kept in memory with a notice saying so).
import { createProgressStore, type ProgressStore } from '../../state/progress/progress-store';
import type { StorageLike } from '../../state/progress/guarded-storage';
import type { ProgressNotice } from '../../state/progress/progress-notices';
import { isQuotaError } from '../../state/guarded-storage';

let store: ProgressStore | undefined;

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, value); },
    removeItem: (key) => { items.delete(key); },
  };
}

/** The browser's localStorage, or null when it cannot be used (private modes, blocked cookies). */
export function browserStorage(): Storage | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    return null;
  }
  const probe = 'rapport.storage-probe';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full storage still reads: keep showing what was saved; each failed write is reported.
    return isQuotaError(error) ? storage : null;
  }
}

export function progressStore(): ProgressStore {
  if (store) return store;
  const storage = browserStorage();
  const notices: ProgressNotice[] = storage ? [] : [{
    id: 'storage-unavailable', kind: 'storage-unavailable', severity: 'error',
    message: 'This browser does not let Rapport save anything, so your progress will be lost when you close the page. Use "Export progress" on the Progress page to keep it.',
  }];
  store = createProgressStore({ storage: storage ?? memoryStorage(), initialNotices: notices });
  return store;
}
