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
/** Students a challenge's roster may list (the code must stay under 16,000 characters too). */
export const MAX_ROSTER = 1000;
export const MAX_STUDENT_ID = 40;

export const ChallengeRulesSchema = v.strictObject({
  /** How many result files a student may hand in; null = as many as they like. */
  attempts: v.nullable(v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(1, 'expected 1 or more'), v.maxValue(99, 'expected at most 99'))),
  /** Each student plays a market varied from the seed and their name. */
  perStudentVariants: v.boolean('expected true or false'),
});

const noControl = v.regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u, 'expected no control or invisible characters');

/** A student of the roster as a challenge code carries it: id and name only, never an e-mail. */
export const RosterStudentSchema = v.strictObject({
  id: v.pipe(v.string('expected a student id'), v.trim(), v.minLength(1, 'expected a student id'), v.maxLength(MAX_STUDENT_ID, `expected at most ${MAX_STUDENT_ID} characters`), noControl),
  name: v.pipe(v.string('expected a name'), v.trim(), v.minLength(1, 'expected a name'), v.maxLength(80, 'expected at most 80 characters'), noControl),
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
  /** The class list students pick their name from (version 2), or null for free-text names. */
  roster: v.nullable(v.pipe(v.array(RosterStudentSchema, 'expected a list of students'), v.minLength(1, 'expected at least one student'), v.maxLength(MAX_ROSTER, `expected at most ${MAX_ROSTER} students`))),
});

export interface ChallengeRules {
  readonly attempts: number | null;
  readonly perStudentVariants: boolean;
}

export interface RosterStudent {
  readonly id: string;
  readonly name: string;
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
  /** Version 2: the students (ids and names) who may play it, or null for free-text names. */
  readonly roster: readonly RosterStudent[] | null;
}

// What the schema outputs must stay assignable to the types above.
const outputCheck: (c: v.InferOutput<typeof ChallengeSchema>) => Challenge = (c) => c;
void outputCheck;
