// The schema of a result file (current version), checked with valibot before anything is
// replayed: shapes and sizes only; every number it claims is recomputed by the verifier.
import * as v from 'valibot';
import { MAX_PLAYER_NAME } from './player-name';

export const MAX_RESULT_MONTHS = 600;

const shortText = (what: string, max: number) => v.pipe(v.string(`expected ${what}`), v.maxLength(max, `expected at most ${max} characters`));
const amount = v.number('expected an amount');
const kebabId = v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'), v.maxLength(60, 'expected at most 60 characters'));

export const DecisionsSchema = v.strictObject({
  spend: v.record(shortText('a segment id', 60), v.record(shortText('a relationship type id', 60), amount, 'expected amounts by relationship type'), 'expected spend by segment'),
});

export const AnswerSchema = v.strictObject({
  point: kebabId,
  option: kebabId,
  month: v.pipe(v.number('expected a month'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(MAX_RESULT_MONTHS, `expected at most ${MAX_RESULT_MONTHS}`)),
  correct: v.boolean('expected true or false'),
});

export const ResultFileSchema = v.strictObject({
  format: v.literal('rapport-result', 'expected "rapport-result"'),
  version: v.number('expected a version number'),
  engineVersion: v.pipe(v.string('expected an engine version'), v.regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0')),
  challenge: v.nullable(shortText('a challenge code', 16_000)),
  scenario: v.strictObject({ id: kebabId, hash: v.pipe(v.string('expected a content hash'), v.regex(/^[0-9a-f]{16}$/, 'expected 16 hexadecimal digits')) }),
  seed: v.pipe(shortText('a seed', 64), v.minLength(1, 'expected a non-empty seed')),
  months: v.pipe(v.number('expected a number of months'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(MAX_RESULT_MONTHS, `expected at most ${MAX_RESULT_MONTHS}`)),
  player: shortText('a name', MAX_PLAYER_NAME + 40),
  playerId: v.optional(v.pipe(shortText('a student id', 40), v.minLength(1, 'expected a student id'))),
  decisions: v.pipe(v.array(DecisionsSchema, 'expected a list of monthly decisions'), v.maxLength(MAX_RESULT_MONTHS + 1, 'expected at most one entry per month')),
  answers: v.pipe(v.array(AnswerSchema, 'expected a list of answers'), v.maxLength(200, 'expected at most 200 answers')),
  hashes: v.pipe(v.array(v.pipe(v.string('expected a hash'), v.regex(/^[0-9a-f]{16}$/, 'expected 16 hexadecimal digits')), 'expected a list of hashes'), v.maxLength(MAX_RESULT_MONTHS + 1)),
  final: v.strictObject({
    metrics: v.record(v.string(), v.unknown(), 'expected the final metrics'),
    score: v.object({ points: v.number('expected the points'), goals: v.array(v.unknown()) }, 'expected the score'),
  }),
});

export type ParsedResultFile = v.InferOutput<typeof ResultFileSchema>;
