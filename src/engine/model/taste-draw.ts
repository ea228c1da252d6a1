// Drawing a new customer's taste class with one uniform: the class probabilities (a triangular
// sensitivity level times a triangular answering-style level, both symmetric around neutral) are
// exact, and Walker's alias method turns one uniform into a class in constant time.
import { SENSITIVITY_LEVELS, STYLE_LEVELS, tasteClass } from './population';

/** Probability of each of `levels` steps when a symmetric triangular value on [−1, 1] is rounded to the nearest step. */
export function triangularLevelProbabilities(levels: number): number[] {
  const half = (levels - 1) / 2;
  const cdf = (x: number) => (x <= -1 ? 0 : x >= 1 ? 1 : x < 0 ? ((1 + x) * (1 + x)) / 2 : 1 - ((1 - x) * (1 - x)) / 2);
  return Array.from({ length: levels }, (_, j) => cdf((j - half + 0.5) / half) - cdf((j - half - 0.5) / half));
}

interface AliasTable {
  readonly probability: Float64Array;
  readonly alias: Uint16Array;
  readonly value: Uint16Array;
}

function buildAliasTable(): AliasTable {
  const sensitivity = triangularLevelProbabilities(SENSITIVITY_LEVELS);
  const style = triangularLevelProbabilities(STYLE_LEVELS);
  const values: number[] = [];
  const weights: number[] = [];
  for (let l = 0; l < STYLE_LEVELS; l++) {
    for (let j = 0; j < SENSITIVITY_LEVELS; j++) {
      values.push(tasteClass(j, l));
      weights.push(style[l]! * sensitivity[j]!);
    }
  }
  const n = values.length;
  const scaled = weights.map((w) => w * n);
  const probability = new Float64Array(n);
  const alias = new Uint16Array(n);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    probability[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) probability[i] = 1;
  return { probability, alias, value: Uint16Array.from(values) };
}

const table = buildAliasTable();
const SLOTS = table.value.length;

/** A taste class from one uniform u in [0, 1). */
export function drawTasteClass(u: number): number {
  const x = u * SLOTS;
  const i = x | 0;
  return table.value[x - i < table.probability[i]! ? i : table.alias[i]!]!;
}

/** Exact probability of each taste class (for tests). */
export function tasteClassProbabilities(): Map<number, number> {
  const sensitivity = triangularLevelProbabilities(SENSITIVITY_LEVELS);
  const style = triangularLevelProbabilities(STYLE_LEVELS);
  const out = new Map<number, number>();
  for (let l = 0; l < STYLE_LEVELS; l++) for (let j = 0; j < SENSITIVITY_LEVELS; j++) out.set(tasteClass(j, l), style[l]! * sensitivity[j]!);
  return out;
}

