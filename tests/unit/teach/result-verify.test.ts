// Verification of result files: a genuine file verifies, and every kind of tampering or damage is
// rejected with a sentence naming what is wrong (the first differing month for edited decisions).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  buildResultFile, encodeResultCode, ENGINE_VERSION, REPLAY_COMPATIBLE_ENGINES, resultFileJson, verifyResult,
  type Goal, type ResolveScenario, type Verdict,
} from '../../../src/engine';
import { challengeOf, codeOf, coffee, coffeeGoals, copy, GOOD_MONTH, monthsOf, playChallenge, resolve } from './teach-helpers';

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
      scenarioId: 'coffee-chain', months: 6, score: ada.final.score.points, answersCorrect: 1, answersTotal: 1,
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
    const free = buildResultFile({ scenario: coffee.scenario, goals: coffeeGoals, seed: 'free-1', months: 3, decisions: monthsOf(3), answers: [] });
    const verdict = verifyResult(resultFileJson(free), resolve);
    expect(verdict).toMatchObject({ status: 'verified', challengeTitle: null, score: free.final.score.points, seed: 'free-1' });
  });
});

describe('buildResultFile', () => {
  it('refuses a game that does not cover every month, naming it', () => {
    expect(() => playChallenge('Ada', codeOf(), 6, monthsOf(5))).toThrow('The game cannot be replayed: month 6: there are decisions for 5 months but the game lasts 6.');
  });

  it('refuses decisions the engine cannot play, naming the month', () => {
    const bad = [...monthsOf(5), { spend: { nobody: { transactional: 5 } } }];
    expect(() => playChallenge('Ada', codeOf(), 6, bad)).toThrow(/month 6: spend names an unknown segment "nobody"/);
  });

  it('records the variant seed of the student, whichever seed the caller passes', () => {
    const other = buildResultFile({ scenario: coffee.scenario, goals: [], seed: 'class-2026', challengeCode: codeOf(), player: 'Ada Lovelace', decisions: monthsOf(6), answers: ada.answers });
    expect(other.seed).toBe(ada.seed);
    expect(other.hashes).toEqual(ada.hashes);
    expect(() => buildResultFile({ scenario: coffee.scenario, goals: [], seed: 'another', challengeCode: codeOf(), player: 'Ada', decisions: monthsOf(6), answers: [] }))
      .toThrow('The seed "another" is not the seed of this challenge.');
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
    expect(rejectedFor((f) => { f.final.score.goals[1].met = !f.final.score.goals[1].met; })).toBe('The score in the file does not match the replay (its goals are not the ones the replay reaches).');
    expect(rejectedFor((f) => { f.final.score.goals[0].target = 1; })).toMatch(/^The score in the file does not match/);
  });

  it('edited decisions: the first month that differs is named', () => {
    expect(rejectedFor((f) => { f.decisions[3].spend.regulars.communities = 5000; })).toBe(
      'The decisions for month 4 give a different state than the file records: the file does not match a replay from month 4 on.');
    expect(rejectedFor((f) => { f.decisions[0].spend.offices = {}; f.decisions[5].spend.offices = {}; })).toMatch(/^The decisions for month 1 give/);
  });

  it('edited decisions with the hashes recomputed from a real replay are caught by the final metrics', () => {
    const cheaper = playChallenge('Ada Lovelace', codeOf(), 6, [...monthsOf(5), { spend: {} }]);
    const forged = copy(ada);
    forged.decisions = cheaper.decisions;
    forged.hashes = cheaper.hashes;
    expect(reason(verifyResult(JSON.stringify(forged), resolve))).toMatch(/^The final metrics in the file do not match the replay/);
  });

  it('extra or missing decisions', () => {
    expect(rejectedFor((f) => { f.decisions.push(GOOD_MONTH); })).toBe('The file has decisions for 7 months, but the game lasts 6: every month\'s decisions are needed.');
    expect(rejectedFor((f) => { f.decisions.pop(); })).toBe('The file has decisions for 5 months, but the game lasts 6: every month\'s decisions are needed.');
    expect(rejectedFor((f) => { f.hashes.pop(); })).toBe('The file has state hashes for 5 months, but the game lasts 6.');
  });

  it('decisions the engine cannot play', () => {
    expect(rejectedFor((f) => { f.decisions[2].spend.regulars['telepathy'] = 10; })).toBe('The decisions for month 3 cannot be played: spend.regulars names an unknown relationship type "telepathy".');
    expect(rejectedFor((f) => { f.decisions[1].spend.regulars.communities = -5; })).toMatch(/^The decisions for month 2 cannot be played: spend\.regulars\.communities must be a number from 0/);
  });

  it('another challenge', () => {
    const otherCode = codeOf(challengeOf({ seed: 'another-class', title: 'Another class' }));
    const sum = (code: string) => code.slice(-8);
    expect(reason(verifyResult(adaJson, resolve, { expectedChallenge: otherCode }))).toBe(
      `The file is a result of another challenge, "Week 3: keep your regulars" (code …${sum(codeOf())}), not of "Another class" (code …${sum(otherCode)}).`);
    expect(rejectedFor((f) => { f.challenge = otherCode; })).toMatch(/^The game was not played on the market of "Ada Lovelace" for this challenge/);
    const free = buildResultFile({ scenario: coffee.scenario, goals: coffeeGoals, seed: 'x', months: 2, decisions: monthsOf(2), answers: [] });
    expect(reason(verifyResult(free, resolve, { expectedChallenge: codeOf() }))).toBe(`The file is a free game, not a result of the challenge "Week 3: keep your regulars" (code …${sum(codeOf())}).`);
  });

  it('a self-made challenge with the same title and an easy goal is told apart by its code', () => {
    const easy = codeOf(challengeOf({ goals: [{ id: 'any', label: 'Have some cash', metric: 'finalCash', target: -1e9, weight: 1 }] }));
    const cheat = playChallenge('Ada Lovelace', easy);
    expect(cheat.final.score.points).toBe(100);
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
    expect(rejectedFor((f) => { f.months = 7; })).toMatch(/^The file covers 7 months but the challenge lasts 6\.$|^The game was not played/);
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
    expect(rejectedFor((f) => { f.version = 99; })).toBe('The file was made by a newer version of Rapport (result format 99; this verifier reads up to 1).');
    expect(rejectedFor((f) => { f.version = 0; })).toBe('The file has no valid format version.');
    expect(rejectedFor((f) => { f.engineVersion = '0.9.0'; })).toBe(
      `The file was made with engine version 0.9.0, which this verifier (engine ${ENGINE_VERSION}) cannot replay exactly; it replays ${REPLAY_COMPATIBLE_ENGINES.join(', ')}.`);
  });

  it('an unknown scenario or another version of it', () => {
    expect(reason(verifyResult(adaJson, () => undefined))).toBe('The scenario "coffee-chain" is not one this verifier knows.');
    const changed: ResolveScenario = () => ({ scenario: { ...coffee.scenario, startingCash: 1 }, goals: [] });
    expect(reason(verifyResult(adaJson, changed))).toMatch(/^The file was played on another version of the scenario "coffee-chain" \(content hash [0-9a-f]{16}; this verifier has [0-9a-f]{16}\)\.$/);
  });

  it('answers that were edited', () => {
    expect(rejectedFor((f) => { f.answers[0].option = 'b'; })).toBe('The answer "b" to "regulars-churn" is marked correct, but it is wrong.');
    expect(rejectedFor((f) => { f.answers[0].point = 'made-up'; })).toBe('The scenario has no question "made-up".');
    expect(rejectedFor((f) => { f.answers.push(f.answers[0]); })).toBe('The question "regulars-churn" is answered more than once.');
    expect(rejectedFor((f) => { f.answers[0].month = 9; })).toBe('The answer to "regulars-churn" is dated month 9, after the game\'s last month (6).');
  });

  it('keeps what the file claims about the student for the class table', () => {
    const verdict = verifyResult(JSON.stringify({ ...copy(ada), version: 99 }), resolve);
    expect(verdict).toMatchObject({ status: 'rejected', player: 'Ada Lovelace', challengeTitle: 'Week 3: keep your regulars' });
  });
});

describe('old result files', () => {
  const tiny = loadScenario('tests/fixtures/results/tiny-market.yaml');
  const resolveTiny: ResolveScenario = (id) => (id === 'tiny-market' ? { scenario: tiny.scenario, goals: tiny.file.goals as Goal[], decisionPoints: tiny.file.decisionPoints } : undefined);
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/results/${name}`, import.meta.url), 'utf8');

  it('format 1 (fixture, as JSON and as a result code) verifies while its engine version replays', () => {
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
});
