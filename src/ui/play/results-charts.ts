// The charts a manager wants after each month, as accessible SVG: customers, money (revenue,
// profit, cash), NPS, CLV:CAC and cohort survival, each with a summary and a table of its numbers.
import { cohortSurvival, formatCount, formatMoney, formatNumber, formatPercent, type MonthReport, type RunState } from '../../engine';
import { h } from '../dom';
import { lineChart } from './charts/line-chart';

export function resultsCharts(run: RunState): HTMLElement {
  const scenario = run.scenario;
  const reports = run.reports;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const months = reports.map((r) => `Month ${r.month}`);
  const last = reports[reports.length - 1]!;
  const bySegment = (pick: (r: MonthReport, id: string | null) => number | null) => [
    ...scenario.segments.map((s) => ({ label: s.name, values: reports.map((r) => pick(r, s.id)) })),
    { label: 'Total', values: reports.map((r) => pick(r, null)) },
  ];
  const metric = (r: MonthReport, id: string | null) => (id === null ? r.total : r.segments[id]!);
  const survival = cohortSurvival(run);
  const ages = Math.max(...survival.map((c) => c.survival.length));
  const afterAges = survival[0]!.survival;
  const lastAge = afterAges.length - 1;

  return h('div', { class: 'results-charts' },
    lineChart({
      id: 'chart-customers', title: 'Active customers', xLabels: months, format: formatCount,
      series: bySegment((r, id) => metric(r, id).active),
      summary: `In month ${last.month} you have ${formatCount(last.total.active)} active customers in all.`,
    }),
    lineChart({
      id: 'chart-money', title: 'Revenue, profit and cash', xLabels: months, format: money,
      series: [
        { label: 'Revenue', values: reports.map((r) => r.total.revenue) },
        { label: 'Profit', values: reports.map((r) => r.total.profit) },
        { label: 'Cash', values: reports.map((r) => r.total.cash) },
      ],
      summary: `In month ${last.month}: revenue ${money(last.total.revenue)}, profit ${money(last.total.profit)}, cash ${money(last.total.cash)}.`,
    }),
    lineChart({
      id: 'chart-nps', title: 'Net Promoter Score', xLabels: months, format: (x) => formatNumber(x, 0),
      series: bySegment((r, id) => metric(r, id).nps),
      summary: `NPS in month ${last.month}: ${last.total.nps === null ? 'nobody to ask' : formatNumber(last.total.nps, 0)} in all (from −100 to 100).`,
    }),
    lineChart({
      id: 'chart-clv-cac', title: 'Customer lifetime value to acquisition cost (CLV : CAC)', xLabels: months, format: (x) => `${formatNumber(x, 1)}×`,
      series: bySegment((r, id) => metric(r, id).clvToCac),
      summary: last.total.clvToCac === null
        ? `In month ${last.month} there were no new customers, so CLV : CAC is not defined.`
        : `In month ${last.month} a new customer is expected to be worth ${formatNumber(last.total.clvToCac, 1)} times what it cost to win.`,
    }),
    lineChart({
      id: 'chart-survival', title: 'Cohort survival: share of customers still active, by months since they joined', includeZero: true,
      xLabels: Array.from({ length: ages }, (_, a) => (a === 0 ? 'Joined' : `${a} ${a === 1 ? 'month' : 'months'}`)),
      format: (x) => formatPercent(x),
      series: survival.map((c) => ({ label: c.segment === null ? 'All customers' : scenario.segments.find((s) => s.id === c.segment)!.name, values: Array.from({ length: ages }, (_, a) => c.survival[a] ?? null) })),
      summary: lastAge > 0
        ? `Of the customers who have been with you ${lastAge} ${lastAge === 1 ? 'month' : 'months'}, ${formatPercent(afterAges[lastAge]!)} are still active.`
        : 'No customer has been with you long enough to show survival yet.',
    }));
}
