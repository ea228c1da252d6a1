// Grading of a learner's response to each question kind: pure functions, shared by the pages
// and the tests. A result says whether it counts as right and what share was right. Responses
// name options, pairs and items by id, never by the place they were shown in: options by their
// `id`, matching pairs and ordering items by their place in the content file (`itemIds`).
import type {
  DesignQuestion, MatchingQuestion, MultipleQuestion, NumericQuestion, OpenQuestion, OrderingQuestion, SingleQuestion,
} from './schema-question';

export interface Grade {
  readonly correct: boolean;
  /** Share right, from 0 to 1. */
  readonly score: number;
  /** Parts right out of parts in total, for messages like "2 of 4 right". */
  readonly right: number;
  readonly total: number;
}

function grade(right: number, total: number): Grade {
  return { correct: right === total, score: total === 0 ? 0 : right / total, right, total };
}

export function gradeSingle(question: SingleQuestion, chosenId: string): Grade {
  const chosen = question.options.find((o) => o.id === chosenId);
  return grade(chosen?.correct ? 1 : 0, 1);
}

/** Every option counts: a right option must be ticked and a wrong one left clear. */
export function gradeMultiple(question: MultipleQuestion, chosenIds: readonly string[]): Grade {
  const chosen = new Set(chosenIds);
  const right = question.options.filter((o) => o.correct === chosen.has(o.id)).length;
  return grade(right, question.options.length);
}

/** Ids of a matching question's pairs or an ordering question's items: "0", "1", … in content order. */
export function itemIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i));
}

/** `matches[leftId]` is the id of the right side chosen for the left side `leftId`. */
export function gradeMatching(question: MatchingQuestion, matches: Readonly<Record<string, string>>): Grade {
  const right = itemIds(question.pairs.length).filter((id) => matches[id] === id).length;
  return grade(right, question.pairs.length);
}

/** `order` is the learner's order of the item ids. */
export function gradeOrdering(question: OrderingQuestion, order: readonly string[]): Grade {
  const right = itemIds(question.items.length).filter((id, i) => order[i] === id).length;
  return grade(right, question.items.length);
}

/** `answer` is the instance's own answer (a parametric question draws its inputs). */
export function gradeNumeric(question: NumericQuestion, value: number, answer = question.answer): Grade {
  return grade(Math.abs(value - answer) <= question.tolerance + 1e-9 ? 1 : 0, 1);
}

/** Self-assessment: the learner ticks the rubric points their answer covers. */
export function gradeOpen(question: OpenQuestion, coveredPoints: number): Grade {
  return grade(Math.min(coveredPoints, question.rubric.length), question.rubric.length);
}

/** Self-assessment of a design task against its checklist. */
export function gradeDesign(question: DesignQuestion, coveredPoints: number): Grade {
  return grade(Math.min(coveredPoints, question.checklist.length), question.checklist.length);
}

/**
 * Reads a number typed by a learner: accepts "12.5", "12,5", "1,200", "$1,200", "45 %", "-3".
 * Returns null when it is not a number.
 */
export function parseLearnerNumber(input: string): number | null {
  let text = input.trim().replace(/[\s$€£%]/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
