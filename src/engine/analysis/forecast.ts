// The forecast shown while the player plans a month: from the current run, the month's decisions
// repeated for the next months over many possible futures (each a copy of the run with fresh
// random streams), summarised per month as 10th, 50th and 90th percentile bands. A forecast knows
// only what the player knows: events under way and the chances of random ones, never a scripted
// event that has not started. When it reaches the end of the game it also gives the value created
// (profit since the start plus customer equity), from which the UI shows the projected score.
import { decisionsToCents, type Decisions } from '../model/decisions';
import { money, npsOf, ratio6 } from '../model/metrics';
import type { FutureTally } from '../model/month-tally';
import { customerEquity } from '../model/equity';
import { forkRun, type RunState } from '../model/run-state';
import { InvalidInputError } from '../model/errors';
import { stepFuture } from '../model/step';

/** Nearest-rank percentiles of one quantity over the futures. */
export interface Band {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

export interface ForecastMonth {
  readonly month: number;
  readonly active: Band;
  readonly newCustomers: Band;
  readonly profit: Band;
  readonly cash: Band;
  readonly nps: Band;
  readonly churnRate: Band;
  readonly segments: Record<string, { readonly active: Band; readonly nps: Band }>;
  /** On the game's last month only: cumulative profit since the start plus customer equity at the end. */
  readonly value?: Band;
}

export interface ForecastOptions {
  /** Months ahead (stops at the scenario's end). */
  readonly months: number;
  /** Number of possible futures. */
  readonly seeds: number;
  /** Future k is seeded with `${seedPrefix}/${k}`. */
  readonly seedPrefix: string;
}


const TOTAL_FIELDS = ['active', 'newCustomers', 'profit', 'cash', 'nps', 'churnRate'] as const;

const NO_VALUE: Band = { p10: 0, p50: 0, p90: 0 };

/** Futures are valued with churn multipliers rounded to this step (0.2 %): equity then moves by
 * well under a percent, far inside the band, and the lifetime sums are shared between futures. */
const EQUITY_CHURN_STEP = 0.002;

/** Nearest-rank percentiles of `values[from, from + n)`; NaN marks a missing value (e.g. NPS of nobody). */
function band(values: Float64Array, from: number, n: number): Band {
  const slice = values.subarray(from, from + n);
  slice.sort();
  let present = n;
  while (present > 0 && Number.isNaN(slice[present - 1]!)) present--;
  if (present === 0) return NO_VALUE;
  const rank = (q: number): number => slice[Math.min(present, Math.max(1, Math.ceil(q * present))) - 1]!;
  return { p10: rank(0.1), p50: rank(0.5), p90: rank(0.9) };
}

const orMissing = (x: number | null): number => (x === null ? Number.NaN : x);

/** The company's totals after a month of a future, in TOTAL_FIELDS order, as the month's report
 * would give them (tests/unit/engine/forecast.test.ts checks they agree with stepInPlace). */
function totals(tallies: readonly FutureTally[], cashCents: number): number[] {
  let active = 0;
  let newCustomers = 0;
  let profitCents = 0;
  let atRisk = 0;
  let customersStart = 0;
  let churnedStart = 0;
  let promoters = 0;
  let detractors = 0;
  for (const t of tallies) {
    active += t.active;
    newCustomers += t.newCustomers;
    profitCents += t.profitCents;
    atRisk += t.atRisk;
    customersStart += t.customersStart;
    churnedStart += t.churnedStart;
    promoters += t.promoters;
    detractors += t.detractors;
  }
  const nps = npsOf({ promoters, detractors, atRisk });
  return [active, newCustomers, money(profitCents), money(cashCents), orMissing(nps), orMissing(ratio6(churnedStart, customersStart))];
}

/**
 * Plays `decisions` every month for `options.months` months (at most to the scenario's end) in
 * `options.seeds` futures of `run`. `run` itself is never changed. Throws InvalidInputError for
 * decisions the engine rejects.
 */
export function forecast(run: RunState, decisions: Decisions, options: ForecastOptions): ForecastMonth[] {
  const months = Math.max(0, Math.min(Math.floor(options.months), run.scenario.months - run.month));
  const seeds = Math.max(0, Math.floor(options.seeds));
  if (months === 0 || seeds === 0) return [];
  const spend = decisionsToCents(run.scenario, decisions);
  if (!spend.ok) throw new InvalidInputError(spend.error);
  const segmentIds = run.scenario.segments.map((s) => s.id);
  // Samples laid out [field][month × seeds + k], so each month's futures sit side by side.
  const size = months * seeds;
  const totalValues = TOTAL_FIELDS.map(() => new Float64Array(size));
  const segActive = segmentIds.map(() => new Float64Array(size));
  const segNps = segmentIds.map(() => new Float64Array(size));
  // Futures that reach the end of the game are valued there (what the score measures).
  const toEnd = run.month + months === run.scenario.months;
  const endValues = new Float64Array(toEnd ? seeds : 0);
  let future: RunState | null = null;
  for (let k = 0; k < seeds; k++) {
    future = forkRun(run, `${options.seedPrefix}/${k}`, future);
    for (let m = 0; m < months; m++) {
      const tallies = stepFuture(future, spend.value);
      const at = m * seeds + k;
      const values = totals(tallies, future.cashCents);
      for (let f = 0; f < TOTAL_FIELDS.length; f++) totalValues[f]![at] = values[f]!;
      for (let s = 0; s < segmentIds.length; s++) {
        segActive[s]![at] = tallies[s]!.active;
        segNps[s]![at] = orMissing(npsOf(tallies[s]!));
      }
    }
    if (toEnd) endValues[k] = money(future.cashCents) - run.scenario.startingCash + customerEquity(future, spend.value, { churnStep: EQUITY_CHURN_STEP }).total;
  }
  const out: ForecastMonth[] = [];
  for (let m = 0; m < months; m++) {
    const from = m * seeds;
    const bands = totalValues.map((values) => band(values, from, seeds));
    const segments: Record<string, { active: Band; nps: Band }> = {};
    segmentIds.forEach((id, s) => {
      segments[id] = { active: band(segActive[s]!, from, seeds), nps: band(segNps[s]!, from, seeds) };
    });
    out.push({
      month: run.month + m + 1,
      active: bands[0]!,
      newCustomers: bands[1]!,
      profit: bands[2]!,
      cash: bands[3]!,
      nps: bands[4]!,
      churnRate: bands[5]!,
      segments,
      ...(toEnd && m === months - 1 ? { value: band(endValues, 0, seeds) } : {}),
    });
  }
  return out;
}
