// Scripted and random market events (a competitor entering, a viral moment, a privacy incident…):
// which start this month, and their combined effect on each segment.
import type { ActiveEvent, RunState } from './run-state';
import type { EventModifiers } from './service-effects';
import { uniform } from './rng';

/**
 * Starts the scenario's events due this month; random ones draw one uniform each, every month.
 * `scripted` false leaves out the scripted ones (a forecast knows only what the player knows: the
 * events already under way and the chances of random ones, never the scripted future); scripted
 * events draw nothing, so leaving them out changes no random number.
 */
export function startScenarioEvents(run: RunState, month: number, scripted = true): void {
  const { scenario } = run;
  for (const event of scenario.events) {
    let starts: boolean;
    if (event.month !== undefined) starts = scripted && event.month === month;
    else starts = uniform(run.eventStream) < (event.probability ?? 0);
    if (!starts) continue;
    const segment = event.segment === undefined ? -1 : scenario.segments.findIndex((s) => s.id === event.segment);
    run.events.push({ id: event.id, title: event.title, segment, effect: event.effect, remaining: event.duration });
  }
}

export function eventModifiers(events: readonly ActiveEvent[], segmentIndex: number): EventModifiers {
  const m: EventModifiers = { acquisition: 1, wordOfMouth: 1, satisfaction: 0, churn: 1, margin: 1 };
  for (const e of events) {
    if (e.remaining <= 0 || (e.segment !== -1 && e.segment !== segmentIndex)) continue;
    m.acquisition *= 1 + (e.effect.acquisition ?? 0);
    m.wordOfMouth *= 1 + (e.effect.wordOfMouth ?? 0);
    m.satisfaction += e.effect.satisfaction ?? 0;
    m.churn *= 1 + (e.effect.churn ?? 0);
    m.margin *= 1 + (e.effect.margin ?? 0);
  }
  if (m.acquisition < 0) m.acquisition = 0;
  if (m.wordOfMouth < 0) m.wordOfMouth = 0;
  if (m.churn < 0) m.churn = 0;
  if (m.margin < 0) m.margin = 0;
  return m;
}

/** Cost in cents of the events starting this month that fall on segment `s` (shared ones split). */
export function eventCostFor(starting: readonly ActiveEvent[], s: number, segmentCount: number): number {
  let cents = 0;
  for (const e of starting) {
    const c = Math.round((e.effect.cost ?? 0) * 100);
    if (c === 0) continue;
    if (e.segment === s) cents += c;
    else if (e.segment === -1) cents += Math.floor(c / segmentCount) + (s === 0 ? c % segmentCount : 0);
  }
  return cents;
}

/** Counts a month off every active event and drops the finished ones. */
export function ageEvents(events: ActiveEvent[]): void {
  for (const e of events) e.remaining--;
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.remaining <= 0) events.splice(i, 1);
}
