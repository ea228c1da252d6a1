// Where the stores save: this browser's localStorage when it can be used, else memory.
import { isQuotaError, type StorageLike } from './guarded-storage';

/** A Storage that lives only as long as the page (used when the browser forbids storage). */
export function memoryStorage(): StorageLike {
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
