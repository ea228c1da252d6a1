// The results table adds up: on every row of customers or money, in every month of every shipped
// scenario (with and without spend, an overdraft included), the segment columns sum to the Total
// column to the cent; cash is the starting cash plus the profit so far.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { fitPolicy, playPlan, resolveMarket, simulate, NO_SPEND } from '../../../src/engine';
import { resultRows, rowCells, wholeUnitsAddingUp } from '../../../src/ui/play/results-rows';

const ids = ['tutorial', 'coffee-chain', 'b2b-wholesaler', 'streaming-service'];

describe('the results table', () => {
  it('shows money in whole units that add up to the rounded total', () => {
    expect(wholeUnitsAddingUp([1778.4, 1340.45], 3118.85)).toEqual([1778, 1341]);
    expect(wholeUnitsAddingUp([-10.6, 5.2], -5.4)).toEqual([-10, 5]);
    expect(wholeUnitsAddingUp([0.4, 0.4, 0.4], 1.2)).toEqual([1, 0, 0]);
  });

  it.each(ids)('adds up on every row of customers and money in %s', (id) => {
    const { scenario, file, points } = loadScenario(id);
    const market = resolveMarket({ scenario, goals: file.goals, points, seed: 'adds-up', months: Math.min(12, scenario.months) });
    if (!market.ok) throw new Error(market.error);
    const fit = playPlan(market.value, fitPolicy(scenario), { affordable: true }).run.reports;
    const none = simulate(scenario, NO_SPEND, 'adds-up', { months: Math.min(12, scenario.months) }).months;
    const rows = resultRows(scenario);
    expect(rows.filter((r) => r.adds).length).toBeGreaterThanOrEqual(10);
    for (const report of [...fit, ...none]) {
      for (const row of rows.filter((r) => r.adds)) {
        const cells = rowCells(row, scenario, report);
        const sum = cells.segments.reduce((a: number, v) => a + Math.round((v ?? 0) * 100), 0);
        expect(sum, `${row.id} in month ${report.month}`).toBe(Math.round(cells.total! * 100));
      }
      for (const row of rows.filter((r) => r.adds && r.kind === 'money')) {
        const cells = rowCells(row, scenario, report);
        const shown = wholeUnitsAddingUp(cells.segments.map((v) => v ?? 0), cells.total!);
        expect(shown.reduce((a, b) => a + b, 0), `${row.id} as shown in month ${report.month}`).toBe(Math.round(cells.total!));
        shown.forEach((v, i) => expect(Math.abs(v - cells.segments[i]!)).toBeLessThan(1));
      }
      const cash = rowCells(rows.find((r) => r.id === 'cash')!, scenario, report);
      const soFar = rowCells(rows.find((r) => r.id === 'profit-so-far')!, scenario, report);
      expect(cash.segments.every((v) => v === null)).toBe(true);
      expect(Math.round(cash.total! * 100)).toBe(Math.round((scenario.startingCash + soFar.total!) * 100));
    }
  });
});
