// One month of the model, in the order of docs/model.md: the plan is checked against the budget
// and the cash, spend takes effect (service levels ramp), prospects adopt, everyone active pays,
// customers churn, metrics are recorded.
// `step` is pure (returns a new state); `stepInPlace` advances a state the caller owns.
import { budgetCents, interestCents, spendProblem } from './budget';
import { decisionsToCents, type Decisions, type Result } from './decisions';
import { drawBinomial } from './distributions';
import { uniform } from './rng';
import { ageEvents, eventCostFor, eventModifiers, startScenarioEvents } from './events';
import { churnPass, satisfactionDetail } from './churn';
import { predictedClv } from './clv-predicted';
import { totalTally, toMetrics } from './metrics';
import type { MonthReport, Metrics } from './metrics-types';
import type { FutureTally, MonthTally } from './month-tally';
import { TYPE_COUNT } from './relationship-types';
import { scenarioTables } from './scenario-tables';
import { addCustomers, cloneRun, type ActiveEvent, type RunState, type SegmentState } from './run-state';
import { rampLevels, segmentEffects, strengths, type SegmentEffects } from './service-effects';
import { stateHash } from './state-hash';
import { hasTenureEffects, tenureWeighted, tenureYears } from './tenure';

export function step(run: RunState, decisions: Decisions): Result<{ state: RunState; report: MonthReport }> {
  const next = cloneRun(run);
  const result = stepInPlace(next, decisions);
  return result.ok ? { ok: true, value: { state: next, report: result.value } } : result;
}

export interface StepOptions {
  /** Compute the state hash (default true). Forecasts and counterfactuals that never verify a
   * replay may skip it for speed; their report's `hash` is then the empty string. */
  readonly hash?: boolean;
  /** Research paid this month (customer surveys), in cents per segment index: it counts against
   * the month's budget with the relationship spend and is booked in the segment's costs. */
  readonly researchCents?: readonly number[];
}

export function stepInPlace(run: RunState, decisions: Decisions, options: StepOptions = {}): Result<MonthReport> {
  const { scenario } = run;
  if (run.month >= scenario.months) return { ok: false, error: `the scenario has ended after month ${scenario.months}` };
  const spend = decisionsToCents(scenario, decisions);
  if (!spend.ok) return spend;
  const research = options.researchCents ?? [];
  const problem = spendProblem(run, spend.value, research.reduce((a, b) => a + b, 0));
  if (problem) return { ok: false, error: problem };
  const budget = budgetCents(run) / 100;
  const start = startMonth(run, true, research);
  const tallies = run.segments.map((state, s) => segmentMonth(run, state, s, start, spend.value[s]!, true));
  // The events active this month, listed before they age.
  const events = run.events.slice();
  endMonth(run, start.month, tallies);
  const eventsThisMonth = events.map((e) => ({
    id: e.id,
    title: e.title,
    segment: e.segment === -1 ? null : scenario.segments[e.segment]!.id,
  }));
  const segments: Record<string, Metrics> = {};
  tallies.forEach((t, s) => { segments[scenario.segments[s]!.id] = toMetrics(t); });
  const total = toMetrics(totalTally(tallies, run.cashCents));
  const report: MonthReport = { month: start.month, budget, total, segments, events: eventsThisMonth, hash: options.hash === false ? '' : stateHash(run) };
  run.reports.push(report);
  return { ok: true, value: report };
}

/**
 * One month of a throwaway future (forecasts): the same model and the same draws as stepInPlace,
 * but nothing is recorded that only a kept run needs: no report, no cohort values or survival
 * curves, no predicted CLV, no hash; and no scripted event starts (a forecast knows only what the
 * player knows). `spendCents` comes from decisionsToCents; the run must not have ended. Returns each
 * segment's tally.
 */
export function stepFuture(run: RunState, spendCents: readonly (readonly number[])[]): FutureTally[] {
  const start = startMonth(run, false);
  const tallies = run.segments.map((state, s) => segmentMonth(run, state, s, start, spendCents[s]!, false));
  endMonth(run, start.month, tallies);
  return tallies;
}

interface MonthStart {
  readonly month: number;
  /** The events that start this month. */
  readonly starting: ActiveEvent[];
  /** Interest due on negative cash at the start of the month. */
  readonly interestCents: number;
  /** Research paid this month, in cents per segment index. */
  readonly researchCents: readonly number[];
}

