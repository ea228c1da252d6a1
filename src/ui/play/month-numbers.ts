// A month's key numbers per segment in a small table (customers, lost, churn rate, NPS, profit),
// shown beside a question so the player answers with the month in view.
import { formatCount, formatMoney, formatNumber, formatPercent, type Metrics, type MonthReport, type Scenario } from '../../engine';
import { h } from '../dom';

export function monthNumbers(scenario: Scenario, report: MonthReport): HTMLElement {
  const money = (x: number) => formatMoney(x, scenario.currency);
  const cols: { label: string; value: (m: Metrics) => string }[] = [
    { label: 'Customers', value: (m) => formatCount(m.active) },
    { label: 'Lost', value: (m) => formatCount(m.churned) },
    { label: 'Churn rate', value: (m) => (m.churnRate === null ? '–' : formatPercent(m.churnRate, 1)) },
    { label: 'NPS', value: (m) => (m.nps === null ? '–' : formatNumber(m.nps, 0)) },
    { label: 'Profit', value: (m) => money(m.profit) },
  ];
  const row = (name: string, m: Metrics) => h('tr', {}, h('th', { scope: 'row' }, name), ...cols.map((c) => h('td', { class: 'num' }, c.value(m))));
  return h('div', { class: 'table-scroll month-numbers', tabindex: 0, role: 'region', 'aria-labelledby': 'month-numbers-caption' }, h('table', {},
    h('caption', { id: 'month-numbers-caption' }, `Month ${report.month} at a glance`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Segment'), ...cols.map((c) => h('th', { scope: 'col', class: 'num' }, c.label)))),
    h('tbody', {}, ...scenario.segments.map((s) => row(s.name, report.segments[s.id]!)), row('Total', report.total))));
}
