// The one way every versioned format (challenge codes, result files, saved progress, saved games)
// moves old data forward: apply migration n → n+1 for each version from the data's up to the current.
export type Migration = (data: unknown) => unknown;

export type MigrationOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly missingFrom: number };

/**
 * Runs `migrations[from]`, `migrations[from + 1]`, … up to version `to`. With `stampVersion` each
 * step's output gets `version: n + 1` (formats that carry their version inside the data).
 */
export function applyMigrations(
  data: unknown,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>>,
  stampVersion = false,
): MigrationOutcome {
  let current = data;
  for (let n = from; n < to; n++) {
    const migration = migrations[n];
    if (!migration) return { ok: false, missingFrom: n };
    const next = migration(current);
    current = stampVersion ? { ...(next as Record<string, unknown>), version: n + 1 } : next;
  }
  return { ok: true, value: current };
}
