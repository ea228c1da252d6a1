// Causal explanations for the debrief: the player's run is replayed with the same seed (common
// random numbers) but without one kind of spend, so a difference is caused by that spend, not by
// luck. Findings are the player's run minus the run without the spend.
import type { Decisions } from '../model/decisions';
import { formatCount, formatMoney, formatNumber } from '../number-format';
import type { Metrics } from '../model/metrics-types';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import type { Scenario } from '../model/scenario-types';
import type { Market } from '../game/market';
import { playPlan } from '../game/simulate';

export interface Finding {
  readonly type: RelationshipTypeId;
  /** The segment whose spend was removed, or null for the type's spend in every segment. */
  readonly segment: string | null;
  /** Spend removed, summed over the months played. */
  readonly spend: number;
  /** Cumulative profit difference (player − without the spend). */
  readonly deltaProfit: number;
  /** Difference in active customers at the end. */
  readonly deltaActive: number;
  /** Difference in customers won by word of mouth. */
  readonly deltaReferrals: number;
  /** Difference in NPS at the end; null when either run has nobody to ask. */
  readonly deltaNps: number | null;
  /** Difference in customers lost. */
  readonly deltaChurned: number;
  readonly text: string;
}

/** How the spend of each type is named in a sentence ("Without your community spend"). */
const SPEND_NAMES: Record<RelationshipTypeId, string> = {
  transactional: 'transactional',
  'self-service': 'self-service',
  'automated-services': 'automated-services',
  communities: 'community',
  'co-creation': 'co-creation',
  'personal-assistance': 'personal-assistance',
  'dedicated-personal-assistance': 'dedicated-assistance',
};

/** Segment × type lines explained on their own, besides one line per funded type. */
const SEGMENT_LINES = 3;

interface Outcome {
  profitCents: number;
  active: number;
  referrals: number;
  churned: number;
  nps: number | null;
}

