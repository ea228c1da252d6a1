// Builds the generated class the browser tests use (run with tsx; Playwright's loader cannot import
// the engine): challenge codes, result files, a zip-bomb code and a short phone code, as JSON on stdout.
import { loadScenario } from '../../src/content/scenario/load-node';
import {
  buildResultFile, encodeChallenge, encodeShortResult, ENGINE_VERSION, playAnswering, resolveMarket, resultFileJson, scenarioHash, shortCodeContext,
  type Challenge, type Decisions, type Goal, type Move,
} from '../../src/engine';
import { lzBombResultCode } from './lz-bomb';

const coffee = loadScenario('coffee-chain');
const goals = coffee.file.goals as readonly Goal[];

function challenge(overrides: Partial<Challenge> = {}): string {
  const code = encodeChallenge({
    version: 2, engineVersion: ENGINE_VERSION, scenario: { id: 'coffee-chain', hash: scenarioHash(coffee.scenario) }, seed: 'class-e2e', months: 2, goals,
    rules: { attempts: 2, perStudentVariants: true }, title: 'Week 5: the class', instructions: '', roster: null, ...overrides,
  });
  if (!code.ok) throw new Error(code.error);
  return code.value;
}

function plan(k: number, months = 2): Decisions[] {
  return Array.from({ length: months }, (_, m) => ({
    // At most $5,130 a month: the coffee chain's budget is $5,300.
    spend: { commuters: { 'self-service': 500 + 20 * ((k * 13 + m) % 40) }, regulars: { 'personal-assistance': 1200 + 30 * ((k * 7 + m * 3) % 50) }, offices: { 'dedicated-personal-assistance': 600 + 20 * (k % 30) } },
  }));
}

/** The moves of `player`'s game of `code` played with `decisions`, each question answered with its first option. */
function movesOf(code: string, player: string, decisions: Decisions[], playerId?: string) {
  const market = resolveMarket({ scenario: coffee.scenario, goals, points: coffee.points, challengeCode: code, player, playerId });
  if (!market.ok) throw new Error(market.error);
  const played = playAnswering(market.value, { months: decisions }, (point) => point.options[0]!.id);
  if (!played.ok) throw new Error(played.error);
  return { market: market.value, moves: played.value.moves as Move[] };
}

function result(code: string, player: string, decisions: Decisions[], playerId?: string): string {
  const { market, moves } = movesOf(code, player, decisions, playerId);
  return resultFileJson(buildResultFile({ market, moves, mode: 'attempt', playerId }));
}

const shared = challenge({ rules: { attempts: null, perStudentVariants: false } });
const oneMonth = challenge({ months: 1, rules: { attempts: null, perStudentVariants: false } });
const roster = [{ id: 's-1', name: 'Carol Díaz' }, { id: 's-2', name: 'Dan Ek' }, { id: 's-3', name: 'Eve Fox' }];
const bound = challenge({ roster });
const resumable = challenge({ roster, months: 4, title: 'Week 6: resumed' });
const easy = challenge({ roster, goals: [{ id: 'any', label: 'Have some cash', metric: 'finalCash', target: -1e9, weight: 1 }] });
const context = shortCodeContext(coffee);

process.stdout.write(JSON.stringify({
  bomb: lzBombResultCode(),
  honest: Array.from({ length: 12 }, (_, k) => result(shared, `Student ${k}`, plan(k))),
  many: Array.from({ length: 50 }, (_, k) => result(oneMonth, `Student ${k}`, plan(k, 1))),
  bound,
  resumable,
  easy,
  class: {
    carol: result(bound, 'Carol Díaz', plan(1), 's-1'),
    carolAgain: result(bound, 'C\u0430rol Diaz', plan(2)),
    dan: result(bound, 'Dan Ek', plan(1), 's-2'),
    mallory: result(bound, 'Mallory', plan(3), 's-9'),
    cheat: result(easy, 'Eve Fox', plan(4), 's-3'),
  },
  short: encodeShortResult({ challengeChecksum: bound.slice(-8), who: 'Grace Hopper', isId: false, moves: movesOf(bound, 'Grace Hopper', plan(5)).moves }, context),
}));
