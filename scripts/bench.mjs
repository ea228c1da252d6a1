// `npm run bench`: the engine's speed, measured on the bundled engine (what browsers run), with
// targets printed next to the figures. Run after scripts/build-engine.mjs and dump-scenarios.ts.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import alea from 'seedrandom/lib/alea.js';
import * as engine from '../dist-engine/engine.js';

const scenarios = JSON.parse(readFileSync(new URL('../dist-engine/scenarios.json', import.meta.url), 'utf8'));
const coffee = scenarios['coffee-chain'].scenario;
const rows = [];
const report = (name, value, unit, target, ok) => rows.push({ name, value, unit, target, ok });
const time = (f) => { const t0 = performance.now(); const r = f(); return [performance.now() - t0, r]; };

/**
 * On a shared machine other tenants slow the processor down for seconds at a time (by up to 50 %
 * on our 2-core VM: two engine builds alternating in one process slow down together, with no steal
 * time), and never speed it up. So a timing is taken in five rounds of 21 runs spread over about
 * five seconds, and the figure is the fastest round's median, the best estimate of the code's own
 * speed (the reasoning of Python's timeit); every round's median is printed.
 */
async function fastestRounds(once) {
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 800));
    const times = [];
    for (let k = 0; k < 21; k++) times.push(once());
    times.sort((a, b) => a - b);
    rounds.push(times[10]);
  }
  return rounds;
}

/** fastestRounds for a measurement that is a promise. */
async function fastestRoundsAsync(once) {
  const rounds = [];
  for (let round = 0; round < 5; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 800));
    const times = [];
    for (let k = 0; k < 21; k++) times.push(await once());
    times.sort((a, b) => a - b);
    rounds.push(times[10]);
  }
  return rounds;
}

// 1. A 1,000,000-customer market over 120 months, against a reference loop over the same population.
const big = {
  ...coffee,
  id: 'bench-million',
  months: 120,
  segments: [{
    ...coffee.segments[0],
    id: 'mass',
    marketSize: 2_000_000,
    initialCustomers: 1_000_000,
    bass: { p: 0.002, q: 0.05 },
    churn: { kind: 'beta', alpha: 3, beta: 150 },
  }],
  events: [],
  budget: { monthly: 1e9, revenueShare: 0 },
  cash: { overdraftLimit: 1e12, overdraftRate: 0 },
};
const plan = { spend: { mass: { 'self-service': 20000, transactional: 15000, 'automated-services': 10000 } } };
// Setting up the million customers (drawing each one's θ and taste) is timed apart from the months.
const [setupMs, bigRun] = time(() => engine.createRun(big, 'bench'));
const [engineMs] = time(() => { for (let m = 1; m <= big.months; m++) engine.stepInPlace(bigRun, plan); });
const customerMonths = bigRun.reports.reduce((a, m) => a + m.total.active + m.total.churned, 0);
const engineRate = customerMonths / (engineMs / 1000);

// Reference: one seeded uniform draw and a compare per customer-month over typed arrays. (The
// engine's churn pass only touches the customers who might leave, so it can beat this loop.)
const theta = new Float64Array(1_000_000);
const init = alea('reference-theta');
for (let i = 0; i < theta.length; i++) theta[i] = 0.02 * init();
const [refMs, leaving] = time(() => {
  const draw = alea('reference');
  let count = 0;
  const perMonth = Math.round(customerMonths / 120);
  for (let month = 0; month < 120; month++) {
    const n = Math.min(perMonth, theta.length);
    for (let i = 0; i < n; i++) if (draw() < theta[i]) count++;
  }
  return count;
});
const refRate = (Math.round(customerMonths / 120) * 120) / (refMs / 1000);
report('setting up 1,000,000 customers', (setupMs / 1000).toFixed(2), 's', '', true);
report('engine, 1M-customer market × 120 months', `${(engineRate / 1e6).toFixed(1)} M customer-months/s`, '', '', true);
report('reference loop (draw + compare)', `${(refRate / 1e6).toFixed(1)} M customer-months/s`, '', `(${leaving} draws below θ)`, true);
const ratio = engineRate / refRate;
report('engine ÷ reference', ratio.toFixed(2), '', '≥ 0.50', ratio >= 0.5);

