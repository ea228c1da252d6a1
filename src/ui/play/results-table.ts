// The results table: this month's key metrics for each segment and in total, each with its change
// since last month, as a real table with a caption and header cells.
import type { Metrics, MonthReport, Scenario } from '../../engine';
import { h } from '../dom';
import { formatChange, formatValue, type ValueKind } from './play-format';

type MetricKey = Exclude<keyof Metrics, 'costByType' | 'serviceLevels'>;

const ROWS: readonly { readonly key: MetricKey; readonly label: string; readonly kind: ValueKind }[] = [
  { key: 'active', label: 'Active customers', kind: 'count' },
  { key: 'newCustomers', label: 'New customers', kind: 'count' },
  { key: 'referrals', label: 'of whom by word of mouth', kind: 'count' },
  { key: 'churned', label: 'Customers lost', kind: 'count' },
  { key: 'churnRate', label: 'Churn rate', kind: 'rate' },
  { key: 'revenue', label: 'Revenue', kind: 'money' },
  { key: 'cost', label: 'Costs (relationships, serving, events)', kind: 'money' },
  { key: 'profit', label: 'Profit', kind: 'money' },
  { key: 'cash', label: 'Cash (segments: their contribution so far)', kind: 'money' },
  { key: 'nps', label: 'NPS (−100 to 100)', kind: 'score' },
  { key: 'csat', label: 'CSAT (% rating 7 or more)', kind: 'score' },
  { key: 'cac', label: 'Acquisition cost per new customer (CAC)', kind: 'money' },
  { key: 'clvPredicted', label: 'Predicted customer lifetime value (CLV)', kind: 'money' },
  { key: 'clvToCac', label: 'CLV : CAC', kind: 'ratio' },
];

export function resultsTable(scenario: Scenario, report: MonthReport, previous: MonthReport | undefined): HTMLElement {
  const columns: { label: string; now: Metrics; before: Metrics | undefined }[] = [
    ...scenario.segments.map((s) => ({ label: s.name, now: report.segments[s.id]!, before: previous?.segments[s.id] })),
    { label: 'Total', now: report.total, before: previous?.total },
  ];
  const cell = (m: Metrics, before: Metrics | undefined, key: MetricKey, kind: ValueKind) => {
    const change = before ? formatChange(m[key], before[key], kind, scenario.currency) : '';
    return h('td', { class: 'num' }, formatValue(m[key], kind, scenario.currency), change ? h('span', { class: 'change' }, ` (${change})`) : null);
  };
  return h('div', { class: 'table-scroll results-table' }, h('table', {},
    h('caption', {}, `Month ${report.month} by segment${previous ? `, with the change since month ${previous.month} in brackets` : ''}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), ...columns.map((c) => h('th', { scope: 'col', class: 'num' }, c.label)))),
    h('tbody', {}, ...ROWS.map((row) => h('tr', {},
      h('th', { scope: 'row' }, row.label),
      ...columns.map((c) => cell(c.now, c.before, row.key, row.kind)))))));
}
