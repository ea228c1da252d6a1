// Parametric numeric questions: each instance draws its inputs from the ranges in the question's
// `vary` (seeded, so the same seed always gives the same numbers), fills the prompt, hints and
// feedback templates with them, recomputes the answer from the formula and lists the wrong
// answers it recognises.
import { formatCount, formatMoney, formatNumber } from '../../engine';
import { seededRandom } from './learner-order';
import {
  evaluateFormula, formulaTraps, formulaValues, invalidInputs, type InputKind, type Inputs,
} from './numeric-formulas';
import type { NumericQuestion } from './schema-question';

export interface VaryRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export interface NumericInstance {
  /** The inputs of this instance. */
  readonly inputs: Readonly<Record<string, number>>;
  readonly answer: number;
  readonly prompt: string;
  readonly hints: readonly string[];
  readonly correctFeedback: string;
  readonly incorrectFeedback: string;
  readonly traps: readonly { readonly id: string; readonly misconception: string; readonly value: number; readonly explanation: string }[];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const DRAW_TRIES = 20;

/** The seed text of a learner's n-th instance of a question. */
export function variantKey(learnerId: string, questionId: string, n: number): string {
  return `${learnerId}|${questionId}|variant|${n}`;
}

function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** One draw: each input from its range, on its step grid, in name order. */
function drawOnce(vary: Readonly<Record<string, VaryRange>>, key: string): Record<string, number> {
  const random = seededRandom(key);
  const inputs: Record<string, number> = {};
  for (const name of Object.keys(vary).sort()) {
    const { min, max, step } = vary[name]!;
    const steps = Math.floor(clean((max - min) / step));
    inputs[name] = clean(min + step * Math.floor(random() * (steps + 1)));
  }
  return inputs;
}

/**
 * Inputs for the instance seeded by `key`: a draw whose inputs make sense for the formula (a few
 * tries), or else the question's own example inputs.
 */
export function drawInputs(question: NumericQuestion, key: string): Record<string, number> {
  for (let attempt = 0; attempt < DRAW_TRIES; attempt++) {
    const inputs = drawOnce(question.vary, attempt === 0 ? key : `${key}#${attempt}`);
    if (invalidInputs(question.compute.formula, inputs) === null) return inputs;
  }
  return { ...question.compute.inputs };
}

function smallestDecimals(value: number, most: number): number {
  for (let d = 0; d < most; d++) if (Math.abs(clean(value * 10 ** d) - Math.round(value * 10 ** d)) < 1e-9) return d;
  return most;
}

/** How a value of a kind reads in a prompt: "1,200", "$12.50", "5%", "3.25". */
export function formatValue(value: number, kind: InputKind): string {
  switch (kind) {
    case 'count': return formatCount(value);
    case 'money': return formatMoney(value, 'USD', { cents: !Number.isInteger(clean(value)) });
    case 'share': return `${formatNumber(value * 100, smallestDecimals(value * 100, 2))}%`;
    case 'number': return formatNumber(value, smallestDecimals(value, 2));
  }
}

/** The answer as shown to the learner, rounded to the decimals asked for: "$157.14", "7.5%", "12 months". */
export function formatAnswer(value: number, unit: string, decimals: number): string {
  const number = formatNumber(value, decimals);
  if (unit === '$') return value < 0 ? `-$${number.slice(1)}` : `$${number}`;
  if (unit === '%') return `${number}%`;
  return unit === '' ? number : `${number} ${unit}`;
}

/** Names used as `{name}` in a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills `{name}` placeholders; an unknown name is left as it is (the loader reports those). */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The names a question's templates may use with its formula: inputs, derived values and `answer`. */
export function templateNames(question: NumericQuestion): string[] {
  return [...Object.keys(formulaValues(question.compute.formula, question.compute.inputs)), 'answer'];
}

/** The instance of `question` with these inputs. */
export function numericInstance(question: NumericQuestion, inputs: Inputs): NumericInstance {
  const { formula } = question.compute;
  const answer = evaluateFormula(formula, inputs);
  const values: Record<string, string> = {};
  for (const [name, { value, kind }] of Object.entries(formulaValues(formula, inputs))) values[name] = formatValue(value, kind);
  values.answer = formatAnswer(answer, question.unit, question.decimals);
  const fill = (text: string) => fillTemplate(text, values);
  return {
    inputs, answer,
    prompt: fill(question.prompt),
    hints: question.hints.map(fill),
    correctFeedback: fill(question.feedback.correct),
    incorrectFeedback: fill(question.feedback.incorrect),
    traps: formulaTraps(formula, inputs),
  };
}

/** The learner's n-th instance of a question. */
export function learnerInstance(question: NumericQuestion, learnerId: string, n: number): NumericInstance {
  return numericInstance(question, drawInputs(question, variantKey(learnerId, question.id, n)));
}

/** True when `value` is within the question's tolerance of `answer`. */
export function withinTolerance(question: NumericQuestion, answer: number, value: number): boolean {
  return Math.abs(value - answer) <= question.tolerance + 1e-9;
}

/**
 * The recognised wrong answer a value matches, if any: the first trap within tolerance of the
 * value whose own value is not also within tolerance of the right answer.
 */
export function matchTrap(question: NumericQuestion, instance: NumericInstance, value: number): NumericInstance['traps'][number] | null {
  if (withinTolerance(question, instance.answer, value)) return null;
  return instance.traps.find((trap) => withinTolerance(question, trap.value, value) && !withinTolerance(question, instance.answer, trap.value)) ?? null;
}
