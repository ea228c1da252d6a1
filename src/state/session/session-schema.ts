// The saved game format, one schema per version. A game is saved as its market (which scenario,
// seed, length, challenge), its move log (engine/game: plan, play, answer) and where the player
// is on screen; the engine run itself is never saved: it is rebuilt by replaying the moves.
// v1 (the first) saved each month's decisions, the answers and a phase; v2 saves moves; v3 adds
// to the screen state the segment in focus, whether the month's full numbers are open and, in
// practice, a plan kept to compare with.
import * as v from 'valibot';
import { DecisionsSchema, GAME_MODES, GoalSchema, MAX_MONTHS, MoveSchema, SpendSchema, issueSentence } from '../../engine';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const months = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_MONTHS));

// ── version 1 ────────────────────────────────────────────────────────────────────────────────────
const V1_PHASES = ['briefing', 'plan', 'running', 'results', 'question', 'debrief'] as const;

const answerV1 = v.object({ point: id, option: id, month: v.pipe(v.number(), v.integer(), v.minValue(1)), correct: v.boolean() });

export const sessionV1Schema = v.pipe(
  v.object({
    scenarioId: id,
    scenarioHash: id,
    seed: id,
    months,
    challengeCode: v.optional(v.string()),
    player: v.optional(v.pipe(v.string(), v.maxLength(200))),
    /** The student's id from a challenge roster (only saved games of the class tools' test builds have it). */
    playerId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    goals: v.optional(v.array(GoalSchema)),
    decisions: v.array(DecisionsSchema),
    answers: v.array(answerV1),
    pendingPoints: v.array(id),
    draft: DecisionsSchema,
    phase: v.picklist(V1_PHASES),
  }),
  v.check((s) => s.decisions.length <= s.months, 'more months were played than the game has'),
  v.check((s) => s.phase === 'briefing' || s.phase === 'plan' || s.decisions.length > 0, 'a month must be played before its results'),
);
export type SessionDataV1 = v.InferOutput<typeof sessionV1Schema>;

// ── version 2 ────────────────────────────────────────────────────────────────────────────────────
/** Which screen a game shows beyond what the game's own phase says: 'game' defers to it. */
export const SCREENS = ['briefing', 'running', 'results', 'game'] as const;
export type Screen = (typeof SCREENS)[number];

/** What resolveMarket needs to find the game's market again. */
const gameRefSchema = v.object({
  scenarioId: id,
  /** Content hash of the scenario played: a changed scenario would replay differently. */
  scenarioHash: id,
  seed: id,
  months,
  challengeCode: v.optional(v.string()),
  player: v.optional(v.pipe(v.string(), v.maxLength(200))),
  playerId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Goals chosen for this game when they differ from the scenario's own. */
  goals: v.optional(v.array(GoalSchema)),
  /** practice: months can be taken back; attempt: a challenge played once through. */
  mode: v.picklist(GAME_MODES),
  /** The lesson whose "Try it" block prepared this game (its change and what to look for are shown). */
  lesson: v.optional(id),
});

export const sessionV2Schema = v.object({
  game: gameRefSchema,
  /** The move log, compacted: the last plan move is the draft of the coming month. */
  moves: v.array(MoveSchema),
  view: v.object({
    screen: v.picklist(SCREENS),
    /** The question whose feedback is still on screen after it was answered. */
    feedback: v.nullable(id),
  }),
});

// ── version 3 ────────────────────────────────────────────────────────────────────────────────────
export const sessionV3Schema = v.object({
  game: gameRefSchema,
  moves: v.array(MoveSchema),
  view: v.object({
    screen: v.picklist(SCREENS),
    feedback: v.nullable(id),
    /** The segment picked in the budget panel, described and highlighted in the market picture. */
    segment: v.nullable(id),
    /** The month's full table and charts are open. */
    details: v.boolean(),
    /** Practice: a plan kept to compare with the draft (a month taken back keeps its plan here). */
    pinned: v.nullable(SpendSchema),
  }),
});

export const persistedSessionV1Schema = v.object({ session: v.nullable(sessionV1Schema) });
export const persistedSessionV2Schema = v.object({ session: v.nullable(sessionV2Schema) });
export const persistedSessionV3Schema = v.object({ session: v.nullable(sessionV3Schema) });

export type SessionDataV2 = v.InferOutput<typeof sessionV2Schema>;
export type SessionData = v.InferOutput<typeof sessionV3Schema>;
export type SessionView = SessionData['view'];
export type GameRef = SessionData['game'];
export type PersistedSession = v.InferOutput<typeof persistedSessionV3Schema>;

/** The screen state of a game that has just started. */
export const NEW_VIEW: SessionView = { screen: 'briefing', feedback: null, segment: null, details: false, pinned: null };

/** Schemas of every saved version, oldest first; index = version − 1. */
export const PERSISTED_SCHEMAS = [persistedSessionV1Schema, persistedSessionV2Schema, persistedSessionV3Schema] as const;
export type CheckResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: string };

/** Validates saved data against the schema of its version; the problem names the field. */
export function checkPersistedSession(data: unknown, version: number): CheckResult {
  const schema = PERSISTED_SCHEMAS[version - 1];
  if (!schema) return { ok: false, problem: `there is no saved-game format version ${version}` };
  const result = v.safeParse(schema, data);
  return result.success ? { ok: true, data: result.output } : { ok: false, problem: issueSentence(result.issues) };
}
