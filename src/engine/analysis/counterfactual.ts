// What the player's decisions caused, for the debrief: each line of spend (a type in one segment, or
// a type everywhere) is removed and the game replayed with the same decisions otherwise, in the
// player's market and in several other markets of the same scenario, each with common random
// numbers (the run with and the run without the spend share a seed). A difference is stated as a
// cause only when its sign is the same in every market; otherwise the finding says the effect cannot
// be told from luck. Threshold events (privacy incidents) are counted in both runs, so a spend that
// switches one on or off is named, never hidden in a total.
import type { Decisions } from '../model/decisions';
import { formatCount, formatMoney, formatNumber } from '../number-format';
import type { RelationshipTypeId } from '../model/relationship-types';
import type { Scenario } from '../model/scenario-types';
import type { Market } from '../game/market';
import { advanceRuns, counterfactualRuns, lineOutcomes, runsFit, type CounterfactualRuns, type Line, type Outcome } from './counterfactual-runs';

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

/** Mean, smallest and largest of the differences over the markets, and whether their sign agrees. */
export function summariseEffect(diffs: readonly number[]): MetricEffect {
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

/** The finding of one tracked line: its effects over the markets and its sentence. */
export function findingOf(cf: CounterfactualRuns, entry: ReturnType<typeof lineOutcomes>[number], spend: number): Finding {
  const diff = (f: (o: Outcome) => number | null) => entry.with.map((o, k) => (f(o) ?? 0) - (f(entry.without[k]!) ?? 0));
  const effects: Record<FindingMetric, MetricEffect> = {
    value: summariseEffect(diff((o) => o.value)),
    profit: summariseEffect(diff((o) => o.profit)),
    active: summariseEffect(diff((o) => o.active)),
    nps: summariseEffect(diff((o) => o.nps)),
    referrals: summariseEffect(diff((o) => o.referrals)),
  };
  const incidents = { with: entry.with.filter((o) => o.incidents > 0).length, without: entry.without.filter((o) => o.incidents > 0).length };
  const finding = { type: entry.line.type, segment: entry.line.segment, spend: Math.round(spend * 100) / 100, markets: cf.markets.length, effects, incidents };
  return { ...finding, text: findingText(cf.market.scenario, finding) };
}

/** Spend on `line` over `months`. */
export function lineSpend(months: readonly Decisions[], line: Line): number {
  let total = 0;
  for (const d of months) {
    for (const [segment, bySegment] of Object.entries(d.spend)) if (line.segment === null || segment === line.segment) total += bySegment[line.type] ?? 0;
  }
  return total;
}

/** Robust findings first, the largest value effect first. */
export function byStrength(a: Finding, b: Finding): number {
  return Number(b.effects.value.robust) - Number(a.effects.value.robust) || Math.abs(b.effects.value.effect) - Math.abs(a.effects.value.effect);
}

/**
 * Explains the months played so far (`decisions[m]` is month m + 1's): one finding per segment ×
 * type line the player funded, and one per type funded in several segments, sorted by the size of
 * the value effect, robust findings first. Pass `runs` (made with type lines) to reuse the runs
 * a game kept month by month.
 */
export function explainDecisions(market: Market, decisions: readonly Decisions[], options: ExplainOptions = {}, runs?: CounterfactualRuns): Finding[] {
  const months = decisions.slice(0, market.months);
  if (months.length === 0) return [];
  const cf = runs?.typeLines && runsFit(runs, market) ? runs : counterfactualRuns(market, options.markets ?? 8, true);
  advanceRuns(cf, months, months.length);
  const entries = lineOutcomes(cf).map((entry) => ({ entry, spend: lineSpend(months, entry.line) }));
  const segmentLines = entries.filter((e) => e.entry.line.segment !== null).sort((a, b) => b.spend - a.spend).slice(0, options.lines ?? Infinity);
  const typeLines = entries.filter((e) => e.entry.line.segment === null && segmentLines.filter((s) => s.entry.line.type === e.entry.line.type).length > 1);
  return [...segmentLines, ...typeLines].map((e) => findingOf(cf, e.entry, e.spend)).sort(byStrength);
}
