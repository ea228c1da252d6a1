// The compiled course the app receives (precompiled JSON from the Vite plugin): plain data only.
import type { Objective } from './schema-lesson';
import type { CoverageEntry, GlossaryTerm } from './schema-glossary';
import type { Misconception } from './schema-misconceptions';
import type { Question } from './schema-question';
import type { MeasuredMetric } from './render-markdown';
import type { MeasureExample, RetentionTable } from './model-figures';

export type { Objective, CoverageEntry, GlossaryTerm, Question, Misconception, MeasuredMetric, MeasureExample, RetentionTable };
export type {
  ChoiceOption, DesignQuestion, MatchingQuestion, MultipleQuestion, NumericQuestion, OpenQuestion,
  OrderingQuestion, QuestionKind, SingleQuestion,
} from './schema-question';

/**
 * A piece of a lesson body: rendered Markdown, the place of an inline check question, the "How
 * Rapport measures this" box for a metric, or the model's retention-economics table. The last two
 * carry figures computed from the engine when the course is built (model-figures.ts).
 */
export type LessonBlock =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'check'; readonly questionId: string }
  | { readonly kind: 'measures'; readonly metric: MeasuredMetric; readonly example?: MeasureExample }
  | { readonly kind: 'retention'; readonly scenario: string; readonly table?: RetentionTable };

/** A lesson's "Try it" block with the names of its scenario, segments and types resolved. */
export interface TryItBlock {
  readonly scenario: string;
  readonly scenarioTitle: string;
  /** The scenario's currency code, for the amounts. */
  readonly currency: string;
  readonly prepare?: {
    readonly months: number;
    readonly spend: readonly {
      readonly segment: string; readonly segmentName: string;
      readonly type: string; readonly typeName: string;
      readonly amount: number;
    }[];
  };
  readonly change: string;
  readonly predict: string;
  readonly lookFor: string;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly summary: string;
  readonly minutes: number;
  readonly objectives: readonly Objective[];
  readonly keyTerms: readonly string[];
  readonly sources: readonly string[];
  /** Every question of the lesson, in order: inline checks and the end-of-lesson check. */
  readonly questions: readonly string[];
  /** The questions shown inside the text, in order of appearance. */
  readonly inlineChecks: readonly string[];
  readonly blocks: readonly LessonBlock[];
  readonly tryIt?: TryItBlock;
}

export interface Course {
  /** Lessons in course order. */
  readonly lessons: readonly Lesson[];
  readonly questions: Readonly<Record<string, Question>>;
  /** Glossary terms sorted alphabetically by term. */
  readonly glossary: readonly GlossaryTerm[];
  readonly coverage: readonly CoverageEntry[];
  readonly misconceptions: readonly Misconception[];
}

/** The small part of the course that lists and home pages need, without lesson bodies. */
export interface CourseOutline {
  readonly lessons: readonly {
    readonly id: string;
    readonly title: string;
    readonly order: number;
    readonly summary: string;
    readonly minutes: number;
    readonly questions: readonly string[];
  }[];
  readonly glossaryCount: number;
  readonly questionCount: number;
}

/** One lesson with its questions and the names of its key terms: one lazily loaded chunk. */
export interface LessonBundle {
  readonly lesson: Lesson;
  readonly questions: Readonly<Record<string, Question>>;
  readonly keyTerms: readonly { readonly id: string; readonly term: string }[];
}

export function courseOutline(course: Course): CourseOutline {
  return {
    lessons: course.lessons.map((l) => ({
      id: l.id, title: l.title, order: l.order, summary: l.summary, minutes: l.minutes, questions: l.questions,
    })),
    glossaryCount: course.glossary.length,
    questionCount: Object.keys(course.questions).length,
  };
}

export function lessonBundle(course: Course, lesson: Lesson): LessonBundle {
  const questions: Record<string, Question> = {};
  for (const id of lesson.questions) {
    const question = course.questions[id];
    if (question) questions[id] = question;
  }
  const keyTerms = lesson.keyTerms.flatMap((id) => {
    const term = course.glossary.find((t) => t.id === id);
    return term ? [{ id, term: term.term }] : [];
  });
  return { lesson, questions, keyTerms };
}
