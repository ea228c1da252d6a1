// What the player's decisions caused, for the debrief: each line of spend (a type in one segment, or
// a type everywhere) is removed and the game replayed with the same decisions otherwise, in the
// player's market and in several other markets of the same scenario, each with common random
// numbers (the run with and the run without the spend share a seed). A difference is stated as a
// cause only when its sign is the same in every market; otherwise the finding says the effect cannot
// be told from luck. Threshold events (privacy incidents) are counted in both runs, so a spend that
// switches one on or off is named, never hidden in a total.
import type { Decisions } from '../model/decisions';
import type { Metrics, MonthReport } from '../model/metrics-types';
import { formatCount, formatMoney, formatNumber } from '../number-format';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import type { Scenario } from '../model/scenario-types';
import type { Market } from '../game/market';
import { valueCreated } from '../game/score';
import { playPlan } from '../game/simulate';

/** The metrics a finding measures: value (profit + customer equity), profit, active customers at the end, NPS at the end, referrals. */
export const FINDING_METRICS = ['value', 'profit', 'active', 'nps', 'referrals'] as const;
export type FindingMetric = (typeof FINDING_METRICS)[number];

export interface MetricEffect {
  /** Mean difference over the markets: with the spend − without it. */
  readonly effect: number;
  /** Smallest and largest difference over the markets. */
  readonly low: number;
  readonly high: number;
  /** The difference has the same sign (and is not zero) in every market. */
  readonly robust: boolean;
}

export interface Finding {
  readonly type: RelationshipTypeId;
  /** The segment whose spend was removed, or null for the type's spend in every segment. */
  readonly segment: string | null;
  /** Spend removed, summed over the months played. */
  readonly spend: number;
  /** Markets compared (the player's and others of the same scenario). */
  readonly markets: number;
  /** Value is the company's; the other metrics are the segment's (or the company's for a type everywhere). */
  readonly effects: Readonly<Record<FindingMetric, MetricEffect>>;
  /** In how many markets a privacy incident happened with the spend, and without it. */
  readonly incidents: { readonly with: number; readonly without: number };
  readonly text: string;
}

export interface ExplainOptions {
  /** Markets compared, the player's own first (default 8). */
  readonly markets?: number;
  /** At most this many segment × type lines, the biggest spend first (default all). */
  readonly lines?: number;
}

const SPEND_NAMES: Record<RelationshipTypeId, string> = {
  transactional: 'transactional',
  'self-service': 'self-service',
  'automated-services': 'automated-services',
  communities: 'community',
  'co-creation': 'co-creation',
  'personal-assistance': 'personal-assistance',
  'dedicated-personal-assistance': 'dedicated-assistance',
};

interface Outcome {
  value: number;
  profit: number;
  active: number;
  nps: number | null;
  referrals: number;
  incidents: number;
}

/** The outcomes of playing `months` in `market`: the company's (key null) and each segment's. */
function outcomes(market: Market, months: readonly Decisions[]): Map<string | null, Outcome> {
  const game = playPlan({ ...market, months: months.length, scenario: { ...market.scenario, months: months.length } }, { months }, { hash: false, affordable: true });
  const value = valueCreated(game).value;
  const reports = game.run.reports;
  const out = new Map<string | null, Outcome>();
  for (const segment of [null, ...market.scenario.segments.map((s) => s.id)]) {
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
    out.set(segment, { value, profit: profitCents / 100, active: last.active, nps: last.nps, referrals, incidents });
  }
  return out;
}

/** `decisions` with the spend on `type` removed (in `segment` only, or everywhere when null). */
function without(decisions: Decisions, type: RelationshipTypeId, segment: string | null): Decisions {
  const spend: Record<string, Decisions['spend'][string]> = {};
  for (const [id, bySegment] of Object.entries(decisions.spend)) {
    if (segment !== null && id !== segment) spend[id] = bySegment;
    else {
      const rest = { ...bySegment };
      delete rest[type];
      spend[id] = rest;
    }
  }
  return { spend };
}

