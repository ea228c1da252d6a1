// Golden games with answers: for every shipped scenario (and one per-student challenge), a whole
// game played with deterministic monthly decisions and deterministic answers to every decision
// point that fires, turned into a result file by the engine's buildResultFile. Shared by
// scripts/update-goldens.ts (writes tests/golden/results/) and the Node test that replays them.
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';
import type { LoadedScenario } from '../../src/content/scenario/resolve-scenario';
import {
  buildResultFile, encodeChallenge, RELATIONSHIP_TYPES, playAnswering, resolveMarket, scenarioHash, ENGINE_VERSION,
  type Answerer, type Decisions, type Goal, type ResultFile, type Scenario,
} from '../../src/engine';

export const RESULTS_DIR = 'tests/golden/results';
export const RESULTS_INDEX = `${RESULTS_DIR}/index.json`;

/** One golden game: the result file and the full (64-hex) state hash of every month. */
export interface GoldenResult {
  readonly name: string;
  readonly file: ResultFile;
  readonly fullHashes: readonly string[];
}

/** The checked-in index: which files exist and the full per-month hashes each must replay to. */
export interface GoldenResultsIndex {
  readonly engineVersion: string;
  readonly results: readonly { readonly name: string; readonly scenario: string; readonly fullHashes: readonly string[] }[];
}

/**
 * Month m's decisions: every segment funds a main type (changing every three months) and a second
 * one (changing every month), with amounts that swing over a four-month cycle; every fifth month
 * one segment is left unfunded; a month that would spend more than the scenario's fixed monthly
 * budget is scaled down, line by line, to fit it. Deterministic and independent of any other fixture.
 */
export function goldenDecisions(scenario: Scenario, months: number): Decisions[] {
  return Array.from({ length: months }, (_, index) => {
    const m = index + 1;
    const spend = Object.fromEntries(scenario.segments.map((s, i) => {
      if (m % 5 === 0 && i === m % scenario.segments.length) return [s.id, {}];
      const main = RELATIONSHIP_TYPES[(i + Math.floor(index / 3)) % RELATIONSHIP_TYPES.length]!;
      const second = RELATIONSHIP_TYPES[(i + m + 3) % RELATIONSHIP_TYPES.length]!;
      const base = Math.max(200, Math.round(s.margin * Math.max(10, s.initialCustomers) * 0.05));
      const swing = 1 + (m % 4) / 4;
      const amounts: Record<string, number> = { [main]: Math.round(base * swing) };
      if (second !== main) amounts[second] = Math.round((base * swing) / 2);
      return [s.id, amounts];
    })) as Record<string, Record<string, number>>;
    const total = Object.values(spend).reduce((sum, line) => sum + Object.values(line).reduce((a, b) => a + b, 0), 0);
    const scale = Math.min(1, scenario.budget.monthly / total);
    if (scale < 1) for (const line of Object.values(spend)) for (const type of Object.keys(line)) line[type] = Math.floor(line[type]! * scale);
    return { spend } as Decisions;
  });
}

/** Answers every question that fires: the k-th question asked gets option k mod n, so the goldens
 * hold both right and wrong answers. */
export function goldenAnswerer(): Answerer {
  let asked = 0;
  return (point) => point.options[asked++ % point.options.length]!.id;
}

function golden(name: string, loaded: LoadedScenario, seed: string, player: string, challengeCode?: string): GoldenResult {
  const market = resolveMarket({ scenario: loaded.scenario, goals: loaded.file.goals, points: loaded.points, seed: challengeCode ? undefined : seed, challengeCode, player });
  if (!market.ok) throw new Error(`${name}: ${market.error}`);
  const decisions = goldenDecisions(market.value.scenario, market.value.months);
  const played = playAnswering(market.value, { months: decisions }, goldenAnswerer());
  if (!played.ok) throw new Error(`${name}: the golden game cannot be played: ${played.error}`);
  const file = buildResultFile({ market: market.value, moves: played.value.moves, mode: challengeCode ? 'attempt' : 'practice' });
  return { name, file, fullHashes: played.value.state.run.reports.map((r) => r.hash) };
}

/** The challenge of the per-student golden: coffee chain, 12 months, the scenario's goals. */
function goldenChallengeCode(loaded: LoadedScenario): string {
  const code = encodeChallenge({
    version: 2,
    engineVersion: ENGINE_VERSION,
    scenario: { id: loaded.scenario.id, hash: scenarioHash(loaded.scenario) },
    seed: 'golden-challenge',
    months: 12,
    goals: loaded.file.goals.map((g) => ({ ...g, weight: g.weight ?? 1 })) as Goal[],
    rules: { attempts: 2, perStudentVariants: true },
    title: 'Golden challenge: <b>bold</b> & "quoted"',
    instructions: 'Keep your regulars.',
    roster: null,
  });
  if (!code.ok) throw new Error(code.error);
  return code.value;
}

/** Every golden game: one free game per shipped scenario, plus a per-student challenge game. */
export function buildGoldenResults(): GoldenResult[] {
  const free = scenarioIds().map((id) => golden(id, loadScenario(id), `golden-result-${id}`, `Golden player ${id}`));
  const coffee = loadScenario('coffee-chain');
  return [...free, golden('coffee-chain-challenge', coffee, 'golden-challenge', 'Ada Lovelace', goldenChallengeCode(coffee))];
}

export function goldenIndex(results: readonly GoldenResult[]): GoldenResultsIndex {
  return { engineVersion: ENGINE_VERSION, results: results.map((r) => ({ name: r.name, scenario: r.file.scenario.id, fullHashes: r.fullHashes })) };
}
