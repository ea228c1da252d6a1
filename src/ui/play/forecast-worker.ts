// The play worker: forecasts of the coming months while the player moves the budget, the causal
// explanation and the comparison with reference strategies at the debrief. Heavy simulation runs
// here, off the main thread. It rebuilds the run by replaying the decisions (deterministic) and
// keeps the last one; a forecast request overtaken by a newer one is dropped unanswered.
/// <reference lib="webworker" />
// Engine modules imported one by one: the worker needs no challenge or result-file code.
import { hashJson } from '../../engine/model/canonical-hash';
import { explainDecisions } from '../../engine/analysis/counterfactual';
import { forecast } from '../../engine/analysis/forecast';
import { referenceOutcomes, referenceStrategies } from '../../engine/analysis/reference-strategies';
import { createRun, type RunState } from '../../engine/model/run-state';
import { scenarioHash } from '../../engine/model/scenario-hash';
import { stepInPlace } from '../../engine/model/step';
import type { ComparisonRow, GameRef, WorkerRequest, WorkerResponse } from './worker-protocol';

const post = (message: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

let cached: { key: string; run: RunState } | null = null;

function runOf(game: GameRef): RunState {
  const key = `${scenarioHash(game.scenario)}/${game.scenario.months}/${game.seed}/${hashJson(game.decisions as never)}`;
  if (cached && cached.key === key) return cached.run;
  const run = createRun(game.scenario, game.seed);
  for (const d of game.decisions) {
    const r = stepInPlace(run, d, { hash: false });
    if (!r.ok) throw new Error(`month ${run.month + 1} cannot be replayed: ${r.error}`);
  }
  cached = { key, run };
  return run;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

const CHUNK = 5;

function compare(request: Extract<WorkerRequest, { kind: 'compare' }>): void {
  const { scenario, decisions } = request.game;
  const strategies = [
    { id: 'you', label: 'Your decisions', description: 'The spend you chose each month, replayed month for month in each market.', plan: { months: decisions } },
    ...referenceStrategies(scenario, { monthlyBudget: request.monthlyBudget }),
  ];
  const chunks = Math.ceil(request.seeds / CHUNK);
  const total = strategies.length * chunks;
  let done = 0;
  const rows: ComparisonRow[] = strategies.map((strategy) => {
    const scores: number[] = [];
    let profit = 0;
    const met: Record<string, number> = {};
    for (let c = 0; c < chunks; c++) {
      const n = Math.min(CHUNK, request.seeds - c * CHUNK);
      // Every strategy meets the same markets (common random numbers): seeds compare/<c>/<k>.
      const outcome = referenceOutcomes(scenario, request.goals, strategy, n, `compare/${c}`);
      scores.push(...outcome.scores);
      profit += outcome.meanProfit * n;
      for (const [goal, rate] of Object.entries(outcome.goalRates)) met[goal] = (met[goal] ?? 0) + rate * n;
      post({ kind: 'compare-progress', id: request.id, done: ++done, total });
    }
    const goalRates: Record<string, number> = {};
    for (const [goal, count] of Object.entries(met)) goalRates[goal] = count / request.seeds;
    return {
      id: strategy.id, label: strategy.label, description: strategy.description,
      meanScore: Math.round(mean(scores) * 10) / 10,
      lowScore: Math.min(...scores), highScore: Math.max(...scores),
      meanProfit: Math.round((profit / request.seeds) * 100) / 100,
      goalRates,
    };
  });
  post({ kind: 'compare', id: request.id, rows, seeds: request.seeds });
}

function handle(request: WorkerRequest): void {
  try {
    if (request.kind === 'forecast') {
      const run = runOf(request.game);
      const months = forecast(run, request.draft, { months: request.months, seeds: request.seeds, seedPrefix: `forecast/${run.month}` });
      post({ kind: 'forecast', id: request.id, months });
    } else if (request.kind === 'explain') {
      post({ kind: 'explain', id: request.id, findings: explainDecisions(request.game.scenario, request.game.seed, request.game.decisions) });
    } else {
      compare(request);
    }
  } catch (error) {
    post({ kind: 'error', id: request.id, request: request.kind, message: error instanceof Error ? error.message : String(error) });
  }
}

// Forecasts are queued as "the latest only"; other requests run in order.
let latestForecast: Extract<WorkerRequest, { kind: 'forecast' }> | null = null;
const queue: WorkerRequest[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const next = queue.shift() ?? latestForecast;
  if (!next) return;
  if (next === latestForecast) latestForecast = null;
  handle(next);
  if (queue.length > 0 || latestForecast) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drain, 0);
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'forecast') latestForecast = request;
  else queue.push(request);
  schedule();
});
