// The saved progress format, one schema per version (v1 is the first). Old versions stay here
// so their saves can still be read and migrated; readable messages name the damaged field.
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

export type AnswerRecord = v.InferOutput<typeof answerRecordV1>;
export type LessonRecord = v.InferOutput<typeof lessonRecordV1>;
export type ReviewEntry = v.InferOutput<typeof reviewEntryV1>;
export type AnswerResult = AnswerRecord['lastResult'];
/** The current progress data (what is persisted and exported). */
export type ProgressData = v.InferOutput<typeof progressDataV1Schema>;

/** The schema of each saved version, by version number. */
export const PROGRESS_SCHEMAS: Readonly<Record<number, v.GenericSchema>> = {
  1: progressDataV1Schema,
};

export function emptyProgress(): ProgressData {
  return { answers: {}, lessons: {}, review: {} };
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
