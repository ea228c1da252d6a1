// The runs behind the debrief and the causes of each month: in each of several markets (the
// player's, then others of the same scenario), the player's decisions are played, and beside them
// the same decisions with one line of spend taken out (a type in one segment, or a type everywhere),
// each pair with the same seed, so with the same luck (common random numbers).
//
// The runs advance month by month and are kept: the causes of month m + 1 cost one more month per
// run, not a replay from month 1, and the debrief at the end costs nothing more. A line first funded
// in month t needs no replay either: until then its run is the player's, so it starts as a copy of it.
// Every month is played scaled to what that run can pay (affordable), as reference plans are.
import { affordable } from '../model/budget';
import { canonicalJson } from '../model/canonical-hash';
import { decisionsToCents, type Decisions } from '../model/decisions';
import { customerEquity } from '../model/equity';
import type { Metrics, MonthReport } from '../model/metrics-types';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import { cloneRun, createRun, type RunState } from '../model/run-state';
import { stepInPlace } from '../model/step';
import type { Market } from '../game/market';

/** A line of spend: a type in one segment, or (segment null) a type in every segment. */
export interface Line {
  readonly type: RelationshipTypeId;
  readonly segment: string | null;
}

/** A run and the decisions it played last (scaled to what it could pay). */
interface Played {
  readonly run: RunState;
  last: Decisions;
}

export interface CounterfactualRuns {
  readonly market: Market;
  /** The markets compared, the player's first. */
  readonly markets: readonly Market[];
  /** Track lines of a type everywhere too (the debrief needs them; the monthly causes do not). */
  readonly typeLines: boolean;
  /** Canonical JSON of each month's decisions played so far. */
  keys: string[];
  /** The player's decisions in each market. */
  played: Played[];
  /** Per line key, the runs without that line, market by market. */
  readonly without: Map<string, { readonly line: Line; readonly runs: Played[] }>;
}

/** What the debrief and the causes compare: the company's value, and the line's segment's (or the company's) outcomes. */
export interface Outcome {
  readonly value: number;
  readonly profit: number;
  readonly active: number;
  readonly nps: number | null;
  readonly referrals: number;
  /** Months with a privacy incident (in the segment, or anywhere). */
  readonly incidents: number;
}

export function lineKey(line: Line): string {
  return `${line.segment ?? ''}\u0000${line.type}`;
}

/** The markets compared: the player's own, then others of the same scenario (the debrief's seeds). */
export function comparedMarkets(market: Market, count: number): Market[] {
  return Array.from({ length: Math.max(1, count) }, (_, k) => (k === 0 ? market : { ...market, seed: `${market.seed}/debrief/${k}` }));
}

/** Whether `runs` were made for `market` (markets sent to a worker are copies, so compared by content). */
export function runsFit(runs: CounterfactualRuns, market: Market): boolean {
  const a = runs.market;
  return a === market || (a.seed === market.seed && a.months === market.months && a.shipped.hash === market.shipped.hash && a.challenge === market.challenge && a.player === market.player);
}

/** Runs for `market` compared over `count` markets, before month 1. */
export function counterfactualRuns(market: Market, count: number, typeLines: boolean): CounterfactualRuns {
  const markets = comparedMarkets(market, count);
  return { market, markets, typeLines, keys: [], played: markets.map((m) => ({ run: createRun(m.scenario, m.seed), last: { spend: {} } })), without: new Map() };
}

/** `decisions` with `line`'s spend taken out. */
export function withoutLine(decisions: Decisions, line: Line): Decisions {
  const spend: Record<string, Decisions['spend'][string]> = {};
  for (const [id, bySegment] of Object.entries(decisions.spend)) {
    if (line.segment !== null && id !== line.segment) spend[id] = bySegment;
    else {
      const rest = { ...bySegment };
      delete rest[line.type];
      spend[id] = rest;
    }
  }
  return { spend };
}

