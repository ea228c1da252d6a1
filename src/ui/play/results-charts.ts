// The charts a manager wants after each month, as accessible SVG: customers, revenue and profit,
// cash (on its own axis, with zero and the overdraft limit), NPS, CLV:CAC on a logarithmic axis
// (a spike of one month cannot flatten the others; 3:1 marked) and cohort survival. Every chart
// gives each segment the same colour, dash and marker (the total its own), has a summary and a
// table of its numbers, and can be heard with sounds on.
import { cohortSurvival, formatCount, formatMoney, formatNumber, formatPercent, type MonthReport, type RunState } from '../../engine';
import { h } from '../dom';
import { lineChart, type Series } from './charts/line-chart';

/** The style of the total in every chart (segments take styles 0, 1, 2…). */
export const TOTAL_STYLE = 4;

export function resultsCharts(run: RunState): HTMLElement {
  const scenario = run.scenario;
  const reports = run.reports;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const months = reports.map((r) => `Month ${r.month}`);
  const last = reports[reports.length - 1]!;
  const bySegment = (pick: (r: MonthReport, id: string | null) => number | null): Series[] => [
    ...scenario.segments.map((s, i) => ({ label: s.name, style: i, values: reports.map((r) => pick(r, s.id)) })),
    { label: 'Total', style: TOTAL_STYLE, values: reports.map((r) => pick(r, null)) },
  ];
  const metric = (r: MonthReport, id: string | null) => (id === null ? r.total : r.segments[id]!);
  const survival = cohortSurvival(run);
  const ages = Math.max(...survival.map((c) => c.survival.length));
  const all = survival.find((c) => c.segment === null) ?? survival[0]!;
  const lastAge = all.survival.length - 1;
  const survivalSeries: Series[] = [
    ...scenario.segments.flatMap((s, i) => survival.filter((c) => c.segment === s.id).map((c) => ({ label: s.name, style: i, values: Array.from({ length: ages }, (_, a) => c.survival[a] ?? null) }))),
    ...survival.filter((c) => c.segment === null).map((c) => ({ label: 'All customers', style: TOTAL_STYLE, values: Array.from({ length: ages }, (_, a) => c.survival[a] ?? null) })),
  ];
  const ratio = last.total.clvToCac;

  return h('div', { class: 'results-charts' },
    lineChart({
      id: 'chart-customers', title: 'Active customers', xLabels: months, format: formatCount,
      series: bySegment((r, id) => metric(r, id).active),
      summary: `In month ${last.month} you have ${formatCount(last.total.active)} active customers in all.`,
    }),
    lineChart({
      id: 'chart-money', title: 'Revenue and profit per month', xLabels: months, format: money,
      series: [
        { label: 'Revenue', style: 0, values: reports.map((r) => r.total.revenue) },
        { label: 'Profit', style: 2, values: reports.map((r) => r.total.profit) },
      ],
      lines: [{ value: 0, label: 'Break-even' }],
      summary: `In month ${last.month}: revenue ${money(last.total.revenue)}, profit ${money(last.total.profit)}.`,
    }),
    lineChart({
      id: 'chart-cash', title: 'Cash', xLabels: ['Start', ...months], format: money,
      series: [{ label: 'Cash', style: TOTAL_STYLE, values: [scenario.startingCash, ...reports.map((r) => r.total.cash)] }],
      lines: [{ value: 0, label: 'Zero' }, ...(scenario.cash.overdraftLimit > 0 ? [{ value: -scenario.cash.overdraftLimit, label: 'Overdraft limit' }] : [])],
      summary: `Cash after month ${last.month}: ${money(last.total.cash)} (it started at ${money(scenario.startingCash)}).`,
    }),
    lineChart({
      id: 'chart-nps', title: 'Net Promoter Score', xLabels: months, format: (x) => formatNumber(x, 0),
      series: bySegment((r, id) => metric(r, id).nps),
      summary: `NPS in month ${last.month}: ${last.total.nps === null ? 'nobody to ask' : formatNumber(last.total.nps, 0)} in all (from −100 to 100).`,
    }),
    lineChart({
      id: 'chart-clv-cac', title: 'Customer lifetime value to paid acquisition cost (CLV : CAC, logarithmic axis)', xLabels: months, format: (x) => `${formatNumber(x, x < 10 ? 1 : 0)}×`,
      scale: 'log', lines: [{ value: 3, label: 'A common aim: 3 : 1' }],
      series: bySegment((r, id) => metric(r, id).clvToCac),
      summary: ratio === null
        ? `In month ${last.month} your spend brought no customer beyond the organic ones, so CLV : CAC is not defined.`
        : `In month ${last.month} a customer your spend brought is expected to be worth ${formatNumber(ratio, 1)} times what it cost to win. Each step of the axis is ten times the one below.`,
    }),
    lineChart({
      id: 'chart-survival', title: 'Cohort survival: share of customers still active, by months since they joined', includeZero: true,
      xLabels: Array.from({ length: ages }, (_, a) => (a === 0 ? 'Joined' : `${a} ${a === 1 ? 'month' : 'months'}`)),
      format: (x) => formatPercent(x),
      series: survivalSeries,
      summary: lastAge > 0
        ? `Of the customers who have been with you ${lastAge} ${lastAge === 1 ? 'month' : 'months'}, ${formatPercent(all.survival[lastAge]!)} are still active.`
        : 'No customer has been with you long enough to show survival yet.',
    }));
}
