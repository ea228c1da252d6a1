// Sequential migrations of challenge codes: a code of version n is lifted to n+1, n+2, … up to
// the current version before the schema checks it. Each old version has a fixture in
// tests/fixtures/challenges/.
import type { Result } from '../model/decisions';

export const CHALLENGE_VERSION = 2;

import { applyMigrations, type Migration } from './migrations';

/** MIGRATIONS[n] lifts version n to n + 1. Version 2 added the optional roster. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (data) => ({ ...(data as Record<string, unknown>), roster: null }),
};

export function migrateChallenge(data: unknown, version: number): Result<unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'The challenge code holds no challenge.' };
  }
  const current = data as Record<string, unknown>;
  if (current.version !== version) {
    return { ok: false, error: `The challenge code is inconsistent: its prefix says version ${version} but its content says ${String(current.version)}.` };
  }
  if (version < 1) return { ok: false, error: `The challenge code has an unknown version ${version}.` };
  const migrated = applyMigrations(current, version, CHALLENGE_VERSION, MIGRATIONS, true);
  if (!migrated.ok) return { ok: false, error: `Challenge codes of version ${migrated.missingFrom} can no longer be read.` };
  return { ok: true, value: migrated.value };
}
