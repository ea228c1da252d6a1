// What happened in one month, per segment, in the counts the market view animates and the text
// twin narrates: both read this, so the picture and the words never disagree. Pure data, derived
// from the engine's monthly reports (no rule of the model lives here).
import { RELATIONSHIP_TYPES, type MonthReport, type RelationshipTypeId, type Scenario } from '../../engine';

export interface SegmentStory {
  readonly id: string;
  readonly name: string;
  readonly marketSize: number;
  /** Prospects at the start of the month (people who have not adopted yet). */
  readonly prospects: number;
  readonly activeStart: number;
  readonly newCustomers: number;
  /** Of the new customers, those who came through word of mouth. */
  readonly referrals: number;
  readonly churned: number;
  readonly active: number;
  /** Active customers at the end of the month by how they would rate the business. */
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Service level (0–1) each relationship type reached this month. */
  readonly serviceLevels: Readonly<Record<RelationshipTypeId, number>>;
  /** Share of customers touched by some relationship type. */
  readonly engagement: number;
}

export interface MonthStory {
  readonly month: number;
  readonly segments: readonly SegmentStory[];
  readonly events: readonly { readonly title: string; readonly segment: string | null }[];
}

/**
 * Splits `active` into promoters, passives and detractors from NPS (% promoters − % detractors)
 * and CSAT (% rating 7 or more = passives + promoters), rounding so the three add up.
 */
export function satisfactionGroups(active: number, nps: number | null, csat: number | null): { promoters: number; passives: number; detractors: number } {
  if (active <= 0 || nps === null || csat === null) return { promoters: 0, passives: active, detractors: 0 };
  const detractorShare = Math.min(1, Math.max(0, (100 - csat) / 100));
  const promoterShare = Math.min(1 - detractorShare, Math.max(0, (nps + 100 - csat) / 100));
  const promoters = Math.round(active * promoterShare);
  const detractors = Math.min(active - promoters, Math.round(active * detractorShare));
  return { promoters, passives: active - promoters - detractors, detractors };
}

/** The story of month `report.month`; `scenario` gives names and market sizes. */
export function monthStory(scenario: Scenario, report: MonthReport): MonthStory {
  const segments = scenario.segments.map((segment): SegmentStory => {
    const m = report.segments[segment.id];
    if (!m) throw new Error(`The report of month ${report.month} has no segment "${segment.id}".`);
    const groups = satisfactionGroups(m.active, m.nps, m.csat);
    const levels = {} as Record<RelationshipTypeId, number>;
    for (const t of RELATIONSHIP_TYPES) levels[t] = m.serviceLevels[t];
    return {
      id: segment.id,
      name: segment.name,
      marketSize: segment.marketSize,
      prospects: m.prospects,
      activeStart: m.active - m.newCustomers + m.churned,
      newCustomers: m.newCustomers,
      referrals: m.referrals,
      churned: m.churned,
      active: m.active,
      ...groups,
      serviceLevels: levels,
      engagement: m.engagement ?? 0,
    };
  });
  return { month: report.month, segments, events: report.events.map((e) => ({ title: e.title, segment: e.segment })) };
}

/** The market before month 1: the initial customers, all neutral, nothing served yet. */
export function openingStory(scenario: Scenario): MonthStory {
  const none = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])) as Record<RelationshipTypeId, number>;
  return {
    month: 0,
    events: [],
    segments: scenario.segments.map((s) => ({
      id: s.id, name: s.name, marketSize: s.marketSize,
      prospects: s.marketSize - s.initialCustomers,
      activeStart: s.initialCustomers, newCustomers: 0, referrals: 0, churned: 0, active: s.initialCustomers,
      promoters: 0, passives: s.initialCustomers, detractors: 0,
      serviceLevels: none, engagement: 0,
    })),
  };
}
