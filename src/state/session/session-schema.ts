// The saved game format (one schema per version; v1 is the first): which scenario, seed and length,
// every month's decisions, the answers to decision points, the month being planned and the phase.
// The engine run itself is never saved: it is rebuilt by replaying the decisions.
import * as v from 'valibot';
import { RELATIONSHIP_TYPES } from '../../engine/model/relationship-types';
import { GOAL_METRICS } from '../../engine/model/score';

/** The screens of a game, in the order they come in a month. */
export const PHASES = ['briefing', 'plan', 'running', 'results', 'question', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12));
const spendByType = v.strictObject(
  Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, v.optional(amount)])) as {
    [K in (typeof RELATIONSHIP_TYPES)[number]]: v.OptionalSchema<typeof amount, undefined>;
  },
);
const decisionsV1 = v.object({ spend: v.record(id, spendByType) });

const answerV1 = v.object({
  /** Decision point id. */
  point: id,
  /** Option id chosen. */
  option: id,
  /** Month after which the question was asked. */
  month: v.pipe(v.number(), v.integer(), v.minValue(1)),
  correct: v.boolean(),
});

const goalV1 = v.object({
  id,
  label: v.string(),
  metric: v.picklist(GOAL_METRICS),
  segment: v.optional(id),
  target: v.pipe(v.number(), v.finite()),
  weight: v.pipe(v.number(), v.gtValue(0)),
});

export const sessionV1Schema = v.pipe(
  v.object({
    scenarioId: id,
    /** Content hash of the scenario played: a changed scenario would replay differently. */
    scenarioHash: id,
    seed: id,
    months: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)),
    challengeCode: v.optional(v.string()),
    player: v.optional(v.pipe(v.string(), v.maxLength(200))),
    /** The student's id from a challenge roster (added without a version bump: optional). */
    playerId: v.optional(v.pipe(v.string(), v.maxLength(40))),
    /** Goals of a challenge when they differ from the scenario's own. */
    goals: v.optional(v.array(goalV1)),
    /** One entry per month played, in order. */
    decisions: v.array(decisionsV1),
    answers: v.array(answerV1),
    /** Decision points triggered and not yet dismissed, first one shown now. */
    pendingPoints: v.array(id),
    /** The spend being planned for the coming month. */
    draft: decisionsV1,
    phase: v.picklist(PHASES),
  }),
  v.check((s) => s.decisions.length <= s.months, 'more months were played than the game has'),
  v.check((s) => s.phase === 'briefing' || s.phase === 'plan' || s.decisions.length > 0, 'a month must be played before its results'),
);

export const persistedSessionV1Schema = v.object({ session: v.nullable(sessionV1Schema) });

export type SessionData = v.InferOutput<typeof sessionV1Schema>;
export type SessionAnswer = SessionData['answers'][number];
export type PersistedSession = v.InferOutput<typeof persistedSessionV1Schema>;

/** Schemas of every saved version, oldest first; index = version − 1. */
export const PERSISTED_SCHEMAS = [persistedSessionV1Schema] as const;

export type CheckResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: string };

function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates saved data against the schema of its version; the problem names the field. */
export function checkPersistedSession(data: unknown, version: number): CheckResult {
  const schema = PERSISTED_SCHEMAS[version - 1];
  if (!schema) return { ok: false, problem: `there is no saved-game format version ${version}` };
  const result = v.safeParse(schema, data);
  return result.success ? { ok: true, data: result.output } : { ok: false, problem: describe(result.issues[0]) };
}
