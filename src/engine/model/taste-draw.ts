// Drawing a new customer's taste class with one uniform: the class probabilities (a triangular
// sensitivity level times a triangular answering-style level, both symmetric around neutral) are
// exact, and the uniform is inverted through their cumulative sums, with a guide table (Chen and
// Asau) pointing each of 4,096 slices of [0, 1) at its first class so the search takes about one step.
import { SENSITIVITY_LEVELS, STYLE_LEVELS, tasteClass } from './population';

/** Probability of each of `levels` steps when a symmetric triangular value on [−1, 1] is rounded to the nearest step. */
export function triangularLevelProbabilities(levels: number): number[] {
  const half = (levels - 1) / 2;
  const cdf = (x: number) => (x <= -1 ? 0 : x >= 1 ? 1 : x < 0 ? ((1 + x) * (1 + x)) / 2 : 1 - ((1 - x) * (1 - x)) / 2);
  return Array.from({ length: levels }, (_, j) => cdf((j - half + 0.5) / half) - cdf((j - half - 0.5) / half));
}

interface InversionTable {
  /** Cumulative probability up to and including each class (the last is 1). */
  readonly cumulative: Float64Array;
  readonly value: Uint16Array;
  /** For each slice g of [0, 1), the first class whose cumulative probability exceeds g / GUIDE. */
  readonly guide: Uint16Array;
}

const GUIDE = 4096;

function buildTable(): InversionTable {
  const probabilities = tasteClassProbabilities();
  const n = probabilities.size;
  const cumulative = new Float64Array(n);
  const value = new Uint16Array(n);
  let sum = 0;
  let i = 0;
  for (const [k, p] of probabilities) {
    sum += p;
    cumulative[i] = sum;
    value[i] = k;
    i++;
  }
  cumulative[n - 1] = 1;
  const guide = new Uint16Array(GUIDE);
  for (let g = 0, c = 0; g < GUIDE; g++) {
    while (cumulative[c]! <= g / GUIDE) c++;
    guide[g] = c;
  }
  return { cumulative, value, guide };
}

const { cumulative, value, guide } = buildTable();

/** A taste class from one uniform u in [0, 1). */
export function drawTasteClass(u: number): number {
  let c = guide[(u * GUIDE) | 0]!;
  while (cumulative[c]! <= u) c++;
  return value[c]!;
}

/** Exact probability of each taste class. */
export function tasteClassProbabilities(): Map<number, number> {
  const sensitivity = triangularLevelProbabilities(SENSITIVITY_LEVELS);
  const style = triangularLevelProbabilities(STYLE_LEVELS);
  const out = new Map<number, number>();
  for (let l = 0; l < STYLE_LEVELS; l++) for (let j = 0; j < SENSITIVITY_LEVELS; j++) out.set(tasteClass(j, l), style[l]! * sensitivity[j]!);
  return out;
}

