// Versions of the saved game and the sequential migrations between them: a save of version n is
// checked with its own schema, migrated n → n+1 → … → current, then checked again.
import { canonicalJson, applyMigrations, type Json, type Migration, type Move } from '../../engine';
import { checkPersistedSession, PERSISTED_SCHEMAS, type PersistedSession, type SessionDataV1, type SessionDataV2 } from './session-schema';

export const SESSION_VERSION = PERSISTED_SCHEMAS.length;

/**
 * v1 → v2: each month's decisions become a plan move (when the spend changed) and a play move, the
 * month's answers follow its play, and the draft ends the log; the phase becomes the screen shown
 * (an answered question still on screen keeps its feedback).
 */
function sessionV1toV2(data: unknown): unknown {
  const { session } = data as { session: SessionDataV1 | null };
  if (!session) return { session: null };
  const moves: Move[] = [];
  let last = '';
  const plan = (spend: Json) => {
    const key = canonicalJson(spend);
    if (key !== last) moves.push({ type: 'plan', spend: spend as never });
    last = key;
  };
  session.decisions.forEach((d, index) => {
    plan(d.spend as Json);
    moves.push({ type: 'play' });
    for (const a of session.answers) if (a.month === index + 1) moves.push({ type: 'answer', point: a.point, option: a.option });
  });
  if (session.phase !== 'debrief') plan(session.draft.spend as Json);
  const current = session.pendingPoints[0];
  const migrated: SessionDataV2 = {
    game: {
      scenarioId: session.scenarioId,
      scenarioHash: session.scenarioHash,
      seed: session.seed,
      months: session.months,
      ...(session.challengeCode !== undefined ? { challengeCode: session.challengeCode } : {}),
      ...(session.player !== undefined ? { player: session.player } : {}),
      ...(session.playerId !== undefined ? { playerId: session.playerId } : {}),
      ...(session.goals !== undefined ? { goals: session.goals } : {}),
      mode: session.challengeCode ? 'attempt' : 'practice',
    },
    moves,
    view: {
      screen: session.phase === 'briefing' || session.phase === 'running' || session.phase === 'results' ? session.phase : 'game',
      feedback: session.phase === 'question' && current !== undefined && session.answers.some((a) => a.point === current) ? current : null,
    },
  };
  return { session: migrated };
}

/** v2 → v3: the screen state gains the segment in focus (none), closed details and no kept plan. */
function sessionV2toV3(data: unknown): unknown {
  const { session } = data as { session: SessionDataV2 | null };
  if (!session) return { session: null };
  return { session: { ...session, view: { ...session.view, segment: null, details: false, pinned: null } } };
}

/** `MIGRATIONS[n]` turns valid version-n data into version n+1 data. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: sessionV1toV2, 2: sessionV2toV3 };

export type MigrationResult = { ok: true; data: PersistedSession } | { ok: false; problem: string };

export function isKnownVersion(version: unknown): version is number {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SESSION_VERSION;
}

/** Brings data saved as `version` up to the current version, or says what is wrong with it. */
export function migrateSession(data: unknown, version: number): MigrationResult {
  if (!isKnownVersion(version)) {
    return version > SESSION_VERSION
      ? { ok: false, problem: `it was saved by a newer version of Rapport (saved-game version ${version}; this one reads up to ${SESSION_VERSION})` }
      : { ok: false, problem: `it has an unknown saved-game version (${String(version)})` };
  }
  const first = checkPersistedSession(data, version);
  if (!first.ok) return { ok: false, problem: `it is damaged (${first.problem})` };
  const migrated = applyMigrations(first.data, version, SESSION_VERSION, MIGRATIONS);
  if (!migrated.ok) return { ok: false, problem: `no migration from saved-game version ${migrated.missingFrom} exists` };
  const last = checkPersistedSession(migrated.value, SESSION_VERSION);
  return last.ok ? { ok: true, data: last.data as PersistedSession } : { ok: false, problem: `it is damaged (${last.problem})` };
}