/** Plays the months once and sums the outcome of the company (key null) and of every segment. */
function play(market: Market, months: readonly Decisions[]): Map<string | null, Outcome> {
  const keys: (string | null)[] = [null, ...market.scenario.segments.map((s) => s.id)];
  const out = new Map<string | null, Outcome>(keys.map((k) => [k, { profitCents: 0, active: 0, referrals: 0, churned: 0, nps: null }]));
  const reports = playPlan({ ...market, months: months.length, scenario: { ...market.scenario, months: months.length } }, { months }, { hash: false }).run.reports;
  for (const report of reports) {
    for (const key of keys) {
      const m: Metrics = key === null ? report.total : report.segments[key]!;
      const o = out.get(key)!;
      o.profitCents += Math.round(m.profit * 100);
      o.referrals += m.referrals;
      o.churned += m.churned;
      o.active = m.active;
      o.nps = m.nps;
    }
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

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** "Without your community spend on Regulars: 412 fewer referrals and $8,300 lower profit." */
export function findingText(
  scenario: Scenario,
  f: Pick<Finding, 'type' | 'segment' | 'deltaProfit' | 'deltaActive' | 'deltaReferrals' | 'deltaNps'>,
): string {
  const segmentName = f.segment === null ? null : (scenario.segments.find((s) => s.id === f.segment)?.name ?? f.segment);
  const subject = `Without your ${SPEND_NAMES[f.type]} spend${segmentName === null ? '' : ` on ${segmentName}`}`;
  const clauses: string[] = [];
  const count = (d: number, noun: string) => `${formatCount(Math.abs(d))} ${d > 0 ? 'fewer' : 'more'} ${noun}`;
  if (f.deltaReferrals !== 0) clauses.push(count(f.deltaReferrals, f.deltaReferrals === 1 || f.deltaReferrals === -1 ? 'referral' : 'referrals'));
  if (f.deltaActive !== 0) clauses.push(count(f.deltaActive, f.deltaActive === 1 || f.deltaActive === -1 ? 'active customer' : 'active customers'));
  if (f.deltaNps !== null && Math.abs(f.deltaNps) >= 1) {
    clauses.push(`an NPS ${formatNumber(Math.abs(f.deltaNps))} points ${f.deltaNps > 0 ? 'lower' : 'higher'}`);
  }
  const kept = clauses.slice(0, 2);
  const money = formatMoney(Math.abs(f.deltaProfit), scenario.currency);
  if (formatCount(f.deltaProfit) === '0') kept.push('about the same profit');
  else kept.push(`${money} ${f.deltaProfit > 0 ? 'lower' : 'higher'} profit`);
  return `${subject}: ${joinClauses(kept)}.`;
}

/**
 * Explains the months played so far (`decisions[m]` is month m + 1's): one finding per relationship
 * type the player funded, plus the biggest segment × type lines, sorted by absolute profit impact.
 * Type lines are measured on the whole company, segment lines on their segment.
 */
export function explainDecisions(market: Market, decisions: readonly Decisions[]): Finding[] {
  const scenario = market.scenario;
  const months = decisions.slice(0, market.months);
  if (months.length === 0) return [];
  const byType = new Map<RelationshipTypeId, number>();
  const byLine = new Map<string, { type: RelationshipTypeId; segment: string; spend: number }>();
  for (const d of months) {
    for (const [segment, bySegment] of Object.entries(d.spend)) {
      for (const type of RELATIONSHIP_TYPES) {
        const amount = bySegment[type] ?? 0;
        if (amount <= 0) continue;
        byType.set(type, (byType.get(type) ?? 0) + amount);
        const key = `${segment}\u0000${type}`;
        const line = byLine.get(key) ?? { type, segment, spend: 0 };
        line.spend += amount;
        byLine.set(key, line);
      }
    }
  }
  const segmentsFunded = (type: RelationshipTypeId) => [...byLine.values()].filter((l) => l.type === type).length;
  const lines: { type: RelationshipTypeId; segment: string | null; spend: number }[] = [...byType].map(([type, spend]) => ({ type, segment: null, spend }));
  const segmentLines = [...byLine.values()].filter((l) => segmentsFunded(l.type) > 1).sort((a, b) => b.spend - a.spend).slice(0, SEGMENT_LINES);
  lines.push(...segmentLines);

  const player = play(market, months);
  const findings = lines.map((line) => compare(scenario, player, play(market, months.map((d) => without(d, line.type, line.segment))), line));
  return findings.sort((a, b) => Math.abs(b.deltaProfit) - Math.abs(a.deltaProfit) || b.spend - a.spend);
}

function compare(
  scenario: Scenario,
  player: Map<string | null, Outcome>,
  other: Map<string | null, Outcome>,
  line: { type: RelationshipTypeId; segment: string | null; spend: number },
): Finding {
  const a = player.get(line.segment)!;
  const b = other.get(line.segment)!;
  const delta = {
    type: line.type,
    segment: line.segment,
    spend: Math.round(line.spend * 100) / 100,
    deltaProfit: (a.profitCents - b.profitCents) / 100,
    deltaActive: a.active - b.active,
    deltaReferrals: a.referrals - b.referrals,
    deltaNps: a.nps === null || b.nps === null ? null : Math.round((a.nps - b.nps) * 1e6) / 1e6,
    deltaChurned: a.churned - b.churned,
  };
  return { ...delta, text: findingText(scenario, delta) };
}

/** One counterfactual: the months played with and without the spend on `type` (in `segment`, or everywhere when null). */
export function explainRemoval(market: Market, decisions: readonly Decisions[], type: RelationshipTypeId, segment: string | null): Finding {
  const scenario = market.scenario;
  const months = decisions.slice(0, market.months);
  let spend = 0;
  for (const d of months) {
    for (const [id, bySegment] of Object.entries(d.spend)) if (segment === null || id === segment) spend += bySegment[type] ?? 0;
  }
  const player = play(market, months);
  const other = play(market, months.map((d) => without(d, type, segment)));
  return compare(scenario, player, other, { type, segment, spend });
}
