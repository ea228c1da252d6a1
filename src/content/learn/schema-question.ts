// Schemas of the seven question kinds (content/questions/LESSON_ID.yaml is a list of these).
import * as v from 'valibot';
import { allUnique, kebabId, text } from './schema-common';
import { NUMERIC_FORMULA_NAMES, NUMERIC_FORMULAS } from './numeric-formulas';

export const QUESTION_KINDS = ['single', 'multiple', 'matching', 'ordering', 'numeric', 'open', 'design'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const baseEntries = {
  id: kebabId,
  lesson: kebabId,
  objective: kebabId,
  prompt: text,
  explanation: text,
  misconception: v.optional(kebabId),
};

const optionSchema = v.strictObject({
  id: kebabId,
  text,
  correct: v.boolean(),
  feedback: text,
  /** For a wrong option: the misconception it represents (content/misconceptions.yaml). */
  misconception: v.optional(kebabId),
});

const optionList = v.pipe(
  v.array(optionSchema),
  v.minLength(3, 'expected at least 3 options'),
  v.maxLength(6, 'expected at most 6 options'),
  v.check((options) => allUnique(options.map((o) => o.id)), 'expected option ids to be unique within the question'),
);

const countCorrect = (options: readonly { correct: boolean }[]) => options.filter((o) => o.correct).length;

export const singleQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('single'),
  scenario: v.optional(v.boolean(), false),
  options: v.pipe(optionList, v.check((o) => countCorrect(o) === 1, 'expected exactly one option with "correct: true"')),
});

export const multipleQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('multiple'),
  options: v.pipe(optionList, v.check((o) => countCorrect(o) >= 2, 'expected at least two options with "correct: true"')),
});

const pairSchema = v.strictObject({ left: text, right: text });

export const matchingQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('matching'),
  pairs: v.pipe(
    v.array(pairSchema),
    v.minLength(3, 'expected at least 3 pairs'),
    v.maxLength(7, 'expected at most 7 pairs'),
    v.check((pairs) => allUnique(pairs.map((p) => p.left)), 'expected every left side to be different'),
    v.check((pairs) => allUnique(pairs.map((p) => p.right)), 'expected every right side to be different'),
  ),
});

export const orderingQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('ordering'),
  items: v.pipe(
    v.array(text),
    v.minLength(3, 'expected at least 3 items'),
    v.maxLength(8, 'expected at most 8 items'),
    v.check((items) => allUnique(items), 'expected every item to be different'),
  ),
});

const computeSchema = v.pipe(
  v.strictObject({
    formula: v.picklist(NUMERIC_FORMULA_NAMES, `expected one of the formulas ${NUMERIC_FORMULA_NAMES.join(', ')}`),
    inputs: v.record(v.string(), v.number()),
  }),
  v.forward(
    v.check((compute) => sameNames(NUMERIC_FORMULAS[compute.formula], compute.inputs), (issue) => {
      const compute = issue.input as { formula: keyof typeof NUMERIC_FORMULAS };
      return `expected exactly the inputs ${Object.keys(NUMERIC_FORMULAS[compute.formula]).join(', ')} for the formula "${compute.formula}"`;
    }),
    ['inputs'],
  ),
);

function sameNames(needed: Readonly<Record<string, unknown>>, given: Readonly<Record<string, unknown>>): boolean {
  const a = Object.keys(needed);
  const b = Object.keys(given);
  return a.every((name) => b.includes(name)) && b.every((name) => a.includes(name));
}

const rangeSchema = v.pipe(
  v.strictObject({
    min: v.number(),
    max: v.number(),
    step: v.pipe(v.number(), v.gtValue(0, 'expected a step above 0')),
  }),
  v.check((range) => range.min < range.max, 'expected "min" below "max"'),
  v.check((range) => (range.max - range.min) / range.step <= 100000, 'expected at most 100,000 steps between "min" and "max"'),
);

export const numericQuestionSchema = v.pipe(
  v.strictObject({
    ...baseEntries,
    kind: v.literal('numeric'),
    /** The answer for the example inputs in `compute` (checked against the formula). */
    answer: v.number(),
    /** Decimals the learner is asked to round to (0, 1 or 2). */
    decimals: v.picklist([0, 1, 2], 'expected 0, 1 or 2 decimals'),
    tolerance: v.pipe(v.number(), v.minValue(0, 'expected a tolerance of 0 or more')),
    unit: v.picklist(['', '%', '$', 'months', 'years'], 'expected the unit "", "%", "$", "months" or "years"'),
    compute: computeSchema,
    /** Ranges from which each instance draws fresh inputs: one per formula input. */
    vary: v.record(v.string(), rangeSchema),
    hints: v.optional(v.pipe(v.array(text), v.maxLength(3, 'expected at most 3 hints')), []),
    feedback: v.strictObject({ correct: text, incorrect: text }),
  }),
  v.forward(
    v.check((q) => sameNames(NUMERIC_FORMULAS[q.compute.formula], q.vary), (issue) => {
      const q = issue.input as { compute: { formula: keyof typeof NUMERIC_FORMULAS } };
      return `expected a range for exactly the inputs ${Object.keys(NUMERIC_FORMULAS[q.compute.formula]).join(', ')}`;
    }),
    ['vary'],
  ),
  v.forward(
    v.check((q) => q.tolerance + 1e-9 >= 0.5 * 10 ** -q.decimals, (issue) => {
      const q = issue.input as { decimals: number };
      return `expected a tolerance of at least ${0.5 * 10 ** -q.decimals}, so that an answer rounded to ${q.decimals} decimals counts as right`;
    }),
    ['tolerance'],
  ),
);

export const openQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('open'),
  modelAnswer: text,
  rubric: v.pipe(
    v.array(text),
    v.minLength(3, 'expected at least 3 rubric points'),
    v.maxLength(5, 'expected at most 5 rubric points'),
  ),
});

const exemplarSchema = v.strictObject({ answer: text, why: text });

/** A higher-order task: the learner drafts a design or an argument, then compares it with three
 * example answers of different quality and assesses it against a checklist. */
export const designQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('design'),
  /** Facts the learner works with (a segment, a budget, figures). */
  given: v.optional(v.pipe(v.array(text), v.maxLength(8, 'expected at most 8 facts')), []),
  exemplars: v.strictObject({ weak: exemplarSchema, adequate: exemplarSchema, strong: exemplarSchema }),
  checklist: v.pipe(
    v.array(text),
    v.minLength(3, 'expected at least 3 checklist points'),
    v.maxLength(6, 'expected at most 6 checklist points'),
  ),
});

export const questionSchema = v.variant('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
  numericQuestionSchema,
  openQuestionSchema,
  designQuestionSchema,
], `expected "kind" to be one of ${QUESTION_KINDS.join(', ')}`);

export const questionFileSchema = v.array(questionSchema);

export type SingleQuestion = v.InferOutput<typeof singleQuestionSchema>;
export type MultipleQuestion = v.InferOutput<typeof multipleQuestionSchema>;
export type MatchingQuestion = v.InferOutput<typeof matchingQuestionSchema>;
export type OrderingQuestion = v.InferOutput<typeof orderingQuestionSchema>;
export type NumericQuestion = v.InferOutput<typeof numericQuestionSchema>;
export type OpenQuestion = v.InferOutput<typeof openQuestionSchema>;
export type DesignQuestion = v.InferOutput<typeof designQuestionSchema>;
export type Question = v.InferOutput<typeof questionSchema>;
export type ChoiceOption = v.InferOutput<typeof optionSchema>;
