// The metrics the engine reports every month, per segment and in total (keys as in product.md).
// Money is in the scenario's currency, rounded to cents; rates are fractions from 0 to 1;
// NPS runs from −100 to 100 and CSAT from 0 to 100. A ratio without a denominator is null.
import type { RelationshipTypeId } from './relationship-types';

export interface Metrics {
  /** People in the market who have not adopted yet, at the start of the month. */
  readonly prospects: number;
  readonly newCustomers: number;
  /** Customers at the start of the month. */
  readonly customersStart: number;
  /** Customers at the end of the month. */
  readonly active: number;
  /** Customers who left this month (new ones who left in their first month included). */
  readonly churned: number;
  /** Of the customers at the start of the month, the share still there at its end. */
  readonly retentionRate: number | null;
  /** Of the customers at the start of the month, the share who left during it. */
  readonly churnRate: number | null;
  readonly revenue: number;
  /** Of which expansion revenue (upsell and cross-sell). */
  readonly expansionRevenue: number;
  /** Everything spent this month: relationship spend, cost to serve, event costs, interest and research. */
  readonly cost: number;
  readonly costByType: { readonly [K in RelationshipTypeId]: number };
  readonly costToServe: number;
  /** Interest paid on negative cash. */
  readonly interest: number;
  /** Customer surveys paid this month. */
  readonly research: number;
  readonly profit: number;
  /** Total: the company's cash. Per segment: the segment's cumulative contribution. */
  readonly cash: number;
  /** New customers the relationship spend brought, beyond the organic baseline (the model's expectation). */
  readonly paidCustomers: number;
  /** Paid CAC: acquisition-attributed spend ÷ paid customers (null below one paid customer). */
  readonly cac: number | null;
  /** Blended CAC: acquisition-attributed spend ÷ all new customers. */
  readonly blendedCac: number | null;
  /** Expected discounted value of a customer acquired now, at today's service (tenure growth included). */
  readonly clvPredicted: number;
  /** Discounted value actually collected per customer acquired so far. */
  readonly clvRealized: number | null;
  readonly clvToCac: number | null;
  readonly paybackMonths: number | null;
  readonly nps: number | null;
  /** % of customers answering 4 or 5 to "how satisfied are you?" (1–5). */
  readonly csat: number | null;
  /** Mean satisfaction (0–10) of the customers served this month. */
  readonly satisfaction: number | null;
  /** New customers who came through word of mouth. */
  readonly referrals: number;
  /** New customers ÷ prospects. */
  readonly conversionRate: number | null;
  /** Share of customers touched by at least one relationship type this month. */
  readonly engagement: number | null;
  /** Service level (0–1) reached by each type this month. */
  readonly serviceLevels: { readonly [K in RelationshipTypeId]: number };
}

export interface MonthReport {
  readonly month: number;
  /** The month's relationship budget. */
  readonly budget: number;
  readonly total: Metrics;
  readonly segments: { readonly [segmentId: string]: Metrics };
  /** Events that were active this month (ids), with the segments they hit. */
  readonly events: readonly { readonly id: string; readonly title: string; readonly segment: string | null }[];
  readonly hash: string;
}