function summarise(diffs: readonly number[]): MetricEffect {
  const effect = diffs.reduce((a, b) => a + b, 0) / diffs.length;
  const low = Math.min(...diffs);
  const high = Math.max(...diffs);
  return { effect: Math.round(effect * 100) / 100, low: Math.round(low * 100) / 100, high: Math.round(high * 100) / 100, robust: low > 0 || high < 0 };
}

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** The finding in one or two sentences, stating as causes only the robust effects. */
export function findingText(scenario: Scenario, f: Pick<Finding, 'type' | 'segment' | 'effects' | 'markets' | 'incidents'>): string {
  const segmentName = f.segment === null ? null : (scenario.segments.find((s) => s.id === f.segment)?.name ?? f.segment);
  const subject = `your ${SPEND_NAMES[f.type]} spend${segmentName === null ? '' : ` on ${segmentName}`}`;
  const money = (x: number) => formatMoney(Math.abs(x), scenario.currency);
  const value = f.effects.value;
  const incidents = f.incidents.with !== f.incidents.without
    ? ` In ${f.incidents.with} of the ${f.markets} markets a privacy incident happened with it, in ${f.incidents.without} without it.`
    : '';
  const signed = (x: number) => `${x < 0 ? '−' : '+'}${money(x)}`;
  if (!value.robust) {
    return `The effect of ${subject} cannot be told from luck: over ${f.markets} markets with the same luck for both plays, it changed the value you created by between ${signed(value.low)} and ${signed(value.high)}.${incidents}`;
  }
  const clauses: string[] = [];
  const counted = (e: MetricEffect, noun: string, more: string, fewer: string) => {
    if (!e.robust || Math.round(Math.abs(e.effect)) === 0) return;
    const n = Math.round(Math.abs(e.effect));
    clauses.push(`${formatCount(n)} ${e.effect > 0 ? more : fewer} ${noun}${n === 1 ? '' : 's'}`);
  };
  counted(f.effects.active, 'active customer', 'more', 'fewer');
  counted(f.effects.referrals, 'referral', 'more', 'fewer');
  const nps = f.effects.nps;
  if (nps.robust && Math.abs(nps.effect) >= 1) clauses.push(`an NPS ${formatNumber(Math.abs(nps.effect))} points ${nps.effect > 0 ? 'higher' : 'lower'}`);
  const made = value.effect > 0 ? 'added' : 'cost';
  const [from, to] = value.effect > 0 ? [value.low, value.high] : [-value.high, -value.low];
  const head = `${subject[0]!.toUpperCase()}${subject.slice(1)} ${made} ${money(value.effect)} of value (profit plus what your customers are worth; between ${money(from)} and ${money(to)} over ${f.markets} markets)`;
  return `${head}${clauses.length > 0 ? `: ${joinClauses(clauses.slice(0, 3))}` : ''}.${incidents}`;
}

/** The markets compared: the player's own, then others of the same scenario and length. */
function marketsFor(market: Market, count: number): Market[] {
  return Array.from({ length: Math.max(1, count) }, (_, k) => (k === 0 ? market : { ...market, seed: `${market.seed}/debrief/${k}` }));
}

/**
 * Explains the months played so far (`decisions[m]` is month m + 1's): one finding per segment ×
 * type line the player funded, and one per type funded in several segments, sorted by the size of
 * the value effect, robust findings first.
 */
export function explainDecisions(market: Market, decisions: readonly Decisions[], options: ExplainOptions = {}): Finding[] {
  const months = decisions.slice(0, market.months);
  if (months.length === 0) return [];
  const spendOf = new Map<string, { type: RelationshipTypeId; segment: string | null; spend: number }>();
  for (const d of months) {
    for (const [segment, bySegment] of Object.entries(d.spend)) {
      for (const type of RELATIONSHIP_TYPES) {
        const amount = bySegment[type] ?? 0;
        if (amount <= 0) continue;
        for (const key of [`${segment}\u0000${type}`, `\u0000${type}`]) {
          const line = spendOf.get(key) ?? { type, segment: key.startsWith('\u0000') ? null : segment, spend: 0 };
          line.spend += amount;
          spendOf.set(key, line);
        }
      }
    }
  }
  const segmentLines = [...spendOf.values()].filter((l) => l.segment !== null).sort((a, b) => b.spend - a.spend).slice(0, options.lines ?? Infinity);
  const typeLines = [...spendOf.values()].filter((l) => l.segment === null && segmentLines.filter((s) => s.type === l.type).length > 1);
  const markets = marketsFor(market, options.markets ?? 8);
  const players = markets.map((m) => outcomes(m, months));
  const findings = [...segmentLines, ...typeLines].map((line) => {
    const withIt = players.map((p) => p.get(line.segment)!);
    const cut = months.map((d) => without(d, line.type, line.segment));
    const withoutIt = markets.map((m) => outcomes(m, cut).get(line.segment)!);
    const diff = (f: (o: Outcome) => number | null) => withIt.map((o, k) => (f(o) ?? 0) - (f(withoutIt[k]!) ?? 0));
    const effects: Record<FindingMetric, MetricEffect> = {
      value: summarise(diff((o) => o.value)),
      profit: summarise(diff((o) => o.profit)),
      active: summarise(diff((o) => o.active)),
      nps: summarise(diff((o) => o.nps)),
      referrals: summarise(diff((o) => o.referrals)),
    };
    const incidents = { with: withIt.filter((o) => o.incidents > 0).length, without: withoutIt.filter((o) => o.incidents > 0).length };
    const finding = { type: line.type, segment: line.segment, spend: Math.round(line.spend * 100) / 100, markets: markets.length, effects, incidents };
    return { ...finding, text: findingText(market.scenario, finding) };
  });
  return findings.sort((a, b) => Number(b.effects.value.robust) - Number(a.effects.value.robust) || Math.abs(b.effects.value.effect) - Math.abs(a.effects.value.effect));
}
