// Schema of a lesson's YAML front matter (content/lessons/NN-ID.md).
import * as v from 'valibot';
import { allUnique, idList, kebabId, seedFileName, text } from './schema-common';

export const objectiveSchema = v.strictObject({
  id: kebabId,
  text,
});

const amount = v.pipe(v.number(), v.minValue(0, 'expected an amount of 0 or more'));

/** "Try it" in the game: a scenario (optionally run for some months first), a change, a prediction. */
export const tryItSchema = v.strictObject({
  scenario: kebabId,
  prepare: v.optional(v.strictObject({
    months: v.pipe(v.number(), v.integer('expected a whole number of months'), v.minValue(1, 'expected at least 1 month')),
    spend: v.record(kebabId, v.record(kebabId, amount)),
  })),
  change: text,
  predict: text,
  lookFor: text,
});

export const lessonFrontMatterSchema = v.strictObject({
  id: kebabId,
  title: text,
  order: v.pipe(v.number(), v.integer('expected a whole number'), v.minValue(1, 'expected a position of 1 or more')),
  summary: text,
  minutes: v.pipe(v.number(), v.minValue(1, 'expected a reading time of at least 1 minute'), v.maxValue(120, 'expected a reading time of at most 120 minutes')),
  objectives: v.pipe(
    v.array(objectiveSchema),
    v.minLength(1, 'expected at least one objective'),
    v.check((list) => allUnique(list.map((o) => o.id)), 'expected objective ids to be unique within the lesson'),
  ),
  keyTerms: v.optional(idList, []),
  sources: v.optional(v.array(seedFileName), []),
  questions: v.pipe(
    idList,
    v.check((ids) => allUnique(ids), 'expected each question id to be listed once'),
  ),
  tryIt: v.optional(tryItSchema),
});

export type Objective = v.InferOutput<typeof objectiveSchema>;
export type TryIt = v.InferOutput<typeof tryItSchema>;
export type LessonFrontMatter = v.InferOutput<typeof lessonFrontMatterSchema>;