/** Starts this month's events (scripted ones only when `scripted`); returns the month's number, the events that start and the interest due. */
function startMonth(run: RunState, scripted = true, researchCents: readonly number[] = []): MonthStart {
  const month = run.month + 1;
  const before = run.events.length;
  startScenarioEvents(run, month, scripted);
  // Starting events are appended.
  return { month, starting: run.events.slice(before), interestCents: interestCents(run), researchCents };
}

/** Books the month's profit, remembers its revenue (a budget may grow with it) and ages the events. */
function endMonth(run: RunState, month: number, tallies: readonly FutureTally[]): void {
  let profit = 0;
  let revenue = 0;
  for (const t of tallies) {
    profit += t.profitCents;
    revenue += t.revenueCents + t.expansionCents;
  }
  run.cashCents += profit;
  run.lastRevenueCents = revenue;
  run.month = month;
  ageEvents(run.events);
}

/** A company-wide amount split over the segments: equal parts, the remainder on the first. */
function shareOf(cents: number, s: number, segments: number): number {
  return cents === 0 ? 0 : Math.floor(cents / segments) + (s === 0 ? cents % segments : 0);
}

function segmentMonth(run: RunState, state: SegmentState, s: number, start: MonthStart, spendCents: readonly number[], record: true): MonthTally;
function segmentMonth(run: RunState, state: SegmentState, s: number, start: MonthStart, spendCents: readonly number[], record: false): FutureTally;
/** One segment's month; `record` adds what only a kept run needs (cohort values, survival, CLV). */
function segmentMonth(
  run: RunState,
  state: SegmentState,
  s: number,
  start: MonthStart,
  spendCents: readonly number[],
  record: boolean,
): FutureTally | MonthTally {
  const { scenario } = run;
  const { month, starting } = start;
  const segment = scenario.segments[s]!;
  const model = scenario.model;
  const tenure = model.tenure;
  const customersStart = state.pop.count;

  // 1. Spend takes effect.
  const tables = scenarioTables(scenario);
  rampLevels(tables, s, state.levels, spendCents, customersStart);
  const strength = strengths(tables, state.levels, customersStart);
  let effects: SegmentEffects = segmentEffects(scenario, tables, s, state.levels, strength, state.coCreated, eventModifiers(run.events, s));
  if (uniform(state.streams.events) < effects.privacyHazard) {
    const incident = model.privacyIncident;
    const event: ActiveEvent = { id: 'privacy-incident', title: 'Privacy incident', segment: s, effect: incident, remaining: incident.duration };
    run.events.push(event);
    starting.push(event);
    effects = segmentEffects(scenario, tables, s, state.levels, strength, state.coCreated, eventModifiers(run.events, s));
  }

  // 2. Acquisition: the Bass hazard p + q·A/M, with A the word-of-mouth weight of last month's
  // customers. The organic hazard (brand and word of mouth, without any relationship effect) tells
  // how many of the new customers the relationship spend brought (paid acquisition).
  const prospects = Math.max(0, segment.marketSize - state.everAcquired);
  const reach = state.wordOfMouth / segment.marketSize;
  const external = segment.bass.p * effects.pMultiplier;
  const imitation = Math.max(0, segment.bass.q * effects.qMultiplier * reach);
  const hazard = Math.min(1, external + imitation);
  const organic = Math.min(hazard, segment.bass.p * effects.pOrganic + Math.max(0, segment.bass.q * effects.qOrganic * reach));
  const newCustomers = drawBinomial(state.streams.acquisition, prospects, hazard);
  const referrals = newCustomers > 0 && imitation > 0 ? drawBinomial(state.streams.referrals, newCustomers, imitation / hazard) : 0;
  const paidCustomers = hazard > 0 ? (newCustomers * (hazard - organic)) / hazard : 0;
  state.everAcquired += newCustomers;
  if (newCustomers > 0) addCustomers(state, segment, newCustomers, month);

  // 3. Everyone active pays this month's margin (growing with tenure), plus expansion; serving
  // them costs (falling with tenure).
  const atRisk = state.pop.count;
  const tenured = hasTenureEffects(tenure);
  const marginCents = segment.margin * 100 * effects.marginFactor;
  const paying = tenured ? tenureWeighted(state.cohortAlive, month, tenure, tenure.marginPerYear) : atRisk;
  const served = tenured ? tenureWeighted(state.cohortAlive, month, tenure, -tenure.serveSavingPerYear) : atRisk;
  const revenueCents = Math.round(paying * marginCents);
  const expansionCents = Math.round(paying * marginCents * effects.expansionShare);
  const serveCentsEach = segment.serveCost * 100 * effects.serveCostShare;
  const serveCents = Math.round(served * serveCentsEach);
  const netMargin = (marginCents * (1 + effects.expansionShare) - serveCentsEach) / 100;
  if (record) collectCohortValue(run, state, month, marginCents * (1 + effects.expansionShare), serveCentsEach);

  // 4. Churn. Churn and retention rates count the customers of the start of the month.
  const tally = churnPass(state.pop, model, effects.satisfactionShift, segment.tasteSpread, effects.churnFactor, state.cohortAlive, state.streams.churn);
  // Read now, while the pass's scratch tables are this segment's.
  const detail = record ? satisfactionDetail() : null;
  const churnedNew = newCustomers - (state.cohortAlive[month] ?? 0);
  if (record) recordSurvival(state, month);

  // 5. Money and memory for next month.
  const spendTotal = spendCents.reduce((a, b) => a + b, 0);
  let acquisitionSpend = 0;
  for (let k = 0; k < TYPE_COUNT; k++) acquisitionSpend += spendCents[k]! * tables.acquisitionShare[k]!;
  const segments = scenario.segments.length;
  const eventCents = eventCostFor(starting, s, segments);
  const interest = shareOf(start.interestCents, s, segments);
  const researchCents = start.researchCents[s] ?? 0;
  const profitCents = revenueCents + expansionCents - spendTotal - serveCents - eventCents - interest - researchCents;
  state.cumulativeProfitCents += profitCents;
  state.wordOfMouth = tenure.referralPerYear === 0 || state.pop.count === 0
    ? tally.wordOfMouth
    : (tally.wordOfMouth * tenureWeighted(state.cohortAlive, month, tenure, tenure.referralPerYear)) / state.pop.count;
  state.thetaSum -= tally.thetaLost;
  state.coCreated = effects.coCreated;

  const future: FutureTally = {
    prospects,
    newCustomers,
    referrals,
    paidCustomers,
    customersStart,
    atRisk,
    active: state.pop.count,
    churned: tally.churned,
    churnedStart: tally.churned - churnedNew,
    revenueCents,
    expansionCents,
    spendCents,
    acquisitionSpendCents: Math.round(acquisitionSpend),
    serveCents,
    eventCents,
    interestCents: interest,
    researchCents,
    profitCents,
    cashCents: state.cumulativeProfitCents,
    promoters: tally.promoters,
    detractors: tally.detractors,
    engagement: effects.engagement,
    netMargin,
  };
  if (detail === null) return future;
  let realizedValue = 0;
  let acquiredInGame = 0;
  for (let k = 1; k < state.cohortSize.length; k++) {
    realizedValue += state.cohortValue[k]!;
    acquiredInGame += state.cohortSize[k]!;
  }
  return {
    ...future,
    ...detail,
    levels: Array.from(state.levels),
    clvPredicted: predictedClv(segment, model, netMargin, (marginCents * (1 + effects.expansionShare) * tenure.marginPerYear + serveCentsEach * tenure.serveSavingPerYear) / 100, effects.satisfactionShift, effects.churnFactor, scenario.discountRate),
    realizedValue,
    acquiredInGame,
  };
}

