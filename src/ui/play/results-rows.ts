// The rows of a month's results table and how each is read from the engine's metrics. Rows that
// are amounts of customers or money add up: the segment columns sum to the Total column. Cash is
// the company's alone (starting cash plus the profit so far); per segment the table shows each
// segment's profit so far, which adds up to the company's. Ratios and scores do not add up.
import { RELATIONSHIP_TYPES, wholeParts, type Metrics, type MonthReport, type Scenario } from '../../engine';
import type { ValueKind } from './play-format';

export interface ResultRow {
  readonly id: string;
  readonly label: string;
  readonly kind: ValueKind;
  /** The segment columns add up to the total (counts and money). */
  readonly adds: boolean;
  /** The value for a segment's metrics (null: not defined for a segment). */
  segment(m: Metrics): number | null;
  total(m: Metrics): number | null;
}

const spendOf = (m: Metrics) => RELATIONSHIP_TYPES.reduce((a, t) => a + Math.round(m.costByType[t] * 100), 0) / 100;
/** Rounded to the cent, never −0. */
const cents = (x: number) => Math.round(x * 100) / 100 + 0;
const both = (f: (m: Metrics) => number | null) => ({ segment: f, total: f });

/** The rows for `scenario` (its starting cash names the cash row). */
export function resultRows(scenario: Scenario): ResultRow[] {
  return [
    { id: 'active', label: 'Active customers', kind: 'count', adds: true, ...both((m) => m.active) },
    { id: 'new', label: 'New customers', kind: 'count', adds: true, ...both((m) => m.newCustomers) },
    { id: 'referrals', label: 'of whom by word of mouth', kind: 'count', adds: true, ...both((m) => m.referrals) },
    { id: 'churned', label: 'Customers lost', kind: 'count', adds: true, ...both((m) => m.churned) },
    { id: 'churn-rate', label: 'Churn rate (of customers at the start of the month)', kind: 'rate', adds: false, ...both((m) => m.churnRate) },
    { id: 'revenue', label: 'Revenue', kind: 'money', adds: true, ...both((m) => m.revenue) },
    { id: 'spend', label: 'Relationship spend', kind: 'money', adds: true, ...both(spendOf) },
    { id: 'serve', label: 'Cost to serve', kind: 'money', adds: true, ...both((m) => m.costToServe) },
    { id: 'other', label: 'Events and interest', kind: 'money', adds: true, ...both((m) => cents(m.cost - spendOf(m) - m.costToServe)) },
    { id: 'profit', label: 'Profit this month', kind: 'money', adds: true, ...both((m) => m.profit) },
    { id: 'profit-so-far', label: 'Profit so far (each segment\'s contribution)', kind: 'money', adds: true, segment: (m) => m.cash, total: (m) => cents(m.cash - scenario.startingCash) },
    { id: 'cash', label: `Cash (starting cash plus profit so far; the company's only)`, kind: 'money', adds: false, segment: () => null, total: (m) => m.cash },
    { id: 'nps', label: 'NPS (−100 to 100)', kind: 'score', adds: false, ...both((m) => m.nps) },
    { id: 'csat', label: 'CSAT (% satisfied, 4 or 5 of 5)', kind: 'score', adds: false, ...both((m) => m.csat) },
    { id: 'cac', label: 'Paid CAC (acquisition spend per customer it brought)', kind: 'money', adds: false, ...both((m) => m.cac) },
    { id: 'blended-cac', label: 'Blended CAC (per new customer, organic ones included)', kind: 'money', adds: false, ...both((m) => m.blendedCac) },
    { id: 'clv', label: 'Predicted lifetime value of a new customer (CLV)', kind: 'money', adds: false, ...both((m) => m.clvPredicted) },
    { id: 'clv-cac', label: 'CLV : paid CAC', kind: 'ratio', adds: false, ...both((m) => m.clvToCac) },
    { id: 'payback', label: 'Payback of paid CAC (months)', kind: 'months', adds: false, ...both((m) => m.paybackMonths) },
  ];
}

/** A row's cells for a month: the total first, then each segment in the scenario's order. */
export function rowCells(row: ResultRow, scenario: Scenario, report: MonthReport): { total: number | null; segments: (number | null)[] } {
  // (a fresh object: the table may round its cells for display)
  return { total: row.total(report.total), segments: scenario.segments.map((s) => row.segment(report.segments[s.id]!)) };
}

/**
 * Whole units for a row's segment cells that add up to the rounded total, as shown: each value
 * rounded down, then the units left over given to the largest remainders (so $1,778.40 + $1,340.45
 * shows as $1,778 + $1,341 = $3,119, not $1,778 + $1,340 beside a total of $3,119).
 */
export function wholeUnitsAddingUp(values: readonly number[], total: number): number[] {
  return wholeParts(values, Math.round(total));
}
