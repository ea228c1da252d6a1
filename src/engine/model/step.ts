// One month of the model, in the order of docs/model.md: spend takes effect (service levels ramp),
// prospects adopt, everyone active pays, customers churn, metrics are recorded.
// `step` is pure (returns a new state); `stepInPlace` advances a state the caller owns.
import { decisionsToCents, type Decisions, type Result } from './decisions';
import { drawBinomial } from './distributions';
import { uniform } from './rng';
import { ageEvents, eventCostFor, eventModifiers, startScenarioEvents } from './events';
import { churnPass } from './churn';
import { predictedClv } from './clv-predicted';
import { totalTally, toMetrics } from './metrics';
import type { MonthReport, Metrics } from './metrics-types';
import type { FutureTally, MonthTally } from './month-tally';
import { TYPE_COUNT } from './relationship-types';
import { scenarioTables } from './scenario-tables';
import { addCustomers, cloneRun, type ActiveEvent, type RunState, type SegmentState } from './run-state';
import { rampLevels, segmentEffects, strengths, type SegmentEffects } from './service-effects';
import { stateHash } from './state-hash';

export function step(run: RunState, decisions: Decisions): Result<{ state: RunState; report: MonthReport }> {
  const next = cloneRun(run);
  const result = stepInPlace(next, decisions);
  return result.ok ? { ok: true, value: { state: next, report: result.value } } : result;
}

export interface StepOptions {
  /** Compute the state hash (default true). Forecasts and counterfactuals that never verify a
   * replay may skip it for speed; their report's `hash` is then the empty string. */
  readonly hash?: boolean;
}

export function stepInPlace(run: RunState, decisions: Decisions, options: StepOptions = {}): Result<MonthReport> {
  const { scenario } = run;
  if (run.month >= scenario.months) return { ok: false, error: `the scenario has ended after month ${scenario.months}` };
  const spend = decisionsToCents(scenario, decisions);
  if (!spend.ok) return spend;
  const { month, starting } = startMonth(run);
  const tallies = run.segments.map((state, s) => segmentMonth(run, state, s, month, spend.value[s]!, starting, true));
  // The events active this month, listed before they age.
  const events = run.events.slice();
  endMonth(run, month, tallies);
  const eventsThisMonth = events.map((e) => ({
    id: e.id,
    title: e.title,
    segment: e.segment === -1 ? null : scenario.segments[e.segment]!.id,
  }));
  const segments: Record<string, Metrics> = {};
  tallies.forEach((t, s) => { segments[scenario.segments[s]!.id] = toMetrics(t); });
  const total = toMetrics(totalTally(tallies, run.cashCents));
  const report: MonthReport = { month, total, segments, events: eventsThisMonth, hash: options.hash === false ? '' : stateHash(run) };
  run.reports.push(report);
  return { ok: true, value: report };
}

/**
 * One month of a throwaway future (forecasts): the same model and the same draws as stepInPlace,
 * but nothing is recorded that only a kept run needs: no report, no cohort values or survival
 * curves, no predicted CLV, no hash. `spendCents` comes from decisionsToCents; the run must not
 * have ended. Returns each segment's tally.
 */
export function stepFuture(run: RunState, spendCents: readonly (readonly number[])[]): FutureTally[] {
  const { month, starting } = startMonth(run);
  const tallies = run.segments.map((state, s) => segmentMonth(run, state, s, month, spendCents[s]!, starting, false));
  endMonth(run, month, tallies);
  return tallies;
}

/** Starts this month's scripted events; returns the month's number and the events that start. */
function startMonth(run: RunState): { month: number; starting: ActiveEvent[] } {
  const month = run.month + 1;
  const before = run.events.length;
  startScenarioEvents(run, month);
  // Starting events are appended.
  return { month, starting: run.events.slice(before) };
}

/** Books the month's profit and ages the events. */
function endMonth(run: RunState, month: number, tallies: readonly FutureTally[]): void {
  run.cashCents += tallies.reduce((a, t) => a + t.profitCents, 0);
  run.month = month;
  ageEvents(run.events);
}

