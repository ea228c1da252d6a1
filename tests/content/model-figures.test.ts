// Figures the lessons quote from the model are the model's: every "How Rapport measures this" box
// carries a worked example whose result is the number the engine reports for that month (checked
// against the definitions by hand here), and the retention table is retentionGain's, and what the
// lesson says about it holds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/learn/load-course';
import { EXAMPLE_GAME, measureExamples } from '../../src/content/learn/model-figures';
import { MEASURED_METRICS } from '../../src/content/learn/render-markdown';
import { loadScenario } from '../../src/content/scenario/load-node';
import { fitPolicy, formatMoney, formatPercent, playPlan, resolveMarket, retentionGain } from '../../src/engine';

const loaded = loadCourse(path.resolve('content'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const { course } = loaded;
const { scenario: coffee } = loadScenario(EXAMPLE_GAME.scenario);
const examples = measureExamples(coffee);

/** The example month's report, played independently of model-figures.ts. */
function exampleMetrics() {
  const market = resolveMarket({ scenario: coffee, goals: [], seed: EXAMPLE_GAME.seed, months: EXAMPLE_GAME.month });
  if (!market.ok) throw new Error(market.error);
  return playPlan(market.value, fitPolicy(coffee), { hash: false, affordable: true }).run.reports[EXAMPLE_GAME.month - 1]!.segments[EXAMPLE_GAME.segment]!;
}

describe('"How Rapport measures this" boxes', () => {
  const m = exampleMetrics();
  const count = (s: string) => Number(s.replace(/[^0-9.-]/g, ''));

  it('exist for every metric a lesson marks, with the example attached', () => {
    const blocks = course.lessons.flatMap((l) => l.blocks.filter((b) => b.kind === 'measures'));
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    for (const b of blocks) if (b.kind === 'measures') expect(b.example?.metric).toBe(b.metric);
    expect(Object.keys(examples).sort()).toEqual([...MEASURED_METRICS].sort());
  });

  it('work the churn and retention rates from the counts shown, over the customers at the start', () => {
    const rows = Object.fromEntries(examples['churn-rate'].rows);
    const start = count(rows['Customers at the start of the month']!);
    const left = count(rows['Of them, left during the month']!);
    expect(start).toBe(m.customersStart);
    expect(examples['churn-rate'].value).toBe(formatPercent(left / start, 1));
    expect(examples['retention-rate'].value).toBe(formatPercent((start - left) / start, 1));
    // Newcomers who left are shown apart and are not in the rate.
    expect(left + count(rows['New customers who left in their first month (not in the rate)']!)).toBe(m.churned);
  });

  it('give the CAC, CLV:CAC and payback the results table shows', () => {
    expect(examples['paid-cac'].value).toBe(formatMoney(m.cac!, coffee.currency, { cents: m.cac! < 100 }));
    expect(examples['clv-to-cac'].value).toBe(m.clvToCac!.toFixed(1));
    expect(examples['payback-months'].value).toBe(`${m.paybackMonths!.toFixed(1)} months`);
    // Paid CAC is never below blended CAC: it divides by fewer customers.
    expect(m.cac!).toBeGreaterThanOrEqual(m.blendedCac!);
  });
});

describe('the retention table of the relationship-economics lesson', () => {
  const lesson = course.lessons.find((l) => l.id === 'relationship-economics')!;
  const block = lesson.blocks.find((b) => b.kind === 'retention');

  it('is retentionGain for each segment of the coffee chain', () => {
    expect(block?.kind === 'retention' && block.table).toBeTruthy();
    if (block?.kind !== 'retention' || !block.table) return;
    expect(block.table.rows.map((r) => r.segment)).toEqual(coffee.segments.map((s) => s.name));
    coffee.segments.forEach((segment, i) => {
      const gain = retentionGain(coffee, segment.id);
      expect(block.table!.rows[i]!.change).toBe(`+${formatPercent(gain.change, 0)}`);
      expect(block.table!.rows[i]!.annualAfter).toBe(formatPercent(gain.annualAfter, 0));
    });
  });

  it('holds what the lesson says of it: a gain of a tenth to a quarter, from segments keeping a third to three quarters a year', () => {
    const html = lesson.blocks.flatMap((b) => (b.kind === 'html' ? [b.html] : [])).join('\n');
    expect(html).toContain('between a tenth and a quarter');
    expect(html).toContain('between a third and three quarters');
    for (const segment of coffee.segments) {
      const gain = retentionGain(coffee, segment.id);
      expect(gain.change, segment.id).toBeGreaterThanOrEqual(0.1);
      expect(gain.change, segment.id).toBeLessThanOrEqual(0.25);
      expect(gain.annualBefore, segment.id).toBeGreaterThanOrEqual(1 / 3);
      expect(gain.annualBefore, segment.id).toBeLessThanOrEqual(0.75);
    }
  });
});
