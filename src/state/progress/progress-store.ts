// The course progress store (zustand vanilla + persist): answers per question (with the order
// shown and the response), lessons opened, read and completed, the spaced review queue (lesson
// questions and decision points missed in play), the learner's id, numeric variants, "Try it"
// predictions and misconception counts. Saved after every change; versioned and migrated;
// problems with the save are kept as notices for the pages to show.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createProgressStorage, type StorageLike } from './guarded-storage';
import { migrateProgress, PROGRESS_VERSION } from './progress-migrations';
import type { ProgressNotice } from './progress-notices';
import { emptyProgress, type AnswerRecord, type Attempt, type LessonRecord, type ProgressData } from './progress-schema';
import { playReviewItem, reviewWithPlayMiss, type PlayMiss } from './play-review';
import { reviewAfterAnswer, type ReviewChange } from './spaced-review';

export const PROGRESS_STORAGE_KEY = 'rapport.progress';

/** How an answer went: `score` is the share right (0–1), `correct` whether it counts as right. */
export interface AnswerOutcome {
  readonly correct: boolean;
  readonly score: number;
  /** What was shown and answered, recorded with the answer. */
  readonly attempt?: Attempt;
}

export interface ProgressActions {
  /** The learner's random id, created (and saved) on first use. */
  ensureLearnerId(): string;
  /**
   * Records an answer to a lesson question at `now` (ms since 1970, from the caller), updates the
   * review queue and the misconception counts, and says what happened in the queue.
   */
  recordAnswer(questionId: string, outcome: AnswerOutcome, now: number): ReviewChange;
  /** Records an answer to a play item in the review queue (key `play:…`). */
  answerPlayItem(key: string, outcome: AnswerOutcome, now: number): ReviewChange;
  /**
   * Adds a decision point missed in play to the review queue (`chosenOptionId`: the option the
   * player picked, whose misconception tag is counted); false, and nothing saved, if it is malformed.
   */
  addPlayMiss(miss: PlayMiss, now: number, chosenOptionId?: string): boolean;
  /**
   * The instance number of a numeric question to show: the current one, or a fresh one when the
   * current one has been answered (or `fresh` is set).
   */
  variantFor(questionId: string, fresh?: boolean): number;
  savePrediction(lessonId: string, text: string, now: number): void;
  openLesson(lessonId: string, now: number): void;
  markLessonRead(lessonId: string, now: number): void;
  completeLesson(lessonId: string, now: number): void;
  /** Replaces all progress (used by import). */
  replaceProgress(data: ProgressData): void;
  resetProgress(): void;
  dismissNotice(noticeId: string): void;
}

export interface ProgressState extends ProgressData, ProgressActions {
  readonly notices: readonly ProgressNotice[];
}

export type ProgressStore = StoreApi<ProgressState>;

export interface ProgressStoreOptions {
  readonly storage: StorageLike;
  readonly key?: string;
  /** Notices known before the store exists (e.g. storage unavailable). */
  readonly initialNotices?: readonly ProgressNotice[];
  /** Makes a new learner id (default: 16 random hex digits from the Web Crypto API). */
  readonly newLearnerId?: () => string;
}

function randomLearnerId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function nextAnswer(previous: AnswerRecord | undefined, outcome: AnswerOutcome, now: number): AnswerRecord {
  const score = Math.min(1, Math.max(0, outcome.score));
  return {
    attempts: (previous?.attempts ?? 0) + 1,
    correctAttempts: (previous?.correctAttempts ?? 0) + (outcome.correct ? 1 : 0),
    lastResult: outcome.correct ? 'correct' : 'incorrect',
    lastScore: score,
    firstAnsweredAt: previous?.firstAnsweredAt ?? now,
    lastAnsweredAt: now,
    ...(outcome.attempt ? { last: outcome.attempt } : {}),
  };
}

function countMisconceptions(counts: ProgressData['misconceptions'], outcome: AnswerOutcome, now: number): ProgressData['misconceptions'] {
  const tags = outcome.correct ? [] : [...new Set(outcome.attempt?.misconceptions ?? [])];
  if (tags.length === 0) return counts;
  const next = { ...counts };
  for (const tag of tags) next[tag] = { count: (counts[tag]?.count ?? 0) + 1, lastAt: now };
  return next;
}