// 2. One month of the shipped scenario (median of 200).
const months = [];
for (let k = 0; k < 200; k++) {
  const run = engine.createRun(coffee, `month-${k}`);
  const t0 = performance.now();
  engine.stepInPlace(run, plan.spend ? { spend: { commuters: { 'self-service': 1500 }, regulars: { 'personal-assistance': 2000 } } } : plan);
  months.push(performance.now() - t0);
}
months.sort((a, b) => a - b);
report('one month of coffee-chain (median)', months[100].toFixed(3), 'ms', '', true);

// 3. A 12-month forecast over 32 seeds from month 6.
if (typeof engine.forecast === 'function') {
  const run = engine.createRun(coffee, 'forecast');
  const decisions = { spend: { commuters: { 'self-service': 1500, transactional: 800 }, regulars: { 'personal-assistance': 2000, communities: 600 }, offices: { 'dedicated-personal-assistance': 500 } } };
  for (let m = 0; m < 6; m++) engine.stepInPlace(run, decisions);
  const forecastOnce = (prefix) => time(() => engine.forecast(run, decisions, { months: 12, seeds: 32, seedPrefix: prefix }))[0];
  // The first forecasts run before the JIT has settled (in the game, the forecast worker's first
  // updates); the budget is for the steady state the player drags sliders in, after a second of warm-up.
  const first = forecastOnce('first');
  let runs12 = 0;
  const warmUntil = performance.now() + 1000;
  for (let k = 0; performance.now() < warmUntil; k++) forecastOnce(`warm-${k}`);
  // On a shared machine other tenants slow the processor down for seconds at a time (by up to 50 %
  // on our 2-core VM: two engine builds alternating in one process slow down together, with no
  // steal time), and never speed it up. So the forecast is timed in five rounds spread over about
  // five seconds, and the figure is the fastest round's median, the best estimate of the code's own
  // speed (the reasoning of Python's timeit); every round is printed.
  const rounds = await fastestRounds(() => forecastOnce(`f-${++runs12}`));
  report('12-month forecast × 32 seeds, first', first.toFixed(1), 'ms', '', true);
  report('12-month forecast × 32 seeds (warm median)', Math.min(...rounds).toFixed(1), 'ms', '≤ 16 ms', Math.min(...rounds) <= 16);
  report('  median of each round', rounds.map((t) => t.toFixed(1)).join(', '), 'ms', '(best counts)', true);

  // The forecast the play screen shows from month 1: every month to the game's end, with the value
  // created at the end (what the projected score comes from).
  const start = engine.createRun(coffee, 'whole-game');
  const wholeOnce = (prefix) => time(() => engine.forecast(start, decisions, { months: coffee.months, seeds: 32, seedPrefix: prefix }))[0];
  for (let k = 0; k < 10; k++) wholeOnce(`whole-warm-${k}`);
  const whole = await fastestRounds(() => wholeOnce(`whole-${++runs12}`));
  report(`whole-game forecast (${coffee.months} months) × 32 seeds, one thread`, Math.min(...whole).toFixed(1), 'ms', '', true);
  report('  median of each round', whole.map((t) => t.toFixed(1)).join(', '), 'ms', '(best counts)', true);

  // As the play screen computes it: the engine worker plays half the futures while its helper (a
  // second worker, here a worker thread) plays the other half, and the halves' samples are merged.
  // The time runs from the request to the merged bands, the messages included.
  const helper = new Worker(new URL('./bench-forecast-helper.mjs', import.meta.url));
  let sendRun = true;
  const splitOnce = async (prefix) => {
    const t0 = performance.now();
    const options = { months: coffee.months, seeds: 32, seedPrefix: prefix };
    const theirs = new Promise((resolve) => helper.once('message', resolve));
    helper.postMessage({ run: sendRun ? start : null, decisions, options, from: 16, to: 32 });
    sendRun = false;
    const mine = engine.forecastSamples(start, decisions, options, 0, 16);
    engine.forecastFromSamples(start, options, [mine, await theirs]);
    return performance.now() - t0;
  };
  const check = { months: coffee.months, seeds: 32, seedPrefix: 'split-check' };
  const theirs = new Promise((resolve) => helper.once('message', resolve));
  helper.postMessage({ run: start, decisions, options: check, from: 16, to: 32 });
  sendRun = false;
  const merged = engine.forecastFromSamples(start, check, [engine.forecastSamples(start, decisions, check, 0, 16), await theirs]);
  if (JSON.stringify(merged) !== JSON.stringify(engine.forecast(start, decisions, check))) throw new Error('the split forecast differs from the one-thread forecast');
  for (let k = 0; k < 20; k++) await splitOnce(`split-warm-${k}`);
  const split = await fastestRoundsAsync(() => splitOnce(`split-${++runs12}`));
  report(`whole-game forecast (${coffee.months} months) × 32 seeds (warm median)`, Math.min(...split).toFixed(1), 'ms', '≤ 16 ms', Math.min(...split) <= 16);
  report('  two threads, as the play screen: median of each round', split.map((t) => t.toFixed(1)).join(', '), 'ms', '(best counts)', true);
  await helper.terminate();
} else {
  report('12-month forecast × 32 seeds', 'not built yet (src/engine/analysis/forecast.ts missing)', '', '≤ 16 ms', false);
}

