// Schemas of the six question kinds (content/questions/LESSON_ID.yaml is a list of these).
import * as v from 'valibot';
import { allUnique, kebabId, text } from './schema-common';
import { NUMERIC_FORMULA_NAMES, NUMERIC_FORMULAS } from './numeric-formulas';

export const QUESTION_KINDS = ['single', 'multiple', 'matching', 'ordering', 'numeric', 'open'] as const;
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
    v.check((compute) => {
      const needed: readonly string[] = NUMERIC_FORMULAS[compute.formula];
      const given = Object.keys(compute.inputs);
      return needed.every((name) => given.includes(name)) && given.every((name) => needed.includes(name));
    }, (issue) => {
      const compute = issue.input as { formula: keyof typeof NUMERIC_FORMULAS };
      return `expected exactly the inputs ${NUMERIC_FORMULAS[compute.formula].join(', ')} for the formula "${compute.formula}"`;
    }),
    ['inputs'],
  ),
);

export const numericQuestionSchema = v.strictObject({
  ...baseEntries,
  kind: v.literal('numeric'),
  answer: v.number(),
  tolerance: v.pipe(v.number(), v.minValue(0, 'expected a tolerance of 0 or more')),
  unit: v.string(),
  compute: computeSchema,
  feedback: v.strictObject({ correct: text, incorrect: text }),
});

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

export const questionSchema = v.variant('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
  numericQuestionSchema,
  openQuestionSchema,
], `expected "kind" to be one of ${QUESTION_KINDS.join(', ')}`);

export const questionFileSchema = v.array(questionSchema);

export type SingleQuestion = v.InferOutput<typeof singleQuestionSchema>;
export type MultipleQuestion = v.InferOutput<typeof multipleQuestionSchema>;
export type MatchingQuestion = v.InferOutput<typeof matchingQuestionSchema>;
export type OrderingQuestion = v.InferOutput<typeof orderingQuestionSchema>;
export type NumericQuestion = v.InferOutput<typeof numericQuestionSchema>;
export type OpenQuestion = v.InferOutput<typeof openQuestionSchema>;
export type Question = v.InferOutput<typeof questionSchema>;
export type ChoiceOption = v.InferOutput<typeof optionSchema>;
