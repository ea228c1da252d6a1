// The schema of a decoded challenge (current version), checked with valibot at the boundary:
// whatever a code holds is data to validate, never trusted and never rendered as HTML.
import * as v from 'valibot';
import { GoalSchema, type Goal } from '../model/goals';
import { MAX_MONTHS } from '../model/limits';

const kebabId = v.pipe(v.string('expected an id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, -)'), v.maxLength(60, 'expected at most 60 characters'));

export const MAX_TITLE = 120;
export const MAX_INSTRUCTIONS = 2000;
export const MAX_SEED = 64;
export const MAX_GOALS = 12;

export const ChallengeRulesSchema = v.strictObject({
  /** How many result files a student may hand in; null = as many as they like. */
  attempts: v.nullable(v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(99, 'expected at most 99'))),
  /** Each student plays a market varied from the seed and their name. */
  perStudentVariants: v.boolean('expected true or false'),
});

export const ChallengeSchema = v.strictObject({
  version: v.number('expected a version number'),
  engineVersion: v.pipe(v.string('expected an engine version'), v.regex(/^\d+\.\d+\.\d+$/, 'expected a version such as 1.0.0')),
  scenario: v.strictObject({
    id: kebabId,
    hash: v.pipe(v.string('expected a content hash'), v.regex(/^[0-9a-f]{16}$/, 'expected 16 hexadecimal digits')),
  }),
  seed: v.pipe(v.string('expected a seed'), v.minLength(1, 'expected a non-empty seed'), v.maxLength(MAX_SEED, `expected at most ${MAX_SEED} characters`), v.regex(/^[^\u0000-\u001f\u007f]+$/u, 'expected no control characters (tabs, line breaks)')),
  months: v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(MAX_MONTHS, `expected at most ${MAX_MONTHS}`)),
  goals: v.pipe(v.array(GoalSchema, 'expected a list of goals'), v.minLength(1, 'expected at least one goal'), v.maxLength(MAX_GOALS, `expected at most ${MAX_GOALS} goals`)),
  rules: ChallengeRulesSchema,
  title: v.pipe(v.string('expected a title'), v.trim(), v.minLength(1, 'expected a title'), v.maxLength(MAX_TITLE, `expected at most ${MAX_TITLE} characters`)),
  instructions: v.pipe(v.string('expected text'), v.maxLength(MAX_INSTRUCTIONS, `expected at most ${MAX_INSTRUCTIONS} characters`)),
});

export interface ChallengeRules {
  readonly attempts: number | null;
  readonly perStudentVariants: boolean;
}

/** A decoded challenge; `version` is the format version (the current one once decoded). */
export interface Challenge {
  readonly version: number;
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly seed: string;
  readonly months: number;
  readonly goals: readonly Goal[];
  readonly rules: ChallengeRules;
  readonly title: string;
  readonly instructions: string;
}

// What the schema outputs must stay assignable to the types above.
const outputCheck: (c: v.InferOutput<typeof ChallengeSchema>) => Challenge = (c) => c;
void outputCheck;
