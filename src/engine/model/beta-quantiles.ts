// Beta(α, β) draws by inverting the distribution function: the quantiles at 1,024 equal-probability
// steps are computed once per (α, β) with stdlib's pure-JS inverse incomplete beta function, and a
// draw picks a step with one uniform and interpolates linearly inside it. Each step holds exactly
// its 1/1024 of probability. The two end steps, where the density can be steep or unbounded, are
// tabulated again at 256 finer steps, and inside the outermost of those (1 draw in 262,144) the
// quantile is computed exactly. The flattened shape inside steps changes survival curves by far less
// than sampling error (tests/unit/engine). One uniform per draw, no hidden state.
//
// Each draw also gives the customer's θ band (population.ts): most steps lie inside one band,
// which the table records, so only draws in steps that straddle a band edge look it up.
import betaincinv from '@stdlib/math-base-special-betaincinv';
import { bandOf } from './population';

const STEPS = 1024;
const FINE = 256;

export interface BetaTable {
  readonly alpha: number;
  readonly beta: number;
  /** Quantiles at k / STEPS, k = 0 … STEPS. */
  readonly main: Float64Array;
  /** Quantiles at i / (STEPS × FINE) and 1 − i / (STEPS × FINE), i = 0 … FINE. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** The θ band of main step k, or −1 where the step straddles a band edge. */
  readonly stepBand: Int8Array;
}

// Built once per (α, β): about 1,500 exact inversions, tens of milliseconds.
const tables = new Map<number, Map<number, BetaTable>>();

export function betaTable(alpha: number, beta: number): BetaTable {
  let byBeta = tables.get(alpha);
  if (!byBeta) tables.set(alpha, (byBeta = new Map()));
  let table = byBeta.get(beta);
  if (!table) {
    const main = new Float64Array(STEPS + 1);
    main[STEPS] = 1;
    for (let k = 1; k < STEPS; k++) main[k] = betaincinv(k / STEPS, alpha, beta);
    const low = new Float64Array(FINE + 1);
    const high = new Float64Array(FINE + 1);
    low[FINE] = main[1]!;
    high[0] = main[STEPS - 1]!;
    high[FINE] = 1;
    for (let i = 1; i < FINE; i++) {
      low[i] = betaincinv(i / (STEPS * FINE), alpha, beta);
      high[i] = betaincinv(1 - (FINE - i) / (STEPS * FINE), alpha, beta);
    }
    const stepBand = new Int8Array(STEPS);
    for (let k = 0; k < STEPS; k++) {
      const b = bandOf(main[k]!);
      stepBand[k] = b === bandOf(main[k + 1]!) ? b : -1;
    }
    table = { alpha, beta, main, low, high, stepBand };
    byBeta.set(beta, table);
  }
  return table;
}

/** Linear interpolation at x (in steps) in `values`, whose step `k = x | 0` is known. */
function interpolate(values: Float64Array, x: number, k: number): number {
  const lo = values[k]!;
  return lo + (x - k) * (values[k + 1]! - lo);
}

/** Where the end steps leave their quantile (see betaQuantile). */
const endValue = new Float64Array(1);

/** The Beta(α, β) quantile at p in [0, 1): a draw of θ when p is a uniform draw. */
export function betaQuantile(table: BetaTable, p: number): number {
  const x = p * STEPS;
  const k = x | 0;
  if (k > 0 && k < STEPS - 1) return interpolate(table.main, x, k);
  // The end steps (2 draws in 1,024) hand their value back through a Float64Array: when they
  // returned it, V8 boxed the θ of every newcomer, one heap number per customer (measured: about
  // 4 % of a forecast).
  endQuantile(table, p, x, k);
  return endValue[0]!;
}

/** The quantile at p in end step k (0 or STEPS − 1) of the main table, into endValue[0]: the step's
 * own finer table, exact in the outermost fine step. */
function endQuantile(table: BetaTable, p: number, x: number, k: number): void {
  const fine = (k === 0 ? x : x - k) * FINE;
  const j = fine | 0;
  const outermost = k === 0 ? j === 0 : j === FINE - 1;
  endValue[0] = outermost ? betaincinv(p, table.alpha, table.beta) : interpolate(k === 0 ? table.low : table.high, fine, j);
}

/** The θ band of `theta = betaQuantile(table, p)`, mostly read from the table. */
export function betaBand(table: BetaTable, p: number, theta: number): number {
  const b = table.stepBand[(p * STEPS) | 0]!;
  return b >= 0 ? b : bandOf(theta);
}
