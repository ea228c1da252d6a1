// The state of one run between months: the customer populations, service levels, cash, events,
// per-cohort tallies and every random stream's state. `cloneRun` makes an independent copy.
import { createPopulation, clonePopulation, type Population } from './population';
import { addNewcomers } from './newcomers';
import { STREAM_SYSTEMS, childStream, copyStream, createStream, streamSeed, type Stream, type StreamSystem } from './rng';
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
  /** Σ θ of the active customers (a running total; part of the state fingerprint). */
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
  /** Last month's revenue (0 before month 1): a budget may grow with it. */
  lastRevenueCents: number;
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
  state.thetaSum = addNewcomers(state.pop, segment.churn, count, cohort, state.streams.traits, state.thetaSum);
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
      pop: createPopulation(),
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
    lastRevenueCents: 0,
    segments,
    events: [],
    eventStream: createStream(`${seed}/events/scenario`),
    reports: [],
  };
}

function cloneStreams(streams: Record<StreamSystem, Stream>): Record<StreamSystem, Stream> {
  const out = {} as Record<StreamSystem, Stream>;
  for (const system of STREAM_SYSTEMS) out[system] = copyStream(streams[system]);
  return out;
}

function childStreams(origin: Stream): Record<StreamSystem, Stream> {
  const out = {} as Record<StreamSystem, Stream>;
  for (const system of STREAM_SYSTEMS) out[system] = childStream(origin);
  return out;
}

/** A copy of `run` whose streams are copied, or, given `origin`, fresh children of it. */
function copyRun(run: RunState, spare: RunState | null, origin: Stream | null): RunState {
  return {
    ...run,
    segments: run.segments.map((s, index) => ({
      ...s,
      pop: clonePopulation(s.pop, spare?.segments[index]?.pop ?? null),
      levels: s.levels.slice(),
      cohortSize: s.cohortSize.slice(),
      cohortAlive: s.cohortAlive.slice(),
      cohortValue: s.cohortValue.slice(),
      survivorsByAge: s.survivorsByAge.slice(),
      exposedByAge: s.exposedByAge.slice(),
      streams: origin === null ? cloneStreams(s.streams) : childStreams(origin),
    })),
    events: run.events.map((e) => ({ ...e })),
    eventStream: origin === null ? copyStream(run.eventStream) : childStream(origin),
    reports: run.reports.slice(),
  };
}

/**
 * An independent copy: stepping the copy never changes the original. `spare`, a run of the same
 * scenario that is no longer needed (a finished forecast future), gives its customer populations
 * to the copy (the spare must not be used afterwards).
 */
export function cloneRun(run: RunState, spare: RunState | null = null): RunState {
  return copyRun(run, spare, null);
}

/**
 * Gives every stream a fresh start drawn from one stream seeded with `seed` (for forecasts that look
 * at many possible futures: hashing a seed string per stream would cost more than a future's month).
 */
export function reseedRun(run: RunState, seed: string): RunState {
  const origin = createStream(seed);
  return { ...run, segments: run.segments.map((s) => ({ ...s, streams: childStreams(origin) })), eventStream: childStream(origin) };
}

/** One possible future of `run`: the same as reseedRun(cloneRun(run, spare), seed), without copying
 * the streams it would replace. */
export function forkRun(run: RunState, seed: string, spare: RunState | null = null): RunState {
  return copyRun(run, spare, createStream(seed));
}