function segmentMonth(run: RunState, state: SegmentState, s: number, month: number, spendCents: readonly number[], starting: ActiveEvent[], record: true): MonthTally;
function segmentMonth(run: RunState, state: SegmentState, s: number, month: number, spendCents: readonly number[], starting: ActiveEvent[], record: false): FutureTally;
/** One segment's month; `record` adds what only a kept run needs (cohort values, survival, CLV). */
function segmentMonth(
  run: RunState,
  state: SegmentState,
  s: number,
  month: number,
  spendCents: readonly number[],
  starting: ActiveEvent[],
  record: boolean,
): FutureTally | MonthTally {
  const { scenario } = run;
  const segment = scenario.segments[s]!;
  const model = scenario.model;
  const customersStart = state.pop.count;

  // 1. Spend takes effect.
  const tables = scenarioTables(scenario);
  rampLevels(tables, state.levels, spendCents, customersStart);
  const strength = strengths(tables, state.levels, customersStart);
  let effects: SegmentEffects = segmentEffects(scenario, tables, s, state.levels, strength, state.coCreated, eventModifiers(run.events, s));
  if (uniform(state.streams.events) < effects.privacyHazard) {
    const incident = model.privacyIncident;
    const event: ActiveEvent = { id: 'privacy-incident', title: 'Privacy incident', segment: s, effect: incident, remaining: incident.duration };
    run.events.push(event);
    starting.push(event);
    effects = segmentEffects(scenario, tables, s, state.levels, strength, state.coCreated, eventModifiers(run.events, s));
  }

  // 2. Acquisition: the Bass hazard p + q·A/M, with A the word-of-mouth weight of last month's customers.
  const prospects = Math.max(0, segment.marketSize - state.everAcquired);
  const external = segment.bass.p * effects.pMultiplier;
  const imitation = Math.max(0, (segment.bass.q * effects.qMultiplier * state.wordOfMouth) / segment.marketSize);
  const hazard = Math.min(1, external + imitation);
  const newCustomers = drawBinomial(state.streams.acquisition, prospects, hazard);
  const referrals = newCustomers > 0 && imitation > 0 ? drawBinomial(state.streams.referrals, newCustomers, imitation / hazard) : 0;
  state.everAcquired += newCustomers;
  if (newCustomers > 0) addCustomers(state, segment, newCustomers, month);

  // 3. Everyone active pays this month's margin, plus expansion; serving them costs.
  const atRisk = state.pop.count;
  const marginCents = segment.margin * 100 * effects.marginFactor;
  const revenueCents = Math.round(atRisk * marginCents);
  const expansionCents = Math.round(atRisk * marginCents * effects.expansionShare);
  const serveCentsEach = segment.serveCost * 100 * effects.serveCostShare;
  const serveCents = Math.round(atRisk * serveCentsEach);
  const netMargin = (marginCents * (1 + effects.expansionShare) - serveCentsEach) / 100;
  if (record) collectCohortValue(state, month, netMargin, scenario.discountRate);

  // 4. Churn.
  const tally = churnPass(state.pop, model, effects.satisfactionShift, segment.tasteSpread, effects.churnFactor, state.cohortAlive, state.streams.churn);
  if (record) recordSurvival(state, month);

  // 5. Money and memory for next month.
  const spendTotal = spendCents.reduce((a, b) => a + b, 0);
  let acquisitionSpend = 0;
  let acquisitionTypeSpend = 0;
  for (let k = 0; k < TYPE_COUNT; k++) {
    const share = tables.acquisitionShare[k]!;
    acquisitionSpend += spendCents[k]! * share;
    if (share > 0) acquisitionTypeSpend += spendCents[k]!;
  }
  const eventCents = eventCostFor(starting, s, scenario.segments.length);
  const profitCents = revenueCents + expansionCents - spendTotal - serveCents - eventCents;
  state.cumulativeProfitCents += profitCents;
  state.wordOfMouth = tally.wordOfMouth;
  state.thetaSum -= tally.thetaLost;
  state.coCreated = effects.coCreated;

  const future: FutureTally = {
    prospects,
    newCustomers,
    referrals,
    atRisk,
    active: state.pop.count,
    churned: tally.churned,
    revenueCents,
    expansionCents,
    spendCents,
    acquisitionSpendCents: Math.round(acquisitionSpend),
    acquisitionTypeSpendCents: acquisitionTypeSpend,
    serveCents,
    eventCents,
    profitCents,
    cashCents: state.cumulativeProfitCents,
    promoters: tally.promoters,
    detractors: tally.detractors,
    satisfied: tally.satisfied,
    satisfactionSum: tally.satisfactionSum,
    engagement: effects.engagement,
    netMargin,
  };
  if (!record) return future;
  let realizedValue = 0;
  let acquiredInGame = 0;
  for (let k = 1; k < state.cohortSize.length; k++) {
    realizedValue += state.cohortValue[k]!;
    acquiredInGame += state.cohortSize[k]!;
  }
  return {
    ...future,
    levels: Array.from(state.levels),
    clvPredicted: predictedClv(segment, model, netMargin, effects.satisfactionShift, effects.churnFactor, scenario.discountRate),
    realizedValue,
    acquiredInGame,
  };
}

/** Adds this month's discounted net margin of each cohort's paying customers to its value. */
function collectCohortValue(state: SegmentState, month: number, netMargin: number, discount: number): void {
  const v = 1 / (1 + discount);
  // A cohort of month k ≥ 1 is valued at month k; the initial customers (k = 0) at month 1.
  let factor = 1;
  for (let k = month; k >= 0; k--) {
    if (k < state.cohortSize.length && state.cohortAlive[k]! > 0) {
      state.cohortValue[k]! += state.cohortAlive[k]! * netMargin * factor;
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
