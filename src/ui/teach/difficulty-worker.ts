// Web Worker of the difficulty preview: plays every reference strategy over many seeds (or many
// imaginary students' variants) on the challenge's market and reports scores and goal rates.
import { referenceOutcomes, referenceStrategies, variantScenario, variantSeed, type Scenario } from '../../engine';
import type { DifficultyMessage, DifficultyRequest } from './difficulty-protocol';

const post = (message: DifficultyMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<DifficultyRequest>) => {
  try {
    const { goals, months, seed, runs, variants } = event.data;
    const scenario: Scenario = { ...event.data.scenario, months };
    const strategies = referenceStrategies(scenario);
    const total = strategies.length * runs;
    let done = 0;
    let lastReport = 0;
    for (const strategy of strategies) {
      const scores: number[] = [];
      const met: Record<string, number> = Object.fromEntries(goals.map((g) => [g.id, 0]));
      for (let k = 0; k < runs; k++) {
        // Without variants every student plays one market, and luck is the seed; with variants each run is another student.
        const runSeed = variants ? variantSeed(seed, `preview student ${k}`) : `${seed}/preview/${k}`;
        const market = variants ? variantScenario(scenario, runSeed) : scenario;
        const outcome = referenceOutcomes(market, goals, strategy, 1, runSeed);
        scores.push(outcome.scores[0]!);
        for (const g of goals) met[g.id]! += outcome.goalRates[g.id] ?? 0;
        done++;
        if (done - lastReport >= 5 || done === total) {
          lastReport = done;
          post({ type: 'progress', done, total });
        }
      }
      const goalRates = Object.fromEntries(goals.map((g) => [g.id, met[g.id]! / runs]));
      post({ type: 'strategy', outcome: { id: strategy.id, label: strategy.label, description: strategy.description, scores, goalRates } });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : 'the simulation failed' });
  }
};