function lessonRecord(previous: LessonRecord | undefined, now: number): LessonRecord {
  return previous ?? { openedAt: now, readAt: null, completedAt: null };
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const pending: ProgressNotice[] = [...(options.initialNotices ?? [])];
  let store: ProgressStore | undefined;
  const report = (notice: ProgressNotice) => {
    if (!store) {
      pending.push(notice);
      return;
    }
    store.setState((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] }));
  };

  const makeId = options.newLearnerId ?? randomLearnerId;
  store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        notices: [],
        ensureLearnerId() {
          const existing = get().learnerId;
          if (existing !== undefined) return existing;
          const id = makeId();
          set({ learnerId: id });
          return id;
        },
        recordAnswer(questionId, outcome, now) {
          const { answers, review, variants, misconceptions } = get();
          const previous = answers[questionId];
          const queued = review[questionId];
          const result = reviewAfterAnswer({
            entry: queued, item: queued?.item ?? { source: 'lesson', questionId }, correct: outcome.correct, now,
            lastAnsweredAt: previous?.lastAnsweredAt ?? null, firstAnswer: previous === undefined,
          });
          const nextReview = { ...review };
          if (result.entry) nextReview[questionId] = result.entry;
          else delete nextReview[questionId];
          const variant = outcome.attempt?.variant;
          set({
            answers: { ...answers, [questionId]: nextAnswer(previous, outcome, now) },
            review: nextReview,
            misconceptions: countMisconceptions(misconceptions, outcome, now),
            ...(variant ? { variants: { ...variants, [questionId]: { n: variant.n, answered: true } } } : {}),
          });
          return result.change;
        },
        answerPlayItem(key, outcome, now) {
          const { review, misconceptions } = get();
          const entry = review[key];
          if (!entry) return 'none';
          const result = reviewAfterAnswer({
            entry, item: entry.item, correct: outcome.correct, now, lastAnsweredAt: entry.lastReviewedAt, firstAnswer: false,
          });
          const nextReview = { ...review };
          if (result.entry) nextReview[key] = result.entry;
          else delete nextReview[key];
          set({ review: nextReview, misconceptions: countMisconceptions(misconceptions, outcome, now) });
          return result.change;
        },
        addPlayMiss(miss, now, chosenOptionId) {
          const checked = playReviewItem(miss);
          if (!checked.ok) return false;
          const { review, misconceptions } = get();
          const tag = checked.item.options.find((o) => o.id === chosenOptionId && !o.correct)?.misconception;
          set({
            review: reviewWithPlayMiss(review, checked.item, now),
            misconceptions: countMisconceptions(misconceptions, { correct: false, score: 0, attempt: tag ? { misconceptions: [tag] } : undefined }, now),
          });
          return true;
        },
        variantFor(questionId, fresh = false) {
          const { variants } = get();
          const current = variants[questionId];
          if (current && !current.answered && !fresh) return current.n;
          const n = current ? current.n + 1 : 0;
          set({ variants: { ...variants, [questionId]: { n, answered: false } } });
          return n;
        },
        savePrediction(lessonId, text, now) {
          set({ predictions: { ...get().predictions, [lessonId]: { text: text.slice(0, 4000), savedAt: now } } });
        },
        openLesson(lessonId, now) {
          const { lessons } = get();
          if (lessons[lessonId]) return;
          set({ lessons: { ...lessons, [lessonId]: lessonRecord(undefined, now) } });
        },
        markLessonRead(lessonId, now) {
          const { lessons } = get();
          const record = lessonRecord(lessons[lessonId], now);
          if (record.readAt !== null) return;
          set({ lessons: { ...lessons, [lessonId]: { ...record, readAt: now } } });
        },
        completeLesson(lessonId, now) {
          const { lessons } = get();
          const record = lessonRecord(lessons[lessonId], now);
          if (record.completedAt !== null) return;
          set({ lessons: { ...lessons, [lessonId]: { ...record, readAt: record.readAt ?? now, completedAt: now } } });
        },
        replaceProgress(data) {
          set({ ...emptyProgress(), learnerId: undefined, ...progressData(data) });
        },
        resetProgress() {
          // The learner id stays: the same person starting again sees the same option orders.
          set(emptyProgress());
        },
        dismissNotice(noticeId) {
          set({ notices: get().notices.filter((n) => n.id !== noticeId) });
        },
      }),
      {
        name: options.key ?? PROGRESS_STORAGE_KEY,
        version: PROGRESS_VERSION,
        storage: createProgressStorage(options.storage, report),
        partialize: (state): ProgressData => progressData(state),
        migrate: (persisted, version) => {
          const result = migrateProgress(persisted, version);
          if (!result.ok) throw new Error(result.problem);
          return result.data;
        },
      },
    ),
  ) as unknown as ProgressStore;

  if (pending.length > 0) store.setState({ notices: pending });
  return store;
}

/** The persisted part of the state. */
export function progressData(state: ProgressData): ProgressData {
  return {
    ...(state.learnerId !== undefined ? { learnerId: state.learnerId } : {}),
    answers: state.answers, lessons: state.lessons, review: state.review,
    variants: state.variants, predictions: state.predictions, misconceptions: state.misconceptions,
  };
}
