// Turns a month's raw tallies into the reported metrics, per segment and in total.
import { RELATIONSHIP_TYPES } from './relationship-types';
import type { Metrics } from './metrics-types';
import type { FutureTally, MonthTally } from './month-tally';

export const money = (cents: number): number => Math.round(cents) / 100;
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
export const ratio6 = (a: number, b: number): number | null => (b > 0 ? round6(a / b) : null);

type Survey = Pick<FutureTally, 'promoters' | 'detractors' | 'atRisk'>;
/** Net promoter score of the customers served (null when nobody was). */
export const npsOf = (t: Survey): number | null => (t.atRisk > 0 ? round6((100 * (t.promoters - t.detractors)) / t.atRisk) : null);

function byType(values: readonly number[], f: (v: number) => number): Metrics['costByType'] {
  const out: Record<string, number> = {};
  RELATIONSHIP_TYPES.forEach((id, k) => { out[id] = f(values[k]!); });
  return out as Metrics['costByType'];
}

export function toMetrics(t: MonthTally): Metrics {
  const spend = t.spendCents.reduce((a, b) => a + b, 0);
  // Paid CAC divides by the customers the spend brought beyond the organic baseline; below one such
  // customer a CAC would only say that acquisition spend bought nobody, so it is not given.
  const cac = t.paidCustomers >= 1 ? t.acquisitionSpendCents / 100 / t.paidCustomers : null;
  const surveyed = t.atRisk;
  return {
    prospects: t.prospects,
    newCustomers: t.newCustomers,
    customersStart: t.customersStart,
    active: t.active,
    churned: t.churned,
    retentionRate: ratio6(t.customersStart - t.churnedStart, t.customersStart),
    churnRate: ratio6(t.churnedStart, t.customersStart),
    revenue: money(t.revenueCents + t.expansionCents),
    expansionRevenue: money(t.expansionCents),
    cost: money(spend + t.serveCents + t.eventCents + t.interestCents + t.researchCents),
    costByType: byType(t.spendCents, money),
    costToServe: money(t.serveCents),
    interest: money(t.interestCents),
    research: money(t.researchCents),
    profit: money(t.profitCents),
    cash: money(t.cashCents),
    paidCustomers: round6(t.paidCustomers),
    cac: cac === null ? null : round6(cac),
    blendedCac: ratio6(t.acquisitionSpendCents / 100, t.newCustomers),
    clvPredicted: round6(t.clvPredicted),
    clvRealized: ratio6(t.realizedValue, t.acquiredInGame),
    clvToCac: cac !== null && cac > 0 ? round6(t.clvPredicted / cac) : null,
    paybackMonths: cac !== null && t.netMargin > 0 ? round6(cac / t.netMargin) : null,
    nps: npsOf(t),
    csat: surveyed > 0 ? round6((100 * t.satisfied) / surveyed) : null,
    satisfaction: ratio6(t.satisfactionSum, surveyed),
    referrals: t.referrals,
    conversionRate: ratio6(t.newCustomers, t.prospects),
    engagement: round6(t.engagement),
    serviceLevels: byType(t.levels, round6),
  };
}

/** Adds segment tallies into the company total; shares and CLV are weighted by customers. */
export function totalTally(parts: readonly MonthTally[], cashCents: number): MonthTally {
  const sum = (f: (t: MonthTally) => number): number => parts.reduce((a, t) => a + f(t), 0);
  const atRisk = sum((t) => t.atRisk);
  const newCustomers = sum((t) => t.newCustomers);
  const weighted = (f: (t: MonthTally) => number, w: (t: MonthTally) => number): number => {
    const total = sum(w);
    return total > 0 ? parts.reduce((a, t) => a + f(t) * w(t), 0) / total : 0;
  };
  const clvWeight = newCustomers > 0 ? (t: MonthTally) => t.newCustomers : (t: MonthTally) => t.atRisk;
  return {
    prospects: sum((t) => t.prospects),
    newCustomers,
    referrals: sum((t) => t.referrals),
    paidCustomers: sum((t) => t.paidCustomers),
    customersStart: sum((t) => t.customersStart),
    atRisk,
    active: sum((t) => t.active),
    churned: sum((t) => t.churned),
    churnedStart: sum((t) => t.churnedStart),
    revenueCents: sum((t) => t.revenueCents),
    expansionCents: sum((t) => t.expansionCents),
    spendCents: RELATIONSHIP_TYPES.map((_, k) => sum((t) => t.spendCents[k]!)),
    acquisitionSpendCents: sum((t) => t.acquisitionSpendCents),
    serveCents: sum((t) => t.serveCents),
    eventCents: sum((t) => t.eventCents),
    researchCents: sum((t) => t.researchCents),
    interestCents: sum((t) => t.interestCents),
    profitCents: sum((t) => t.profitCents),
    cashCents,
    promoters: sum((t) => t.promoters),
    detractors: sum((t) => t.detractors),
    satisfied: sum((t) => t.satisfied),
    satisfactionSum: sum((t) => t.satisfactionSum),
    engagement: weighted((t) => t.engagement, (t) => t.atRisk),
    levels: RELATIONSHIP_TYPES.map((_, k) => weighted((t) => t.levels[k]!, (t) => t.atRisk)),
    netMargin: weighted((t) => t.netMargin, clvWeight),
    clvPredicted: weighted((t) => t.clvPredicted, clvWeight),
    realizedValue: sum((t) => t.realizedValue),
    acquiredInGame: sum((t) => t.acquiredInGame),
  };
}
