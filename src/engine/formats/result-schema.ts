// The schema of a result file (current version, 2), checked with valibot before anything is
// replayed: shapes and sizes only; every number it claims is recomputed by the verifier.
import * as v from 'valibot';
import { MAX_MONTHS } from '../model/limits';
import { MoveSchema } from '../game/moves';
import { MAX_PLAYER_NAME } from './player-name';
import { MAX_STUDENT_ID } from './challenge-schema';

/** The longest move log a result file may hold (a plan, a play and a few answers per month). */
export const MAX_RESULT_MOVES = MAX_MONTHS * 12;

export const GAME_MODES = ['practice', 'attempt'] as const;
export type GameMode = (typeof GAME_MODES)[number];

const shortText = (what: string, max: number) => v.pipe(v.string(`expected ${what}`), v.maxLength(max, `expected at most ${max} characters`));
const kebabId = v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'), v.maxLength(60, 'expected at most 60 characters'));
const monthCount = v.pipe(v.number('expected a number of months'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(MAX_MONTHS, `expected at most ${MAX_MONTHS}`));
const hash = v.pipe(v.string('expected a hash'), v.regex(/^[0-9a-f]{16}$/, 'expected 16 hexadecimal digits'));

export const ResultFileSchema = v.strictObject({
  format: v.literal('rapport-result', 'expected "rapport-result"'),
  version: v.number('expected a version number'),
  engineVersion: v.pipe(v.string('expected an engine version'), v.regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0')),
  challenge: v.nullable(shortText('a challenge code', 16_000)),
  scenario: v.strictObject({ id: kebabId, hash }),
  seed: v.pipe(shortText('a seed', 64), v.minLength(1, 'expected a non-empty seed')),
  months: monthCount,
  player: shortText('a name', MAX_PLAYER_NAME + 40),
  /** The student's id in the instructor's roster, when the challenge has one. */
  playerId: v.optional(v.pipe(shortText('a student id', MAX_STUDENT_ID), v.minLength(1, 'expected a student id'))),
  /** practice: a free game (months may have been taken back); attempt: a challenge played once through. */
  mode: v.picklist(GAME_MODES, 'expected "practice" or "attempt"'),
  /** The game's moves: each month's plan (when it changed), the play, the answers to its questions. */
  moves: v.pipe(v.array(MoveSchema, 'expected a list of moves'), v.maxLength(MAX_RESULT_MOVES, `expected at most ${MAX_RESULT_MOVES} moves`)),
  /** Each month's record: the state hash, bound to that month's answers (replay.ts, monthRecords). */
  hashes: v.pipe(v.array(hash, 'expected a list of hashes'), v.maxLength(MAX_MONTHS, `expected at most ${MAX_MONTHS} hashes`)),
  /** Set only by the migration from format 1, which did not bind answers: months compare by state hash. */
  hashRule: v.optional(v.literal('state', 'expected "state"')),
  final: v.strictObject({
    metrics: v.record(v.string(), v.unknown(), 'expected the final metrics'),
    score: v.looseObject({ points: v.number('expected the points'), goals: v.array(v.unknown()) }, 'expected the score'),
  }),
});

export type ParsedResultFile = v.InferOutput<typeof ResultFileSchema>;
