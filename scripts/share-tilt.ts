// Share-tilt check of a scenario (docs/model.md, "Calibration of the shipped scenarios"): plays the
// fit policy with a step of the budget moved from one segment to another (every ordered pair, the
// mixes within each segment fitted as usual) and prints each tilt's gain in % of the fit gain.
// usage: npx tsx scripts/share-tilt.ts SCENARIO [--seeds N] [--step FRACTION]
import { parseArgs } from 'node:util';
import { loadScenario } from '../src/content/scenario/load-node';
import { NO_SPEND, type Decisions, type RunState, type Strategy } from '../src/engine';
import { monthBudget } from '../src/engine/model/budget';
import { fitMix, fitPolicy, segmentShares } from '../src/engine/model/fit-plan';
import { marketsOf, valueOf } from '../tests/support/plan-space';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seeds: { type: 'string', default: '4' }, step: { type: 'string', default: '0.1' } } });
const id = positionals[0] ?? 'coffee-chain';
const { scenario, file } = loadScenario(id);
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => `search-${i}`);
const markets = marketsOf(scenario, seeds, file.goals);
const step = Number(values.step);

/** The fit policy with the given segment shares (each segment's mix fitted to its customers, month by month). */
function tilted(shares: readonly number[]): Strategy {
  return (run: RunState): Decisions => ({
    spend: Object.fromEntries(scenario.segments.map((s, i) => [s.id, fitMix(scenario, s, monthBudget(run) * shares[i]!, run.segments[i]!.pop.count)])),
  });
}

const shares = segmentShares(scenario);
const fit = valueOf(markets, fitPolicy(scenario));
const none = valueOf(markets, NO_SPEND);
const gain = fit.mean - none.mean;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
console.log(`${id}: shares ${scenario.segments.map((s, i) => `${s.id} ${(100 * shares[i]!).toFixed(0)}%`).join(', ')}; fit gain ${Math.round(gain).toLocaleString('en-US')} over ${seeds.length} seeds`);
let best = 0;
for (let from = 0; from < shares.length; from++) {
  for (let to = 0; to < shares.length; to++) {
    if (from === to) continue;
    const moved = Math.min(step, shares[from]!);
    const next = shares.map((x, i) => x + (i === to ? moved : i === from ? -moved : 0));
    const v = valueOf(markets, tilted(next));
    const wins = v.values.filter((x, k) => x > fit.values[k]!).length;
    const g = (100 * (v.mean - fit.mean)) / gain;
    best = Math.max(best, g);
    console.log(`  ${(100 * moved).toFixed(0)}% ${scenario.segments[from]!.id} → ${scenario.segments[to]!.id}: ${pct(g)} of the fit gain, beats fit on ${wins}/${seeds.length}`);
  }
}
console.log(`  best tilt: ${pct(best)}`);
