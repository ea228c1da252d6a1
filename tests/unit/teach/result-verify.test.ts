// Verification of result files: a genuine file verifies, and every kind of tampering or damage is
// rejected with a sentence naming what is wrong (the first differing month for edited decisions).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  buildResultFile, encodeResultCode, ENGINE_VERSION, REPLAY_COMPATIBLE_ENGINES, resolveMarket, resultFileJson, verifyResult,
  type DecisionPointRule, type ResolveScenario, type Verdict,
} from '../../../src/engine';
import { challengeOf, codeOf, coffee, coffeeGoals, copy, GOOD_MONTH, marketOf, monthsOf, movesOf, playChallenge, playFree, resolve } from './teach-helpers';

const ada = playChallenge('Ada Lovelace');
const adaJson = resultFileJson(ada);

function reason(verdict: Verdict): string {
  expect(verdict.status).toBe('rejected');
  return verdict.status === 'rejected' ? verdict.reason : '';
}

function rejectedFor(edit: (file: Record<string, any>) => void, options = {}): string {
  const file = copy(ada);
  edit(file);
  return reason(verifyResult(JSON.stringify(file), resolve, options));
}

describe('a genuine result file', () => {
  it('verifies, with the score recomputed from the decisions', () => {
    const verdict = verifyResult(adaJson, resolve);
    expect(verdict).toMatchObject({
      status: 'verified', player: 'Ada Lovelace', challengeTitle: 'Week 3: keep your regulars', attemptsAllowed: 2,
      scenarioId: 'coffee-chain', months: 6, mode: 'attempt', score: ada.final.score.points, answersCorrect: 0, answersTotal: 0,
    });
    if (verdict.status === 'verified') expect(verdict.goalsMet).toBe(ada.final.score.goals.filter((g) => g.met).length);
  });

  it('verifies as text, bytes, a parsed object or a result code', () => {
    expect(verifyResult(new TextEncoder().encode(adaJson), resolve).status).toBe('verified');
    expect(verifyResult(JSON.parse(adaJson), resolve).status).toBe('verified');
    expect(verifyResult(`\uFEFF${adaJson}`, resolve).status).toBe('verified');
    expect(verifyResult(encodeResultCode(ada), resolve).status).toBe('verified');
  });

  it('verifies against the instructor’s own challenge code', () => {
    expect(verifyResult(adaJson, resolve, { expectedChallenge: codeOf() }).status).toBe('verified');
  });

  it('of a free game (no challenge) verifies against the scenario’s goals', () => {
    const free = playFree(3);
    const verdict = verifyResult(resultFileJson(free), resolve);
    expect(verdict).toMatchObject({ status: 'verified', challengeTitle: null, score: free.final.score.points, seed: 'free-1', mode: 'practice' });
  });
});

describe('buildResultFile', () => {
  it('refuses a game that is not finished, naming what is missing', () => {
    const market = marketOf('Ada');
    const five = movesOf({ ...market, months: 5 }, monthsOf(5));
    expect(() => buildResultFile({ market, moves: five, mode: 'attempt' })).toThrow('The game is not finished: only 5 of its 6 months were played.');
  });

  it('refuses moves the engine cannot play, naming the month', () => {
    const market = marketOf('Ada');
    const moves = [...movesOf({ ...market, months: 5 }, monthsOf(5)), { type: 'plan' as const, spend: { nobody: { transactional: 5 } } }, { type: 'play' as const }];
    expect(() => buildResultFile({ market, moves, mode: 'attempt' })).toThrow(/the plan for month 6 cannot be played: spend names an unknown segment "nobody"/);
  });

  it('records the variant seed of the student', () => {
    expect(ada.seed).toBe(marketOf('Ada Lovelace').seed);
    expect(ada.seed).not.toBe(marketOf('Grace Hopper').seed);
  });
});

