// The saved progress format, one schema per version (v1 is the first, v2 the current). Old
// versions stay here so their saves can still be read and migrated; readable messages name the
// damaged field.
import * as v from 'valibot';

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const answerRecordV1 = v.object({
  attempts: v.pipe(count, v.minValue(1)),
  correctAttempts: count,
  lastResult: v.picklist(['correct', 'incorrect']),
  /** Share of the question got right on the last attempt, from 0 to 1. */
  lastScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  firstAnsweredAt: timestamp,
  lastAnsweredAt: timestamp,
});

const lessonRecordV1 = v.object({
  openedAt: timestamp,
  readAt: v.nullable(timestamp),
  completedAt: v.nullable(timestamp),
});

const reviewEntryV1 = v.object({
  /** Position in the interval ladder (0 = due at once). */
  step: count,
  dueAt: timestamp,
  addedAt: timestamp,
  lastReviewedAt: v.nullable(timestamp),
  /** How many times the question was missed while in the queue. */
  lapses: count,
});

export const progressDataV1Schema = v.object({
  answers: v.record(v.string(), answerRecordV1),
  lessons: v.record(v.string(), lessonRecordV1),
  review: v.record(v.string(), reviewEntryV1),
});

// Version 2: a per-learner id (for option orders and parametric variants), the order shown and the
// response recorded with each answer, review entries that name their item (a lesson question or a
// decision point missed in play, stored whole), variants drawn per numeric question, predictions
// written in "Try it" blocks and counts of the misconceptions seen in wrong answers.

const shortId = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const shortText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** What the learner saw and did on an attempt. */
const attemptV2 = v.object({
  /** Option, pair or item ids in the order shown. */
  shown: v.optional(v.array(shortId)),
  /** Chosen option ids; the order given (ordering); left id → right id (matching); the number typed (numeric); points ticked (open, design). */
  response: v.optional(v.union([v.array(shortId), v.record(v.string(), v.string()), v.number()])),
  /** For a numeric question: which instance (n) and its inputs. */
  variant: v.optional(v.object({ n: count, inputs: v.record(v.string(), v.number()) })),
  /** Misconception tags this attempt showed. */
  misconceptions: v.optional(v.array(shortId)),
  /** For a design task: the example answer the learner judged theirs closest to. */
  level: v.optional(v.picklist(['weak', 'adequate', 'strong'])),
});

const answerRecordV2 = v.object({
  ...answerRecordV1.entries,
  last: v.optional(attemptV2),
});

const playOptionV2 = v.object({
  id: shortId,
  text: shortText(600),
  correct: v.boolean(),
  feedback: shortText(1000),
  misconception: v.optional(shortId),
});

/** A review item: a lesson question (by id) or a decision point from play, stored whole. */
export const reviewItemV2 = v.variant('source', [
  v.object({ source: v.literal('lesson'), questionId: shortId }),
  v.object({
    source: v.literal('play'),
    scenarioId: shortId,
    scenarioTitle: shortText(200),
    pointId: shortId,
    prompt: shortText(1000),
    options: v.pipe(
      v.array(playOptionV2),
      v.minLength(2),
      v.maxLength(6),
      v.check((options) => options.filter((o) => o.correct).length === 1, 'exactly one right option'),
      v.check((options) => new Set(options.map((o) => o.id)).size === options.length, 'unique option ids'),
    ),
    /** Shown after any answer (the decision point's insight or explanation). */
    explanation: v.optional(shortText(1500)),
    /** The lesson that teaches the point, if any. */
    lesson: v.optional(shortId),
  }),
]);

const reviewEntryV2 = v.object({
  item: reviewItemV2,
  ...reviewEntryV1.entries,
});

export const progressDataV2Schema = v.object({
  /** Random, created on first use; derives option orders and variants. */
  learnerId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{6,64}$/))),
  answers: v.record(v.string(), answerRecordV2),
  lessons: v.record(v.string(), lessonRecordV1),
  review: v.record(v.string(), reviewEntryV2),
  /** Per numeric question: how many instances were drawn (the current one is n) and whether it was answered. */
  variants: v.record(v.string(), v.object({ n: count, answered: v.boolean() })),
  /** Per lesson: the prediction written in its "Try it" block. */
  predictions: v.record(v.string(), v.object({ text: v.pipe(v.string(), v.maxLength(4000)), savedAt: timestamp })),
  /** Per misconception tag: wrong answers that showed it, and when the last one was. */
  misconceptions: v.record(v.string(), v.object({ count: v.pipe(count, v.minValue(1)), lastAt: timestamp })),
});

export type AnswerRecord = v.InferOutput<typeof answerRecordV2>;
export type Attempt = v.InferOutput<typeof attemptV2>;
export type LessonRecord = v.InferOutput<typeof lessonRecordV1>;
export type ReviewItem = v.InferOutput<typeof reviewItemV2>;
export type PlayReviewItem = Extract<ReviewItem, { source: 'play' }>;
export type ReviewEntry = v.InferOutput<typeof reviewEntryV2>;
export type AnswerResult = AnswerRecord['lastResult'];
/** The current progress data (what is persisted and exported). */
export type ProgressData = v.InferOutput<typeof progressDataV2Schema>;
export type ProgressDataV1 = v.InferOutput<typeof progressDataV1Schema>;

/** The schema of each saved version, by version number. */
export const PROGRESS_SCHEMAS: Readonly<Record<number, v.GenericSchema>> = {
  1: progressDataV1Schema,
  2: progressDataV2Schema,
};

export function emptyProgress(): ProgressData {
  return { answers: {}, lessons: {}, review: {}, variants: {}, predictions: {}, misconceptions: {} };
}

/** Validates `data` against the schema of `version`; on failure returns a sentence naming the field. */
export function checkProgressData(data: unknown, version: number): { ok: true; data: unknown } | { ok: false; problem: string } {
  const schema = PROGRESS_SCHEMAS[version];
  if (!schema) return { ok: false, problem: `version ${version} is not a progress version this app knows` };
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, data: result.output };
  const issue = result.issues[0];
  const where = (issue.path ?? []).map((item) => String(item.key)).join(' → ');
  const what = issue.received === 'undefined' ? 'is missing' : `has the wrong value ${issue.received} (expected ${issue.expected ?? 'a valid value'})`;
  return { ok: false, problem: where === '' ? `the progress data ${what}` : `the field "${where}" ${what}` };
}
