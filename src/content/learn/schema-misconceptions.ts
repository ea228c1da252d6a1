// Schema of content/misconceptions.yaml: the misconceptions that wrong options, numeric traps and
// questions are tagged with, each with the sentence the learner reads on the Progress page.
import * as v from 'valibot';
import { kebabId, text } from './schema-common';

export const misconceptionSchema = v.strictObject({
  id: kebabId,
  /** Learner-facing, second person: "You tend to confuse churn with retention." */
  sentence: text,
  /** What to do about it, in a sentence. */
  remedy: text,
  /** The lesson that teaches the point. */
  lesson: kebabId,
});

export const misconceptionFileSchema = v.pipe(
  v.array(misconceptionSchema),
  v.minLength(1, 'expected at least one misconception'),
);

export type Misconception = v.InferOutput<typeof misconceptionSchema>;
