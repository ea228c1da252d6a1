// A Storage-like object in memory for the progress and session tests, able to act like a full localStorage.
import type { StorageLike } from '../../src/state/guarded-storage';

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** When set, every setItem throws this error (like a full localStorage). */
  failWith: Error | null = null;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** What browsers throw when localStorage is full. */
export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}
