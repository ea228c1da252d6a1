// The state of one run between months: the customer populations, service levels, cash, events,
// per-cohort tallies and every random stream's state. `cloneRun` makes an independent copy.
import { createPopulation, clonePopulation, ensureCapacity, type Population } from './population';
import { drawTasteClass } from './taste-draw';
import { fillBeta } from './beta-quantiles';
import { STREAM_SYSTEMS, createStream, restoreStream, streamSeed, type Stream, type StreamSystem } from './rng';
import { TYPE_COUNT } from './relationship-types';
import type { Scenario, Segment, EventEffect } from './scenario-types';
import type { MonthReport } from './metrics-types';

export interface SegmentState {
  readonly pop: Population;
  /** People of the market who ever became customers (initial customers included). */
  everAcquired: number;
  readonly levels: Float64Array;
  coCreated: number;
  /** Σ word-of-mouth weight of the customers active at the end of last month. */
  wordOfMouth: number;
  thetaSum: number;
  cumulativeProfitCents: number;
  /** Customers per cohort (index = month acquired, 0 = at the start): size and still active. */
  readonly cohortSize: number[];
  readonly cohortAlive: number[];
  /** Discounted net value collected per cohort, valued at its acquisition month. */
  readonly cohortValue: number[];
  /** Survivors and cohort sizes by age in months (number of churn draws faced), for survival curves. */
  readonly survivorsByAge: number[];
  readonly exposedByAge: number[];
  readonly streams: Record<StreamSystem, Stream>;
}

export interface ActiveEvent {
  readonly id: string;
  readonly title: string;
  /** Segment index, or −1 for all segments. */
  readonly segment: number;
  readonly effect: EventEffect;
  remaining: number;
}

export interface RunState {
  readonly scenario: Scenario;
  readonly seed: string;
  /** Months completed. */
  month: number;
  cashCents: number;
  readonly segments: SegmentState[];
  readonly events: ActiveEvent[];
  readonly eventStream: Stream;
  readonly reports: MonthReport[];
}

function makeStreams(seed: string, segmentId: string): Record<StreamSystem, Stream> {
  const out = {} as Record<StreamSystem, Stream>;
  for (const system of STREAM_SYSTEMS) out[system] = createStream(streamSeed(seed, system, segmentId));
  return out;
}

/** Adds `count` customers acquired in month `cohort`, drawing each one's churn propensity θ and taste. */
export function addCustomers(state: SegmentState, segment: Segment, count: number, cohort: number): void {
  const pop = state.pop;
  ensureCapacity(pop, pop.count + count);
  const traits = state.streams.traits;
  const churn = segment.churn;
  const from = pop.count;
  if (churn.kind === 'rate') pop.theta.fill(churn.rate, from, from + count);
  else fillBeta(traits, churn.alpha, churn.beta, pop.theta, from, count);
  for (let i = from; i < from + count; i++) {
    pop.taste[i] = drawTasteClass(traits());
    pop.cohort[i] = cohort;
  }
  pop.count += count;
  while (state.cohortSize.length <= cohort) {
    state.cohortSize.push(0);
    state.cohortAlive.push(0);
    state.cohortValue.push(0);
  }
  state.cohortSize[cohort]! += count;
  state.cohortAlive[cohort]! += count;
}

export function createRun(scenario: Scenario, seed: string): RunState {
  const segments = scenario.segments.map((segment) => {
    const streams = makeStreams(seed, segment.id);
    const state: SegmentState = {
      pop: createPopulation(segment.initialCustomers + 16),
      everAcquired: segment.initialCustomers,
      levels: new Float64Array(TYPE_COUNT),
      coCreated: 0,
      wordOfMouth: segment.initialCustomers,
      thetaSum: 0,
      cumulativeProfitCents: 0,
      cohortSize: [],
      cohortAlive: [],
      cohortValue: [],
      survivorsByAge: [],
      exposedByAge: [],
      streams,
    };
    addCustomers(state, segment, segment.initialCustomers, 0);
    return state;
  });
  return {
    scenario,
    seed,
    month: 0,
    cashCents: Math.round(scenario.startingCash * 100),
    segments,
    events: [],
    eventStream: createStream(`${seed}/events/scenario`),
    reports: [],
  };
}

function cloneStreams(streams: Record<StreamSystem, Stream>): Record<StreamSystem, Stream> {
  const out = {} as Record<StreamSystem, Stream>;
  for (const system of STREAM_SYSTEMS) out[system] = restoreStream(streams[system].state());
  return out;
}

/** An independent copy: stepping the copy never changes the original. */
export function cloneRun(run: RunState): RunState {
  return {
    ...run,
    segments: run.segments.map((s) => {
      const streams = cloneStreams(s.streams);
      return {
        ...s,
        pop: clonePopulation(s.pop),
        levels: s.levels.slice(),
        cohortSize: s.cohortSize.slice(),
        cohortAlive: s.cohortAlive.slice(),
        cohortValue: s.cohortValue.slice(),
        survivorsByAge: s.survivorsByAge.slice(),
        exposedByAge: s.exposedByAge.slice(),
        streams,
      };
    }),
    events: run.events.map((e) => ({ ...e })),
    eventStream: restoreStream(run.eventStream.state()),
    reports: run.reports.slice(),
  };
}

/** Gives every stream a fresh seed (for forecasts that look at many possible futures). */
export function reseedRun(run: RunState, seed: string): RunState {
  return {
    ...run,
    segments: run.segments.map((s, index) => {
      const streams = makeStreams(seed, run.scenario.segments[index]!.id);
      return { ...s, streams };
    }),
    eventStream: createStream(`${seed}/events/scenario`),
  };
}
