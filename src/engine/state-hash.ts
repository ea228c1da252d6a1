// The fingerprint of a run after a month: canonical JSON of everything that carries into the next
// month (populations summarised by count and Σθ, levels, cohorts, events, cash, every stream's
// state) plus the month's metrics, hashed with SHA-256. Equal hashes mean equal futures.
import { hashJson, type Json } from './canonical-hash';
import { STREAM_SYSTEMS } from './rng';
import type { RunState } from './run-state';
import type { Metrics } from './metrics-types';

export function stateHash(run: RunState, total: Metrics, segments: Record<string, Metrics>): string {
  const json: Json = {
    month: run.month,
    cashCents: run.cashCents,
    segments: run.segments.map((s) => ({
      count: s.pop.count,
      everAcquired: s.everAcquired,
      levels: Array.from(s.levels),
      coCreated: s.coCreated,
      wordOfMouth: s.wordOfMouth,
      thetaSum: s.thetaSum,
      cumulativeProfitCents: s.cumulativeProfitCents,
      cohortAlive: s.cohortAlive,
      cohortValue: s.cohortValue,
      streams: STREAM_SYSTEMS.map((system) => ({ ...s.streams[system].state() })),
    })),
    events: run.events.map((e) => ({ id: e.id, segment: e.segment, remaining: e.remaining })),
    eventStream: { ...run.eventStream.state() },
    metrics: { total: total as unknown as Json, segments: segments as unknown as Json },
  };
  return hashJson(json);
}