// 4. The debrief's findings for a whole game: every line of spend removed and replayed in eight
// markets with common random numbers (in the browser this runs in the engine worker).
{
  const market = engine.resolveMarket({ scenario: coffee, goals: [], seed: 'debrief' });
  const fit = engine.fitPlan(coffee);
  const months24 = Array.from({ length: coffee.months }, () => fit);
  const [firstMs] = time(() => engine.explainDecisions(market.value, months24));
  const warm = [];
  for (let k = 0; k < 3; k++) warm.push(time(() => engine.explainDecisions({ ...market.value, seed: `debrief-${k}` }, months24))[0]);
  warm.sort((a, b) => a - b);
  report('debrief findings, 24 months × 8 markets, first', (firstMs / 1000).toFixed(2), 's', '', true);
  report('debrief findings, 24 months × 8 markets (warm median)', (warm[1] / 1000).toFixed(2), 's', '≤ 2 s', warm[1] <= 2000);
  // In play the worker keeps the counterfactual runs and adds a month after each month played: the
  // causes of a month then cost one month per run, and the debrief reuses the runs.
  const runs = engine.causesRuns(market.value);
  const perMonth = [];
  for (let m = 1; m <= coffee.months; m++) perMonth.push(time(() => engine.monthCauses(market.value, months24, m, {}, runs))[0]);
  const [keptMs] = time(() => engine.explainDecisions(market.value, months24, {}, runs));
  const sorted = [...perMonth].sort((a, b) => a - b);
  report('causes of a month, kept runs (median, slowest)', `${sorted[Math.floor(sorted.length / 2)].toFixed(0)}, ${sorted[sorted.length - 1].toFixed(0)}`, 'ms', '≤ 250 ms', sorted[sorted.length - 1] <= 250);
  report('debrief after play (kept runs)', keptMs.toFixed(0), 'ms', '≤ 100 ms', keptMs <= 100);
}

// 5. 1,000 seeds of the full scenario.
const [mcMs] = time(() => {
  for (let k = 0; k < 1000; k++) engine.simulate(coffee, { spend: { commuters: { 'self-service': 1500 }, regulars: { 'personal-assistance': 2000, communities: 600 } } }, `mc-${k}`);
});
report('1,000 seeds of coffee-chain (24 months)', (mcMs / 1000).toFixed(2), 's', '≤ 10 s', mcMs <= 10_000);

const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`${r.ok ? ' ' : '!'} ${r.name.padEnd(width)}  ${`${r.value} ${r.unit}`.padEnd(34)} ${r.target}`);
const failed = rows.filter((r) => !r.ok);
if (failed.length > 0) {
  console.log(`\n${failed.length} budget(s) missed.`);
  process.exitCode = 1;
}