/**
 * Adds this month's discounted net margin of each cohort's paying customers to its value: margin
 * (with expansion) and cost to serve in cents per customer before tenure, which then applies by age.
 */
function collectCohortValue(run: RunState, state: SegmentState, month: number, marginCents: number, serveCents: number): void {
  const tenure = run.scenario.model.tenure;
  const v = 1 / (1 + run.scenario.discountRate);
  // A cohort of month k ≥ 1 is valued at month k; the initial customers (k = 0) at month 1.
  let factor = 1;
  for (let k = month; k >= 0; k--) {
    if (k < state.cohortSize.length && state.cohortAlive[k]! > 0) {
      const years = tenureYears(tenure, month - k);
      const net = (marginCents * (1 + tenure.marginPerYear * years) - serveCents * (1 - tenure.serveSavingPerYear * years)) / 100;
      state.cohortValue[k]! += state.cohortAlive[k]! * net * factor;
    }
    if (k > 1) factor *= v;
  }
}

/** Survival by age: initial customers have faced `month` churn draws, a cohort of month k faces month − k + 1. */
function recordSurvival(state: SegmentState, month: number): void {
  for (let k = 0; k < state.cohortSize.length; k++) {
    const size = state.cohortSize[k]!;
    if (size === 0) continue;
    const age = k === 0 ? month : month - k + 1;
    while (state.exposedByAge.length <= age) {
      state.exposedByAge.push(0);
      state.survivorsByAge.push(0);
    }
    state.exposedByAge[age]! += size;
    state.survivorsByAge[age]! += state.cohortAlive[k]!;
  }
}
