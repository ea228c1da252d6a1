// Plan search over a scenario's plan space under its budget (docs/model.md, "How the model is
// judged"): values the fit plan, an even split, the swapped plan, spending nothing and random
// plans over the same seeds, then climbs from the fit plan to the best plan it can find.
// usage: npx tsx scripts/plan-search.ts SCENARIO [--seeds N] [--random N] [--climb ROUNDS] [--step FRACTION]
import { parseArgs } from 'node:util';
import { loadScenario } from '../src/content/scenario/load-node';
import { NO_SPEND, fitPlan, fitPolicy, goalResults, playPlan, type Market, type Strategy } from '../src/engine';
import { evenSplit, lcg, localSearch, marketsOf, randomPlan, swappedPlan, valueOf } from '../tests/support/plan-space';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seeds: { type: 'string', default: '6' }, random: { type: 'string', default: '40' }, climb: { type: 'string', default: '0' }, step: { type: 'string', default: '0.1' } } });
const id = positionals[0] ?? 'coffee-chain';
const { scenario, file } = loadScenario(id);
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => `search-${i}`);
const markets = marketsOf(scenario, seeds, file.goals);
const money = (x: number) => `${Math.round(x).toLocaleString('en-US')}`;

/** Diagnostics of a plan in the first market: churn, NPS, CAC, CLV:CAC, payback, word-of-mouth share. */
function diagnostics(market: Market, plan: Strategy): string {
  const reports = playPlan(market, plan, { hash: false, affordable: true }).run.reports;
  return scenario.segments.map((s) => {
    const ms = reports.map((r) => r.segments[s.id]!);
    const avg = (f: (m: (typeof ms)[number]) => number | null) => {
      const xs = ms.map(f).filter((x): x is number => x !== null);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
    };
    const news = ms.reduce((a, m) => a + m.newCustomers, 0);
    const refs = ms.reduce((a, m) => a + m.referrals, 0);
    const paid = ms.reduce((a, m) => a + m.paidCustomers, 0);
    return `${s.id}: churn ${(100 * avg((m) => m.churnRate)).toFixed(1)}%/mo, NPS ${avg((m) => m.nps).toFixed(0)} (end ${ms.at(-1)!.nps?.toFixed(0)}), active ${ms.at(-1)!.active}, new ${news} (wom ${(100 * refs / Math.max(1, news)).toFixed(0)}%, paid ${(100 * paid / Math.max(1, news)).toFixed(0)}%), CAC ${avg((m) => m.cac).toFixed(1)} blended ${avg((m) => m.blendedCac).toFixed(1)}, CLV ${avg((m) => m.clvPredicted).toFixed(0)}, CLV:CAC ${avg((m) => m.clvToCac).toFixed(1)}, payback ${avg((m) => m.paybackMonths).toFixed(1)} mo`;
  }).join('\n    ');
}

const named: [string, Strategy][] = [
  ['fit policy', fitPolicy(scenario)],
  ['fit', fitPlan(scenario)],
  ['even split', evenSplit(scenario)],
  ['swapped', swappedPlan(scenario)],
  ['no spend', NO_SPEND],
];
const random = lcg(7);
for (let i = 0; i < Number(values.random); i++) named.push([`random ${i}`, randomPlan(scenario, random)]);
const rows = named.map(([name, plan]) => ({ name, plan, ...valueOf(markets, plan) }));
rows.sort((a, b) => b.mean - a.mean);
const fit = rows.find((r) => r.name === 'fit policy')!;
const staticFit = fitPlan(scenario);
console.log(`${id}: budget ${scenario.budget.monthly}/month, ${seeds.length} seeds, benchmarks no-spend ${money(markets[0]!.bench.noSpend)}, fit ${money(markets[0]!.bench.fit)} (seed 0)`);
for (const r of rows.slice(0, 12).concat(rows.filter((x) => ['even split', 'swapped', 'no spend'].includes(x.name) && rows.indexOf(x) >= 12))) {
  const wins = r.values.filter((v, i) => v > fit.values[i]!).length;
  console.log(`  ${r.name.padEnd(12)} value ${money(r.mean).padStart(12)}  points ${r.meanPoints.toFixed(1).padStart(5)}  goals ${(100 * r.goalsMet).toFixed(0).padStart(3)}%  beats fit on ${wins}/${seeds.length}  ${typeof r.plan !== 'function' && r.name.startsWith('random') && 'spend' in r.plan ? JSON.stringify(r.plan.spend) : ''}`);
}
console.log(`  fit plan (month 1): ${JSON.stringify(staticFit.spend)}\n    ${diagnostics(markets[0]!.market, fit.plan)}`);
console.log(`  no spend:\n    ${diagnostics(markets[0]!.market, NO_SPEND)}`);
const even = rows.find((r) => r.name === 'even split')!;
console.log(`  even split:\n    ${diagnostics(markets[0]!.market, even.plan)}`);
if (Number(values.climb) > 0) {
  const step = Math.round(Number(values.step) * scenario.budget.monthly);
  const best = localSearch(scenario, markets, staticFit, { step, rounds: Number(values.climb), log: (s) => console.log(`  ${s}`) });
  console.log(`  climbed: ${money(best.mean)} (${((best.mean - fit.mean) / Math.abs(fit.mean - rows.find((r) => r.name === 'no spend')!.mean) * 100).toFixed(1)}% of the fit gain above fit) ${JSON.stringify(best.plan.spend)}\n    ${diagnostics(markets[0]!.market, best.plan)}`);
}

/** Each goal's value in every market, for the fit policy and the even split (to set targets). */
for (const name of ['fit policy', 'even split']) {
  const plan = rows.find((r) => r.name === name)!.plan;
  const games = markets.map(({ market }) => playPlan(market, plan, { hash: false, affordable: true }));
  const lines = file.goals.map((g) => {
    const valuesOf = games.map((game) => goalResults(game.run.reports, [g])[0]!.value ?? NaN).sort((a, b) => a - b);
    return `${g.id} [${valuesOf.map((x) => Math.round(x)).join(', ')}] target ${g.target}`;
  });
  console.log(`  goals, ${name}: ${lines.join('; ')}`);
}
