// Human-readable tables for the command line (the --json forms are the machine contract).
import type { SimulationOutput } from '../engine';
import type { Quantiles } from './simulate-command';

const num = (x: number | null, digits = 0): string =>
  x === null ? '–' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function formatMonthTable(out: SimulationOutput, currency: string): string {
  const header = ['month', 'new', 'active', 'churned', 'retention', 'NPS', `revenue ${currency}`, `profit ${currency}`, `cash ${currency}`, 'CLV:CAC'];
  const rows = out.months.map((m) => [
    String(m.month),
    num(m.total.newCustomers),
    num(m.total.active),
    num(m.total.churned),
    m.total.retentionRate === null ? '–' : `${(m.total.retentionRate * 100).toFixed(1)}%`,
    num(m.total.nps),
    num(m.total.revenue),
    num(m.total.profit),
    num(m.total.cash),
    num(m.total.clvToCac, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  const s = out.score;
  const score = !s ? [] : [
    `score ${s.points} of 100: value created ${num(s.value)} ${currency} (profit ${num(s.profit)} + customer equity ${num(s.equity)}); same market and luck: spending nothing ${num(s.benchmarks.noSpend)}, fitting each segment ${num(s.benchmarks.fit)}`,
    ...s.goals.map((g) => `goal ${g.met ? 'met    ' : 'not met'}  ${g.label} (${num(g.value, 1)})`),
  ];
  return [`${out.scenario} · seed ${out.seed} · engine ${out.engineVersion} · budget ${num(out.months[0]?.budget ?? 0)} ${currency} a month`, line(header), ...rows.map(line), ...score, `final state hash ${out.finalHash}`].join('\n');
}

export function formatDistribution(
  result: { scenario: string; seeds: number; cumulativeProfit: Quantiles; finalCash: Quantiles; finalActive: Quantiles; finalNps: Quantiles },
  currency: string,
): string {
  const row = (label: string, q: Quantiles) =>
    `${label.padEnd(22)}${[q.min, q.p10, q.p50, q.p90, q.max, q.mean].map((x) => num(x).padStart(12)).join('')}`;
  return [
    `${result.scenario} over ${result.seeds} seeds`,
    `${''.padEnd(22)}${['min', 'p10', 'median', 'p90', 'max', 'mean'].map((h) => h.padStart(12)).join('')}`,
    row(`cumulative profit ${currency}`, result.cumulativeProfit),
    row(`final cash ${currency}`, result.finalCash),
    row('final customers', result.finalActive),
    row('final NPS', result.finalNps),
  ].join('\n');
}