/** The lines `decisions` funds: each type in each segment, and each type in several segments as a whole. */
function fundedLines(decisions: Decisions, typeLines: boolean): Line[] {
  const lines: Line[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const segments = Object.entries(decisions.spend).filter(([, bySegment]) => (bySegment[type] ?? 0) > 0).map(([segment]) => segment);
    for (const segment of segments) lines.push({ type, segment });
    if (typeLines && segments.length > 0) lines.push({ type, segment: null });
  }
  return lines;
}

function playMonth(p: Played, decisions: Decisions): void {
  const scaled = affordable(p.run, decisions);
  const stepped = stepInPlace(p.run, scaled, { hash: false });
  // A month the run cannot pay even scaled down (no cash at all) is played without spend.
  if (!stepped.ok) stepInPlace(p.run, { spend: {} }, { hash: false });
  p.last = stepped.ok ? scaled : { spend: {} };
}

/** Advances the runs to the end of month `month` of `decisions`; runs that followed other decisions start again. */
export function advanceRuns(cf: CounterfactualRuns, decisions: readonly Decisions[], month: number): void {
  const wanted = decisions.slice(0, month).map((d) => canonicalJson(d.spend as never));
  const same = cf.keys.length <= wanted.length && cf.keys.every((k, i) => k === wanted[i]);
  if (!same) {
    cf.keys = [];
    cf.played = cf.markets.map((m) => ({ run: createRun(m.scenario, m.seed), last: { spend: {} } }));
    cf.without.clear();
  }
  for (let t = cf.keys.length; t < wanted.length; t++) {
    const d = decisions[t]!;
    // A line funded for the first time starts from the player's runs as they are now.
    for (const line of fundedLines(d, cf.typeLines)) {
      const key = lineKey(line);
      if (!cf.without.has(key)) cf.without.set(key, { line, runs: cf.played.map((p) => ({ run: cloneRun(p.run), last: p.last })) });
    }
    for (const p of cf.played) playMonth(p, d);
    for (const { line, runs } of cf.without.values()) {
      const cut = withoutLine(d, line);
      for (const p of runs) playMonth(p, cut);
    }
    cf.keys.push(wanted[t]!);
  }
}

/** The company's value (cumulative profit plus customer equity) of a run, as the score counts it. */
function runValue(p: Played): number {
  let profitCents = 0;
  for (const r of p.run.reports) profitCents += Math.round(r.total.profit * 100);
  const spend = decisionsToCents(p.run.scenario, p.last);
  const equity = customerEquity(p.run, spend.ok ? spend.value : []).total;
  return Math.round((profitCents / 100 + equity) * 100) / 100;
}

/** The outcomes of a run so far: the company's value (given), and `segment`'s (or the company's) other outcomes. */
function outcomeOf(p: Played, segment: string | null, value: number): Outcome {
  const reports = p.run.reports;
  const pick = (r: MonthReport): Metrics => (segment === null ? r.total : r.segments[segment]!);
  const last = pick(reports[reports.length - 1]!);
  let profitCents = 0;
  let referrals = 0;
  let incidents = 0;
  for (const r of reports) {
    const m = pick(r);
    profitCents += Math.round(m.profit * 100);
    referrals += m.referrals;
    incidents += r.events.some((e) => e.id === 'privacy-incident' && (segment === null || e.segment === segment)) ? 1 : 0;
  }
  return { value, profit: profitCents / 100, active: last.active, nps: last.nps, referrals, incidents };
}

/** The tracked lines that `keep` selects, with their outcomes with and without them, market by market. */
export function lineOutcomes(cf: CounterfactualRuns, keep: (line: Line) => boolean = () => true): { line: Line; with: Outcome[]; without: Outcome[] }[] {
  const tracked = [...cf.without.values()].filter((entry) => keep(entry.line));
  // The player's runs are valued once, whatever the number of lines.
  const playerValues = tracked.length > 0 ? cf.played.map(runValue) : [];
  return tracked.map(({ line, runs }) => ({
    line,
    with: cf.played.map((p, k) => outcomeOf(p, line.segment, playerValues[k]!)),
    without: runs.map((p) => outcomeOf(p, line.segment, runValue(p))),
  }));
}
