// The engine worker: every heavy simulation the pages ask for runs here, off the main thread, in
// one bundle (engine-protocol.ts lists the requests). Forecasts are "latest only": one overtaken by
// a newer forecast is dropped unanswered; other requests run in order (reading a QR code from an
// image and a forecast waiting for its helper are the ones that wait). A forecast's futures are
// split with a helper: a second copy of this worker (forecast-helper.ts), so on a machine with two
// or more cores the player waits for half of them.
/// <reference lib="webworker" />
import {
  benchmarks, causesRuns, classDebrief, compareBranches, runsFit, explainDecisions, forecastFromSamples, forecastSamples, monthCauses, playPlan, pointsFor, referenceStrategies, scoreGame, studentTimeline,
  variantScenario, variantSeed, verifyHandIn, type Benchmarks, type CounterfactualRuns, type Market, type ReferenceStrategy, type RunState, type ScenarioForVerify, type Strategy,
  type Verdict,
} from '../../engine';
import type { EngineRequest, EngineResponse, StrategyOutcome, VerifyInput } from './engine-protocol';
import { forecastHelper } from './forecast-helper';

const post = (message: EngineResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

let forecastRun: RunState | null = null;
/** The game being forecast and its reference values (played once per game). */
let forecastMarket: Market | null = null;
let forecastBench: Benchmarks | null = null;
/** The counterfactual runs of the game being played, advanced month by month (the debrief reuses them). */
let gameRuns: CounterfactualRuns | null = null;
const scenarios = new Map<string, ScenarioForVerify>();

/** Plays `plan` in one market and adds its score, goals met and profit to the tallies. */
function tally(market: Market, bench: Benchmarks, plan: Strategy, into: { scores: number[]; met: Record<string, number>; profitCents: number }): void {
  const game = playPlan(market, plan, { hash: false, affordable: true });
  const reports = game.run.reports;
  const score = scoreGame(game, bench);
  into.scores.push(score.points);
  for (const g of score.goals) if (g.met) into.met[g.id] = (into.met[g.id] ?? 0) + 1;
  for (const r of reports) into.profitCents += Math.round(r.total.profit * 100);
}

/**
 * Plays every strategy in `runs` markets (markets(k) gives the k-th), every strategy meeting the same
 * markets (common random numbers); posts progress and one outcome per strategy.
 */
function playStrategies(id: number, strategies: readonly ReferenceStrategy[], runs: number, markets: (k: number) => Market): void {
  const total = strategies.length * runs;
  let done = 0;
  // Every strategy is scored against the same benchmarks in the k-th market: compute them once.
  const benches: Benchmarks[] = [];
  for (const strategy of strategies) {
    const into = { scores: [] as number[], met: {} as Record<string, number>, profitCents: 0 };
    for (let k = 0; k < runs; k++) {
      const market = markets(k);
      benches[k] ??= benchmarks(market);
      tally(market, benches[k]!, strategy.plan, into);
      if (++done % 5 === 0 || done === total) post({ kind: 'progress', id, done, total });
    }
    const goals = markets(0).goals;
    const outcome: StrategyOutcome = {
      id: strategy.id, label: strategy.label, description: strategy.description, scores: into.scores,
      goalRates: Object.fromEntries(goals.map((g) => [g.id, (into.met[g.id] ?? 0) / runs])),
      meanProfit: Math.round(into.profitCents / runs) / 100,
    };
    post({ kind: 'strategy', id, outcome });
  }
  post({ kind: 'done', id });
}

const resolveScenario = (id: string) => scenarios.get(id);

/** Verifies one hand-in; an image is first read for a QR code (jsQR, loaded on the first image). */
async function verdictOf(input: VerifyInput, expected: string | undefined): Promise<Verdict> {
  if (!(input instanceof Blob)) return verifyHandIn(input, resolveScenario, expected);
  const { qrTextOf } = await import('./qr-read');
  const text = await qrTextOf(input);
  if (!text.ok) return { status: 'rejected', reason: text.error, player: null, challengeTitle: null };
  return verifyHandIn(text.value.trim().replace(/^.*[?&#]r=/, ''), resolveScenario, expected);
}

/** The run a helper forecasts its share of futures from (kept from request to request). */
let partRun: RunState | null = null;

/** A forecast: this worker plays the first half of the futures while the helper plays the rest. */
async function handleForecast(request: Extract<EngineRequest, { kind: 'forecast' }>): Promise<void> {
  try {
    const run = forecastRun;
    if (!run) throw new Error('the game to forecast was not sent');
    const options = { months: request.months, seeds: request.seeds, seedPrefix: `forecast/${run.month}` };
    const helper = forecastHelper();
    const half = helper ? Math.floor(options.seeds / 2) : options.seeds;
    const theirs = helper?.samples(run, request.draft, options, half, options.seeds);
    const mine = forecastSamples(run, request.draft, options, 0, half);
    // A helper that fails leaves its futures to this worker.
    const rest = theirs ? ((await theirs) ?? forecastSamples(run, request.draft, options, half, options.seeds)) : null;
    const months = forecastFromSamples(run, options, rest ? [mine, rest] : [mine]);
    const value = months[months.length - 1]?.value;
    let points = null;
    if (value && forecastMarket) {
      forecastBench ??= benchmarks(forecastMarket);
      points = { p10: pointsFor(value.p10, forecastBench), p50: pointsFor(value.p50, forecastBench), p90: pointsFor(value.p90, forecastBench) };
    }
    post({ kind: 'forecast', id: request.id, months, points });
  } catch (error) {
    post({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

function handle(request: EngineRequest): void {
  try {
    switch (request.kind) {
      case 'forecast-part': {
        if (request.run) partRun = request.run;
        if (!partRun) throw new Error('the game to forecast was not sent');
        post({ kind: 'forecast-part', id: request.id, samples: forecastSamples(partRun, request.draft, request.options, request.from, request.to) });
        return;
      }
      case 'explain':
        post({ kind: 'explain', id: request.id, findings: explainDecisions(request.market, request.decisions, {}, gameRuns ?? undefined) });
        return;
      case 'causes': {
        if (!gameRuns || !runsFit(gameRuns, request.market)) gameRuns = causesRuns(request.market);
        const causes = monthCauses(request.market, request.decisions, request.month, { max: request.max }, gameRuns);
        post({ kind: 'causes', id: request.id, causes });
        return;
      }
      case 'branches': {
        const result = compareBranches(request.game, request.a, request.b, request.months);
        if (!result.ok) throw new Error(result.error);
        post({ kind: 'branches', id: request.id, branches: result.value });
        return;
      }
      case 'compare': {
        const { market } = request;
        const you: ReferenceStrategy = { id: 'you', label: 'Your decisions', description: 'The spend you chose each month, replayed month for month in each market.', plan: { months: request.decisions } };
        const strategies = [you, ...referenceStrategies(market.scenario)];
        playStrategies(request.id, strategies, request.seeds, (k) => ({ ...market, seed: `compare/${k}` }));
        return;
      }
      case 'difficulty': {
        const { market, runs, variants } = request;
        // Without variants every student plays one market and luck is the seed; with variants each run is another student.
        const markets = (k: number): Market => {
          if (!variants) return { ...market, seed: `${market.seed}/preview/${k}` };
          const seed = variantSeed(market.seed, `preview student ${k}`);
          return { ...market, seed, scenario: variantScenario(market.scenario, seed) };
        };
        playStrategies(request.id, referenceStrategies(market.scenario), runs, markets);
        return;
      }
      case 'class-debrief':
        post({ kind: 'class-debrief', id: request.id, debrief: classDebrief(request.market, request.entries, { points: request.points }) });
        return;
      case 'verify-init':
        scenarios.clear();
        for (const s of request.scenarios) scenarios.set(s.scenario.id, s);
        post({ kind: 'done', id: request.id });
        return;
      case 'verify': {
        const started = performance.now();
        const { id } = request;
        if (!(request.input instanceof Blob)) {
          post({ kind: 'verdict', id, verdict: verifyHandIn(request.input, resolveScenario, request.expectedChallenge), ms: performance.now() - started });
          return;
        }
        void verdictOf(request.input, request.expectedChallenge)
          .then((verdict) => post({ kind: 'verdict', id, verdict, ms: performance.now() - started }))
          .catch((error: unknown) => post({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) }));
        return;
      }
      case 'timeline': {
        const resolved = scenarios.get(request.result.scenarioId);
        const timeline = resolved ? studentTimeline(request.result, resolved) : { ok: false as const, error: `The scenario "${request.result.scenarioId}" is not one this verifier knows.` };
        post({ kind: 'timeline', id: request.id, timeline });
        return;
      }
    }
  } catch (error) {
    post({ kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

let latestForecast: Extract<EngineRequest, { kind: 'forecast' }> | null = null;
const queue: EngineRequest[] = [];
let scheduled = false;
/** True while a forecast waits for its helper's futures. */
let waiting = false;

function drain(): void {
  scheduled = false;
  if (waiting) return;
  const next = queue.shift() ?? latestForecast;
  if (!next) return;
  if (next === latestForecast) {
    latestForecast = null;
    waiting = true;
    void handleForecast(next).finally(() => {
      waiting = false;
      schedule();
    });
    return;
  }
  handle(next);
  if (queue.length > 0 || latestForecast) schedule();
}

function schedule(): void {
  if (scheduled || waiting) return;
  scheduled = true;
  setTimeout(drain, 0);
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  // A forecast helper's share of futures is all it is asked: played at once (its engine worker waits).
  if (request.kind === 'forecast-part') {
    handle(request);
    return;
  }
  if (request.kind === 'forecast') {
    if (request.run) forecastRun = request.run;
    if (request.market) {
      forecastMarket = request.market;
      forecastBench = null;
    }
    latestForecast = request;
  } else queue.push(request);
  schedule();
});
