// Golden games with answers (tests/golden/results): every shipped scenario has a whole game with
// moves and answered decision points; each file verifies, replays to its checked-in full
// per-month hashes, and is exactly what the engine builds today (a change needs an engine bump).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../src/content/scenario/load-node';
import {
  ENGINE_VERSION, monthRecords, replay, resolveMarket, resultFileJson, verifyResult,
  type ResolveScenario, type ResultFile,
} from '../../src/engine';
import { buildGoldenResults, RESULTS_DIR, RESULTS_INDEX, type GoldenResultsIndex } from '../golden/golden-results';

const index = JSON.parse(readFileSync(RESULTS_INDEX, 'utf8')) as GoldenResultsIndex;
const fileText = (name: string) => readFileSync(`${RESULTS_DIR}/${name}.json`, 'utf8');
const files = index.results.map((r) => ({ ...r, file: JSON.parse(fileText(r.name)) as ResultFile }));

const resolve: ResolveScenario = (id) => {
  if (!scenarioIds().includes(id)) return undefined;
  const { file, scenario, points } = loadScenario(id);
  return { scenario, goals: file.goals, points };
};

describe('golden result files', () => {
  it('cover every shipped scenario with a whole game, a play every month and answered questions', () => {
    expect(index.engineVersion).toBe(ENGINE_VERSION);
    for (const id of scenarioIds()) {
      const games = files.filter((f) => f.scenario === id);
      expect(games.length, id).toBeGreaterThan(0);
      for (const { file } of games) {
        expect(file.moves.filter((m) => m.type === 'play').length).toBe(file.months);
        expect(file.moves.some((m) => m.type === 'plan' && Object.values(m.spend).some((s) => Object.keys(s).length > 0)), id).toBe(true);
        expect(file.moves.filter((m) => m.type === 'answer').length, `${id} answers`).toBeGreaterThan(0);
      }
    }
    const answers = files.flatMap(({ file }) => {
      const { scenario, file: f, points } = loadScenario(file.scenario.id);
      const market = resolveMarket({ scenario, goals: f.goals, points, seed: file.seed, challengeCode: file.challenge, player: file.player });
      const game = market.ok ? replay(market.value, file.moves) : null;
      return game?.ok ? game.state.answers : [];
    });
    expect(answers.some((a) => a.correct) && answers.some((a) => !a.correct)).toBe(true);
    expect(files.some((f) => f.file.challenge !== null)).toBe(true);
  });

  it('every file is verified by replay: score, metrics and answers recomputed', () => {
    for (const { name, file } of files) {
      const verdict = verifyResult(fileText(name), resolve);
      expect(verdict.status === 'rejected' ? verdict.reason : verdict.status, name).toBe('verified');
      if (verdict.status === 'verified') {
        expect(verdict.score).toBe(file.final.score.points);
        expect(verdict.answersTotal).toBe(file.moves.filter((m) => m.type === 'answer').length);
      }
    }
  });

  it('every file replays to its checked-in full state hashes, month by month', () => {
    for (const { name, file, fullHashes } of files) {
      const { scenario, file: scenarioFile, points } = loadScenario(file.scenario.id);
      const market = resolveMarket({ scenario, goals: scenarioFile.goals, points, seed: file.seed, months: file.months, challengeCode: file.challenge, player: file.player });
      expect(market.ok, name).toBe(true);
      if (!market.ok) continue;
      const replayed = replay(market.value, file.moves);
      expect(replayed.ok, name).toBe(true);
      if (!replayed.ok) continue;
      expect(replayed.state.run.reports.map((r) => r.hash), name).toEqual(fullHashes);
      expect(monthRecords(replayed.state), name).toEqual(file.hashes);
      // A month without answers is recorded by its state hash alone.
      replayed.state.run.reports.forEach((r, i) => {
        if (!replayed.state.answers.some((a) => a.month === r.month)) expect(file.hashes[i], `${name} month ${r.month}`).toBe(fullHashes[i]!.slice(0, 16));
      });
    }
  });

  it('are exactly what the engine builds today (else bump ENGINE_VERSION and run npm run goldens:update)', () => {
    const now = buildGoldenResults();
    expect(now.map((r) => r.name).sort()).toEqual(index.results.map((r) => r.name).sort());
    for (const r of now) expect(resultFileJson(r.file), r.name).toBe(fileText(r.name));
  });
});
