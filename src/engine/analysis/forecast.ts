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

/** Nearest-rank percentiles of the first `present` values of `sorted` (ascending). */
function band(sorted: Float64Array, present: number): Band {
  if (present === 0) return NO_VALUE;
  const rank = (q: number): number => sorted[Math.min(present, Math.max(1, Math.ceil(q * present))) - 1]!;
  return { p10: rank(0.1), p50: rank(0.5), p90: rank(0.9) };
}

/**
 * Inserts the values of `values[from, to)` that are not NaN (NaN marks a missing value, e.g. NPS
 * of nobody) into the ascending run `sorted[0, present)`, in TypedArray.prototype.sort's order
 * (−0 before +0); returns the new length. For a forecast's few dozen futures this insertion sort
 * takes a fraction of the built-in sort's time, most of which is calling it.
 */
function insertSorted(sorted: Float64Array, present: number, values: Float64Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    let j = present++;
    for (; j > 0; j--) {
      const y = sorted[j - 1]!;
      if (y < x || (y === x && (y !== 0 || 1 / y <= 1 / x))) break;
      sorted[j] = y;
    }
    sorted[j] = x;
  }
  return present;
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
 * The raw outcomes of futures k = from … to − 1 of one forecast: what a helper thread computes for
 * its share of the futures (plain typed arrays, cheap to send). Each array is laid out
 * [month × (to − from) + (k − from)], so a month's futures sit side by side.
 */
export interface ForecastSamples {
  readonly from: number;
  readonly to: number;
  /** The month the forecast starts from, and how many months it covers. */
  readonly startMonth: number;
  readonly months: number;
  /** One array per TOTAL_FIELDS entry. */
  readonly totals: readonly Float64Array[];
  /** One array per segment, in the scenario's order. */
  readonly segmentActive: readonly Float64Array[];
  readonly segmentNps: readonly Float64Array[];
  /** Per future, when the futures reach the end of the game: cumulative profit plus customer equity. */
  readonly endValues: Float64Array | null;
}

/** Months and futures a forecast covers: `options.months` stops at the scenario's end. */
function extent(run: RunState, options: ForecastOptions): { months: number; seeds: number } {
  return {
    months: Math.max(0, Math.min(Math.floor(options.months), run.scenario.months - run.month)),
    seeds: Math.max(0, Math.floor(options.seeds)),
  };
}

/**
 * Plays `decisions` every month for `options.months` months (at most to the scenario's end) in
 * futures `from` … `to` − 1 of the `options.seeds` futures of `run` (all of them by default). `run`
 * itself is never changed. Throws InvalidInputError for decisions the engine rejects.
 */
export function forecastSamples(run: RunState, decisions: Decisions, options: ForecastOptions, from = 0, to = options.seeds): ForecastSamples {
  const { months, seeds } = extent(run, options);
  const first = Math.max(0, Math.min(Math.floor(from), seeds));
  const end = Math.max(first, Math.min(Math.floor(to), seeds));
  const n = end - first;
  const segments = run.scenario.segments.length;
  const size = months * n;
  const toEnd = months > 0 && run.month + months === run.scenario.months;
  const samples: ForecastSamples = {
    from: first,
    to: end,
    startMonth: run.month,
    months,
    totals: TOTAL_FIELDS.map(() => new Float64Array(size)),
    segmentActive: Array.from({ length: segments }, () => new Float64Array(size)),
    segmentNps: Array.from({ length: segments }, () => new Float64Array(size)),
    endValues: toEnd ? new Float64Array(n) : null,
  };
  if (size === 0) return samples;
  const spend = decisionsToCents(run.scenario, decisions);
  if (!spend.ok) throw new InvalidInputError(spend.error);
  let future: RunState | null = null;
  for (let k = first; k < end; k++) {
    future = forkRun(run, `${options.seedPrefix}/${k}`, future);
    for (let m = 0; m < months; m++) {
      const tallies = stepFuture(future, spend.value);
      const at = m * n + (k - first);
      const values = totals(tallies, future.cashCents);
      for (let f = 0; f < TOTAL_FIELDS.length; f++) samples.totals[f]![at] = values[f]!;
      for (let s = 0; s < segments; s++) {
        samples.segmentActive[s]![at] = tallies[s]!.active;
        samples.segmentNps[s]![at] = orMissing(npsOf(tallies[s]!));
      }
    }
    // Futures that reach the end of the game are valued there (what the score measures).
    if (samples.endValues) samples.endValues[k - first] = money(future.cashCents) - run.scenario.startingCash + customerEquity(future, spend.value, { churnStep: EQUITY_CHURN_STEP }).total;
  }
  return samples;
}

/**
 * The forecast's bands from the samples of all its futures, split into parts in any way (each part
 * computed by forecastSamples for the same run, decisions and options). Throws if the parts do not
 * cover futures 0 … seeds − 1 exactly once.
 */
export function forecastFromSamples(run: RunState, options: ForecastOptions, parts: readonly ForecastSamples[]): ForecastMonth[] {
  const { months, seeds } = extent(run, options);
  if (months === 0 || seeds === 0) return [];
  const ordered = [...parts].sort((a, b) => a.from - b.from);
  let covered = 0;
  for (const part of ordered) {
    if (part.from !== covered || part.startMonth !== run.month || part.months !== months) throw new InvalidInputError('The parts of a forecast do not fit together.');
    covered = part.to;
  }
  if (covered !== seeds) throw new InvalidInputError('The parts of a forecast do not cover all its futures.');
  const sorted = new Float64Array(seeds);
  /** Band of month m of one quantity, `pick` giving that quantity's array in a part. */
  const bandOf = (m: number, pick: (part: ForecastSamples) => Float64Array | null): Band => {
    let present = 0;
    for (const part of ordered) {
      const n = part.to - part.from;
      const values = pick(part);
      if (values) present = insertSorted(sorted, present, values, m * n, (m + 1) * n);
    }
    return band(sorted, present);
  };
  const segmentIds = run.scenario.segments.map((s) => s.id);
  const out: ForecastMonth[] = [];
  for (let m = 0; m < months; m++) {
    const bands = TOTAL_FIELDS.map((_, f) => bandOf(m, (part) => part.totals[f]!));
    const segments: Record<string, { active: Band; nps: Band }> = {};
    segmentIds.forEach((id, s) => {
      segments[id] = { active: bandOf(m, (part) => part.segmentActive[s]!), nps: bandOf(m, (part) => part.segmentNps[s]!) };
    });
    const last = m === months - 1 && ordered[0]!.endValues !== null;
    out.push({
      month: run.month + m + 1,
      active: bands[0]!,
      newCustomers: bands[1]!,
      profit: bands[2]!,
      cash: bands[3]!,
      nps: bands[4]!,
      churnRate: bands[5]!,
      segments,
      ...(last ? { value: bandOf(0, (part) => part.endValues) } : {}),
    });
  }
  return out;
}

/**
 * Plays `decisions` every month for `options.months` months (at most to the scenario's end) in
 * `options.seeds` futures of `run`. `run` itself is never changed. Throws InvalidInputError for
 * decisions the engine rejects.
 */
export function forecast(run: RunState, decisions: Decisions, options: ForecastOptions): ForecastMonth[] {
  return forecastFromSamples(run, options, [forecastSamples(run, decisions, options)]);
}
