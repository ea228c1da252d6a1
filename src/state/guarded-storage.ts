// The persist storage both stores use: versioned reads, unusable saves kept aside with a notice, guarded writes.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** The part of the Web Storage API the stores use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AsideKind = 'damaged-save' | 'newer-save';
export type GuardedNoticeKind = AsideKind | 'storage-full' | 'save-failed';

/** A problem with the save to tell the user about; each store may add fields of its own. */
export interface StorageNotice<K extends string> {
  readonly id: string;
  readonly kind: K;
  readonly message: string;
  /** Where an unusable save was kept, when it could be. */
  readonly asideKey?: string;
}

/** A store's own words; every `reason` completes "… could not be used because <reason>". */
export interface SaveWording {
  /** The reason for valid JSON that is not a `{ state, version }` save. */
  readonly notASave: string;
  keptAside(reason: string, asideKey: string): string;
  notKept(reason: string): string;
  /** Writing failed because the storage quota is used up. */
  readonly full: string;
  /** Writing failed for another reason (the browser refused it). */
  readonly refused: string;
}

export type SaveRead<T> = { readonly ok: true; readonly state: T; readonly version: number } | { readonly ok: false; readonly problem: string };

export interface GuardedStorageOptions<T> {
  readonly storage: StorageLike;
  /** The version this app writes; a save with a higher number is reported as a 'newer-save'. */
  readonly version: number;
  readonly wording: SaveWording;
  /** Checks (and may migrate) a parsed save; `raw` is its text as stored under `key`. */
  readSave(saved: { readonly state: unknown; readonly version: unknown }, raw: string, key: string): SaveRead<T>;
  report(notice: StorageNotice<GuardedNoticeKind>): void;
  /** When an unusable save cannot be copied aside, stop writing so that it is never overwritten. */
  readonly blockWritesIfNotKept?: boolean;
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Copies `raw` to the first free `<key>.corrupt.<n>` and removes `key`; returns the notice to show,
 * which has an `asideKey` only when the copy could be kept.
 */
export function keepAside<K extends string>(storage: StorageLike, key: string, raw: string, reason: string, kind: K, wording: SaveWording): StorageNotice<K> {
  try {
    let n = 1;
    while (storage.getItem(`${key}.corrupt.${n}`) !== null) n++;
    const asideKey = `${key}.corrupt.${n}`;
    storage.setItem(asideKey, raw);
    storage.removeItem(key);
    return { id: `${kind}:${asideKey}`, kind, asideKey, message: wording.keptAside(reason, asideKey) };
  } catch {
    return { id: `${kind}:${key}`, kind, message: wording.notKept(reason) };
  }
}

export function createGuardedStorage<T>(options: GuardedStorageOptions<T>): PersistStorage<T> {
  const { storage, wording, report } = options;
  /** The JSON known to be stored now: writing it again is skipped. */
  let lastWritten: string | null = null;
  let writesBlocked = false;
  let failureReported = false;

  function setAside(key: string, raw: string, reason: string, kind: AsideKind): null {
    const notice = keepAside(storage, key, raw, reason, kind, wording);
    if (notice.asideKey === undefined && options.blockWritesIfNotKept) writesBlocked = true;
    report(notice);
    return null;
  }

  return {
    getItem(key): StorageValue<T> | null {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      let saved: unknown;
      try {
        saved = JSON.parse(raw);
      } catch {
        return setAside(key, raw, 'it is not readable (not valid JSON)', 'damaged-save');
      }
      if (typeof saved !== 'object' || saved === null || !('state' in saved) || !('version' in saved)) {
        return setAside(key, raw, wording.notASave, 'damaged-save');
      }
      const { state, version } = saved;
      const read = options.readSave({ state, version }, raw, key);
      if (!read.ok) {
        const newer = typeof version === 'number' && version > options.version;
        return setAside(key, raw, read.problem, newer ? 'newer-save' : 'damaged-save');
      }
      if (version === options.version) lastWritten = raw;
      return { state: read.state, version: read.version };
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
        report(isQuotaError(error)
          ? { id: 'storage-full', kind: 'storage-full', message: wording.full }
          : { id: 'save-failed', kind: 'save-failed', message: wording.refused });
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