describe('a tampered or damaged result file is rejected with a reason', () => {
  it('tampered final metrics', () => {
    expect(rejectedFor((f) => { f.final.metrics.profit += 1000; })).toMatch(/^The final metrics in the file do not match the replay \(profit: the file says [-\d.]+, the replay gives [-\d.]+\)\.$/);
    expect(rejectedFor((f) => { f.final.metrics.nps = 99; })).toMatch(/\(nps: the file says 99,/);
  });

  it('a tampered score', () => {
    const claimed = ada.final.score.points === 100 ? 99 : 100;
    expect(rejectedFor((f) => { f.final.score.points = claimed; })).toBe(`The score in the file does not match the replay (it says ${claimed}, the replay earns ${ada.final.score.points}).`);
    expect(rejectedFor((f) => { f.final.score.goals[1].met = !f.final.score.goals[1].met; })).toBe('The score in the file does not match the replay (its value, benchmarks or goals are not the ones the replay reaches).');
    expect(rejectedFor((f) => { f.final.score.goals[0].target = 1; })).toMatch(/^The score in the file does not match/);
  });

  it('edited decisions: the first month that differs is named', () => {
    const changed = (f: Record<string, any>, month: number, spend: object) => {
      const at = f.moves.findIndex((_: unknown, i: number) => f.moves.slice(0, i).filter((m: { type: string }) => m.type === 'play').length === month - 1);
      f.moves.splice(at, 0, { type: 'plan', spend });
    };
    expect(rejectedFor((f) => changed(f, 4, { ...GOOD_MONTH.spend, offices: { 'dedicated-personal-assistance': 1200 } }))).toBe(
      'Month 4 does not match the game the file records: its decisions were changed after playing. The file does not match a replay from month 4 on.');
    expect(rejectedFor((f) => { f.moves[0].spend.offices = {}; })).toMatch(/^Month 1 does not match the game/);
  });

  it('edited decisions with the hashes recomputed from a real replay are caught by the final metrics', () => {
    const cheaper = playChallenge('Ada Lovelace', codeOf(), [...monthsOf(5), { spend: {} }]);
    const forged = copy(ada);
    forged.moves = cheaper.moves;
    forged.hashes = cheaper.hashes;
    expect(reason(verifyResult(JSON.stringify(forged), resolve))).toMatch(/^The final metrics in the file do not match the replay/);
  });

  it('extra or missing months', () => {
    expect(rejectedFor((f) => { f.moves.push({ type: 'play' }); })).toBe('The game cannot be replayed: the game has ended after month 6.');
    expect(rejectedFor((f) => { f.moves.pop(); })).toBe('The file plays 5 months, but the game lasts 6: every month must be played.');
    expect(rejectedFor((f) => { f.hashes.pop(); })).toBe('The file has month records for 5 months, but the game lasts 6.');
  });

  it('moves the engine cannot play', () => {
    expect(rejectedFor((f) => { f.moves[0].spend.regulars['telepathy'] = 10; })).toBe('The file is not a valid result file: moves[0].spend.regulars.telepathy: expected amounts by relationship type (transactional, self-service, automated-services, communities, co-creation, personal-assistance, dedicated-personal-assistance).');
    expect(rejectedFor((f) => { f.moves[0].spend.regulars.communities = -5; })).toBe('The file is not a valid result file: moves[0].spend.regulars.communities: expected 0 or more.');
    expect(rejectedFor((f) => { f.moves[0].spend.nobody = { transactional: 5 }; })).toBe('The game cannot be replayed: the plan for month 1 cannot be played: spend names an unknown segment "nobody".');
  });

  it('spending over the budget (a plan the game would not let anyone play)', () => {
    expect(rejectedFor((f) => { f.moves[0].spend.regulars['personal-assistance'] = 4000; })).toBe(
      'The game cannot be replayed: month 1 cannot be played: the plan spends $7,000 ($4,600 on Neighbourhood regulars, $1,400 on Morning commuters, $1,000 on Office catering accounts), $1,700 over the month\'s budget of $5,300.');
  });

  it('a practice game handed in for a challenge', () => {
    expect(rejectedFor((f) => { f.mode = 'practice'; })).toBe('The file is a practice game (months were taken back and replayed), not an attempt at the challenge: challenge results must be played once through.');
  });

  it('another challenge', () => {
    const otherCode = codeOf(challengeOf({ seed: 'another-class', title: 'Another class' }));
    const sum = (code: string) => code.slice(-8);
    expect(reason(verifyResult(adaJson, resolve, { expectedChallenge: otherCode }))).toBe(
      `The file is a result of another challenge, "Week 3: keep your regulars" (code …${sum(codeOf())}), not of "Another class" (code …${sum(otherCode)}).`);
    expect(rejectedFor((f) => { f.challenge = otherCode; })).toMatch(/^The game was not played on the market of "Ada Lovelace" for this challenge/);
    const free = playFree(2, 'x');
    expect(reason(verifyResult(free, resolve, { expectedChallenge: codeOf() }))).toBe(`The file is a free game, not a result of the challenge "Week 3: keep your regulars" (code …${sum(codeOf())}).`);
  });

  it('a self-made challenge with the same title and an easy goal is told apart by its code', () => {
    const easy = codeOf(challengeOf({ goals: [{ id: 'any', label: 'Have some cash', metric: 'finalCash', target: -1e9, weight: 1 }] }));
    const cheat = playChallenge('Ada Lovelace', easy);
    expect(cheat.final.score.goals.every((g) => g.met)).toBe(true);
    expect(verifyResult(cheat, resolve).status).toBe('verified');
    expect(reason(verifyResult(cheat, resolve, { expectedChallenge: codeOf() }))).toBe(
      `The file is a result of another challenge, "Week 3: keep your regulars" (code …${easy.slice(-8)}), not of "Week 3: keep your regulars" (code …${codeOf().slice(-8)}): the titles are the same but the challenges differ.`);
  });

  it('a challenge code in the file that is damaged', () => {
    expect(rejectedFor((f) => { f.challenge = f.challenge.slice(0, -3); })).toMatch(/^The file's challenge code is not valid: This is not a challenge code/);
  });

  it("another student's name", () => {
    expect(rejectedFor((f) => { f.player = 'Charles Babbage'; })).toBe(
      'The game was not played on the market of "Charles Babbage" for this challenge (its seed belongs to someone else, or the name was changed after playing).');
    // Changing only the case or spacing of the name keeps the same market.
    const renamed = copy(ada);
    renamed.player = 'ADA  lovelace';
    expect(verifyResult(renamed, resolve).status).toBe('verified');
  });

  it('a seed or a length that is not the challenge’s', () => {
    expect(rejectedFor((f) => { f.months = 7; })).toBe('The game covers 7 months but the challenge lasts 6.');
    const shared = playChallenge('Ada', codeOf(challengeOf({ rules: { attempts: null, perStudentVariants: false } })));
    const edited = copy(shared);
    edited.seed = 'my-lucky-seed';
    expect(reason(verifyResult(edited, resolve))).toBe('The game was played with the seed "my-lucky-seed", not the challenge\'s seed.');
  });

  it('truncated JSON', () => {
    expect(reason(verifyResult(adaJson.slice(0, adaJson.length / 2), resolve))).toBe(
      'The file is not valid JSON: it may have been cut short or edited, or it is not a result file.');
    expect(reason(verifyResult('', resolve))).toBe('The file is empty.');
  });

  it('huge input', () => {
    expect(reason(verifyResult('x'.repeat(5_000_000), resolve))).toBe('The file is too large to be a result file (5.0 MB; the limit is 4 MB).');
    expect(reason(verifyResult(new Uint8Array(6_000_000), resolve))).toMatch(/^The file is too large/);
    const padded = copy(ada);
    padded.player = 'x'.repeat(1000);
    expect(reason(verifyResult(padded, resolve))).toBe('The file is not a valid result file: player: expected at most 120 characters.');
  });

  it('binary garbage', () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(reason(verifyResult(garbage, resolve))).toBe('The file is not text in UTF-8 or UTF-16 (it holds binary data), so it is not a result file.');
    expect(reason(verifyResult(12, resolve))).toBe('This is not a Rapport result file (it is not a JSON object).');
    expect(reason(verifyResult('{"hello": "world"}', resolve))).toBe('This is not a Rapport result file (it has no "format": "rapport-result").');
  });

  it('an unknown format version or engine version', () => {
    expect(rejectedFor((f) => { f.version = 99; })).toBe('The file was made by a newer version of Rapport (result format 99; this verifier reads up to 2).');
    expect(rejectedFor((f) => { f.version = 0; })).toBe('The file has no valid format version.');
    expect(rejectedFor((f) => { f.engineVersion = '0.9.0'; })).toBe(
      `The file was made with engine version 0.9.0, which this verifier (engine ${ENGINE_VERSION}) cannot replay exactly; it replays ${REPLAY_COMPATIBLE_ENGINES.join(', ')}.`);
  });

  it('an unknown scenario or another version of it', () => {
    expect(reason(verifyResult(adaJson, () => undefined))).toBe('The scenario "coffee-chain" is not one this verifier knows.');
    const changed: ResolveScenario = () => ({ scenario: { ...coffee.scenario, startingCash: 1 }, goals: [], points: [] });
    expect(reason(verifyResult(adaJson, changed))).toMatch(/^The game was played on another version of the scenario "coffee-chain" \(content hash [0-9a-f]{16}; this one is [0-9a-f]{16}\)\.$/);
  });

  it('keeps what the file claims about the student for the class table', () => {
    const verdict = verifyResult(JSON.stringify({ ...copy(ada), version: 99 }), resolve);
    expect(verdict).toMatchObject({ status: 'rejected', player: 'Ada Lovelace', challengeTitle: 'Week 3: keep your regulars' });
  });
});

describe('answers to decision points are replayed with the game', () => {
  // Two questions of our own on the coffee chain: one after month 2, one after month 4.
  const options = [{ id: 'right', correct: true }, { id: 'wrong', correct: false }];
  const points: DecisionPointRule[] = [
    { id: 'at-two', when: { month: 2 }, options },
    { id: 'at-four', when: { month: 4 }, options },
    { id: 'never', when: { metric: 'cash', below: -1e12 }, options },
  ];
  const withPoints: ResolveScenario = (id) => (id === coffee.scenario.id ? { scenario: coffee.scenario, goals: coffeeGoals, points } : undefined);
  const market = resolveMarket({ scenario: coffee.scenario, goals: coffeeGoals, points, seed: 'answers', months: 6 });
  if (!market.ok) throw new Error(market.error);
  const moves = movesOf(market.value, monthsOf(6));
  const file = buildResultFile({ market: market.value, moves, mode: 'practice' });
  const edited = (edit: (moves: Record<string, any>[]) => void): string => {
    const f = copy(file);
    edit(f.moves);
    return reason(verifyResult(f, withPoints));
  };
  const answerAt = (ms: Record<string, any>[], point: string) => ms.findIndex((m) => m.type === 'answer' && m.point === point);

  it('a genuine game verifies, with the answers recomputed', () => {
    expect(moves.filter((m) => m.type === 'answer').map((m) => m.type === 'answer' && `${m.point}:${m.option}`)).toEqual(['at-two:right', 'at-four:right']);
    expect(verifyResult(file, withPoints)).toMatchObject({ status: 'verified', answersCorrect: 2, answersTotal: 2 });
  });

  it('an answer to a question that never fired', () => {
    expect(edited((ms) => { ms.push({ type: 'answer', point: 'never', option: 'right' }); })).toBe(
      'The game cannot be replayed: the answer to "never" after month 6: that question was not asked in this game by then.');
    expect(edited((ms) => { ms.push({ type: 'answer', point: 'made-up', option: 'right' }); })).toBe(
      'The game cannot be replayed: the answer to "made-up" after month 6: that question was not asked in this game by then.');
  });

  it('a changed option', () => {
    expect(edited((ms) => { ms[answerAt(ms, 'at-four')]!.option = 'wrong'; })).toBe(
      'Month 4 does not match the game the file records: its decisions or the answer to "at-four" were changed after playing. The file does not match a replay from month 4 on.');
    expect(edited((ms) => { ms[answerAt(ms, 'at-two')]!.option = 'maybe'; })).toBe(
      'The game cannot be replayed: the question "at-two" (asked after month 2) has no option "maybe".');
  });

  it('a re-dated answer', () => {
    expect(edited((ms) => { const [a] = ms.splice(answerAt(ms, 'at-two'), 1); ms.splice(answerAt(ms, 'at-four'), 0, a!); })).toBe(
      'The game cannot be replayed: month 3 was played before the question "at-two" (asked after month 2) was answered.');
    expect(edited((ms) => { const [a] = ms.splice(answerAt(ms, 'at-four'), 1); ms.splice(answerAt(ms, 'at-two') + 1, 0, a!); })).toBe(
      'The game cannot be replayed: the answer to "at-four" after month 2: that question was not asked in this game by then.');
  });

  it('extra or missing answers', () => {
    expect(edited((ms) => { ms.splice(answerAt(ms, 'at-two'), 0, { type: 'answer', point: 'at-two', option: 'wrong' }); })).toBe(
      'The game cannot be replayed: the question "at-two" (asked after month 2) is answered more than once.');
    expect(edited((ms) => { ms.splice(answerAt(ms, 'at-four'), 1); })).toBe(
      'The game cannot be replayed: month 5 was played before the question "at-four" (asked after month 4) was answered.');
  });
});

describe('old result files', () => {
  const tiny = loadScenario('tests/fixtures/results/tiny-market.yaml');
  const resolveTiny: ResolveScenario = (id) => (id === 'tiny-market' ? { scenario: tiny.scenario, goals: tiny.file.goals, points: tiny.points } : undefined);
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/results/${name}`, import.meta.url), 'utf8');

  it('format 1 (fixture, as JSON and as a result code) is read; its engine version decides whether it replays', () => {
    for (const text of [fixture('v1.json'), fixture('v1.code.txt')]) {
      const verdict = verifyResult(text, resolveTiny);
      const engine = (JSON.parse(fixture('v1.json')) as { engineVersion: string }).engineVersion;
      if (REPLAY_COMPATIBLE_ENGINES.includes(engine)) {
        expect(verdict).toMatchObject({ status: 'verified', player: 'Grace Hopper', challengeTitle: 'Bakery fixture', score: 100, goalsMet: 2 });
      } else {
        expect(reason(verdict)).toContain(`engine version ${engine}`);
      }
    }
  });

  it('format 1 of this engine: decisions and dated answers become moves and verify by state hash', () => {
    const options = [{ id: 'right', correct: true }, { id: 'wrong', correct: false }];
    const points: DecisionPointRule[] = [{ id: 'at-two', when: { month: 2 }, options }];
    const withPoints: ResolveScenario = (id) => (id === coffee.scenario.id ? { scenario: coffee.scenario, goals: coffeeGoals, points } : undefined);
    const market = resolveMarket({ scenario: coffee.scenario, goals: coffeeGoals, points, seed: 'old', months: 3 });
    if (!market.ok) throw new Error(market.error);
    const v2 = buildResultFile({ market: market.value, moves: movesOf(market.value, monthsOf(3)), mode: 'practice' });
    const { moves: _moves, mode: _mode, ...rest } = copy(v2);
    const stateHashes = v2.hashes.slice();
    // Format 1 recorded the state hash alone; recompute month 2's from a game without the question.
    const plain = buildResultFile({ market: { ...market.value, points: [] }, moves: movesOf({ ...market.value, points: [] }, monthsOf(3)), mode: 'practice' });
    stateHashes[1] = plain.hashes[1]!;
    const v1 = { ...rest, version: 1, hashes: stateHashes, decisions: monthsOf(3), answers: [{ point: 'at-two', option: 'wrong', month: 2, correct: false }] };
    expect(verifyResult(JSON.stringify(v1), withPoints)).toMatchObject({ status: 'verified', mode: 'practice', answersCorrect: 0, answersTotal: 1 });
    expect(reason(verifyResult(JSON.stringify({ ...v1, answers: [{ point: 'at-two', option: 'right', month: 3, correct: true }] }), withPoints))).toBe(
      'The game cannot be replayed: month 3 was played before the question "at-two" (asked after month 2) was answered.');
  });
});
