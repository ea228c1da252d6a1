// The results table: this month's numbers in total and for each segment, each with its change
// since last month, as a real table with a caption and header cells. The Total column comes first
// (it stays in view on a phone, as does the row header); rows of customers and money add up.
import type { MonthReport, Scenario } from '../../engine';
import { h } from '../dom';
import { formatChange, formatValue } from './play-format';
import { resultRows, rowCells, wholeUnitsAddingUp } from './results-rows';

export function resultsTable(scenario: Scenario, report: MonthReport, previous: MonthReport | undefined): HTMLElement {
  const rows = resultRows(scenario);
  const cell = (now: number | null, before: number | null | undefined, kind: Parameters<typeof formatValue>[1], total: boolean) => {
    const change = before !== undefined ? formatChange(now, before, kind, scenario.currency) : '';
    return h('td', { class: total ? 'num total-col' : 'num' }, now === null ? '' : formatValue(now, kind, scenario.currency), change ? h('span', { class: 'change' }, ` (${change})`) : null);
  };
  return h('div', { class: 'table-scroll results-table', tabindex: 0, role: 'region', 'aria-labelledby': `results-caption-${report.month}` }, h('table', {},
    h('caption', { id: `results-caption-${report.month}` }, `Month ${report.month} by segment${previous ? `, with the change since month ${previous.month} in brackets` : ''}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Metric'), h('th', { scope: 'col', class: 'num total-col' }, 'Total'), ...scenario.segments.map((s) => h('th', { scope: 'col', class: 'num' }, s.name)))),
    h('tbody', {}, ...rows.map((row) => {
      const now = rowCells(row, scenario, report);
      // Money that adds up is shown in whole units that add up too.
      if (row.adds && row.kind === 'money' && now.total !== null) {
        const shown = wholeUnitsAddingUp(now.segments.map((v) => v ?? 0), now.total);
        now.segments = now.segments.map((v, i) => (v === null ? null : shown[i]!));
        now.total = Math.round(now.total);
      }
      const before = previous ? rowCells(row, scenario, previous) : null;
      return h('tr', { 'data-row': row.id },
        h('th', { scope: 'row' }, row.label),
        cell(now.total, before ? before.total : undefined, row.kind, true),
        ...now.segments.map((v, i) => cell(v, before ? before.segments[i] : undefined, row.kind, false)));
    }))));
}
