// Per-student markets keyed on the roster id: with a roster, a student who gave their id plays a
// market made from the id (not the name), so two students of the same name get two markets and a
// result whose id is swapped for a classmate's, or dropped, no longer verifies (an id missing from the
// roster gets a market of its own and a flag in the class table); without a roster
// (or without an id) the name stays the key, and the markets of plain ASCII names are the ones they
// always were (the seed recomputed here from its definition with Node's own SHA-256).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildResultFile, challengeMarket, classReport, resolveMarket, resultFileJson, rosterVariantSeed, variantSeed, verifyResult } from '../../../src/engine';
import { challengeOf, codeOf, coffee, coffeeGoals, copy, monthsOf, movesOf, resolve } from './teach-helpers';

const roster = [{ id: 's-1', name: 'Carol Díaz' }, { id: 's-2', name: 'Dan Ek' }, { id: 's-3', name: 'Dan Ek' }];
const withRoster = challengeOf({ months: 3, roster });
const withoutRoster = challengeOf({ months: 3 });
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function seedOf(challenge = withRoster, player = 'Dan Ek', playerId?: string): string {
  const m = challengeMarket(challenge, coffee.scenario, player, playerId);
  if (!m.ok) throw new Error(m.error);
  return m.value.seed;
}

describe('the market of a student on a roster', () => {
  it('is made from their id, whatever name or case comes with it', () => {
    expect(seedOf(withRoster, 'Dan Ek', 's-2')).toBe(`v-${sha('class-2026\u0000id\u0000s-2').slice(0, 20)}`);
    expect(seedOf(withRoster, 'D. Ek', 'S-2 ')).toBe(seedOf(withRoster, 'Dan Ek', 's-2'));
    expect(rosterVariantSeed('class-2026', 's-2')).toBe(seedOf(withRoster, 'Dan Ek', 's-2'));
  });

  it('differs for two students of the same name, and from the name’s market', () => {
    const ids = ['s-1', 's-2', 's-3'].map((id) => seedOf(withRoster, 'Dan Ek', id));
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(seedOf(withRoster, 'Dan Ek'));
  });

  it('is made from an id that is not on the roster too (the class table flags such an id)', () => {
    expect(seedOf(withRoster, 'Mallory', 's-9')).toBe(rosterVariantSeed('class-2026', 's-9'));
  });
});

describe('names stay the key', () => {
  it('of plain ASCII names: the very seeds they always had', () => {
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'alan turing', 'Student 07']) {
      const expected = `v-${sha(`class-2026\u0000${name.toLowerCase()}`).slice(0, 20)}`;
      expect(variantSeed('class-2026', name)).toBe(expected);
      expect(seedOf(withoutRoster, name)).toBe(expected);
      // An id without a roster, or a roster game without an id, keeps the name's market.
      expect(seedOf(withoutRoster, name, 's-1')).toBe(expected);
      expect(seedOf(withRoster, name)).toBe(expected);
    }
  });
});

describe('result files of a roster challenge', () => {
  const code = codeOf(withRoster);
  /** The game of `name` (and roster id `id`) as the store plays it: the market resolved, the moves, the file. */
  const played = (name: string, id?: string) => {
    const market = resolveMarket({ scenario: coffee.scenario, goals: coffeeGoals, points: coffee.points, challengeCode: code, player: name, playerId: id });
    if (!market.ok) throw new Error(market.error);
    return buildResultFile({ market: market.value, moves: movesOf(market.value, monthsOf(3)), mode: 'attempt' });
  };

  it('verify on the id’s market and carry the id', () => {
    const dan = played('Dan Ek', 's-2');
    expect(dan.seed).toBe(rosterVariantSeed('class-2026', 's-2'));
    expect(verifyResult(resultFileJson(dan), resolve)).toMatchObject({ status: 'verified', player: 'Dan Ek', playerId: 's-2' });
  });

  it('are rejected when the id is swapped for a classmate’s, or dropped', () => {
    const dan = copy(played('Dan Ek', 's-2'));
    expect(verifyResult(JSON.stringify({ ...dan, playerId: 's-3' }), resolve)).toMatchObject({
      status: 'rejected', reason: expect.stringMatching(/^The game was not played on the market of student id "s-3" for this challenge/),
    });
    const { playerId: _dropped, ...noId } = dan;
    expect(verifyResult(JSON.stringify(noId), resolve)).toMatchObject({
      status: 'rejected', reason: expect.stringMatching(/^The game was not played on the market of "Dan Ek" for this challenge/),
    });
    const mallory = played('Mallory', 's-9');
    const { rows } = classReport([{ name: 'mallory.json', verdict: verifyResult(mallory, resolve) }], { roster });
    expect(rows[0]).toMatchObject({ status: 'verified', studentId: 's-9' });
    expect(rows[0]!.flags).toContain('The student id "s-9" is not on the roster.');
  });
});
