// The course progress store (zustand vanilla + persist): answers per question, lessons opened,
// read and completed, and the spaced review queue. Saved after every change; versioned and
// migrated; problems with the save are kept as notices for the pages to show.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createProgressStorage, type StorageLike } from './guarded-storage';
import { migrateProgress, PROGRESS_VERSION } from './progress-migrations';
import type { ProgressNotice } from './progress-notices';
import { emptyProgress, type AnswerRecord, type LessonRecord, type ProgressData } from './progress-schema';
import { afterReview, enterReview, isDue } from './spaced-review';

export const PROGRESS_STORAGE_KEY = 'rapport.progress';

/** How an answer went: `score` is the share right (0–1), `correct` whether it counts as right. */
export interface AnswerOutcome {
  readonly correct: boolean;
  readonly score: number;
}

export interface ProgressActions {
  /** Records an answer at `now` (ms since 1970, from the caller) and updates the review queue. */
  recordAnswer(questionId: string, outcome: AnswerOutcome, now: number): void;
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
  };
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

  store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        ...emptyProgress(),
        notices: [],
        recordAnswer(questionId, outcome, now) {
          const { answers, review } = get();
          const queued = review[questionId];
          const nextReview = { ...review };
          if (!outcome.correct) {
            nextReview[questionId] = queued ? afterReview(queued, false, now)! : enterReview(now);
          } else if (queued && isDue(queued, now)) {
            const moved = afterReview(queued, true, now);
            if (moved) nextReview[questionId] = moved;
            else delete nextReview[questionId];
          }
          set({ answers: { ...answers, [questionId]: nextAnswer(answers[questionId], outcome, now) }, review: nextReview });
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
          set({ answers: data.answers, lessons: data.lessons, review: data.review });
        },
        resetProgress() {
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
        partialize: (state): ProgressData => ({ answers: state.answers, lessons: state.lessons, review: state.review }),
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
  return { answers: state.answers, lessons: state.lessons, review: state.review };
}
