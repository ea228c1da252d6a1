// The phone hand-in code: any move log (plans in whole cents, runs of plays, answers, surveys), a
// name or an id and the challenge's checksum come back exactly from the short code; a 24-month
// game with one fixed plan over three segments fits in 200 characters; a real game's code verifies
// with the score of its result file (surveys and answers included); damaged codes give a sentence,
// never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMove, challengeChecksum, decodeShortResult, encodeShortResult, movesOf as movesOfGame, newGame, RELATIONSHIP_TYPES, shortCodeContext, SURVEY_SIZES,
  buildResultFile, verifyShortResult, type GameState, type Move, type ShortResult, type Spend,
} from '../../../src/engine';
import { challengeOf, codeOf, coffee, GOOD_MONTH, marketOf, playChallenge, resolve } from './teach-helpers';

const context = {
  segments: ['commuters', 'regulars', 'offices'],
  points: [{ id: 'regulars-churn', options: ['a', 'b', 'c'] }, { id: 'office-growth', options: ['a', 'b'] }],
};

const cents = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 100_000_000_00 }));
/** A plan's spend as the code gives it back: only amounts above zero, only segments with one. */
const spend: fc.Arbitrary<Spend> = fc.array(fc.tuple(fc.constantFrom(...context.segments), fc.constantFrom(...RELATIONSHIP_TYPES), cents), { maxLength: 21 })
  .map((cells) => {
    const out: Record<string, Record<string, number>> = {};
    for (const [s, t, c] of cells) if (c > 0) (out[s] ??= {})[t] = c / 100;
    return out as Spend;
  });
const move: fc.Arbitrary<Move> = fc.oneof(
  spend.map((s): Move => ({ type: 'plan', spend: s })),
  fc.constant<Move>({ type: 'play' }),
  fc.integer({ min: 1, max: 30 }).map((): Move => ({ type: 'play' })),
  fc.constantFrom(...context.points.flatMap((p) => p.options.map((o): Move => ({ type: 'answer', point: p.id, option: o })))),
  fc.tuple(fc.constantFrom(...context.segments), fc.constantFrom(...SURVEY_SIZES)).map(([segment, size]): Move => ({ type: 'survey', segment, size })),
);
const game: fc.Arbitrary<ShortResult> = fc.record({
  challengeChecksum: fc.stringMatching(/^[0-9a-f]{8}$/),
  who: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  isId: fc.boolean(),
  moves: fc.array(move, { minLength: 1, maxLength: 120 }),
});

describe('the short result code', () => {
  it('gives back exactly the moves it was made from', () => {
    fc.assert(fc.property(game, (g) => {
      const code = encodeShortResult(g, context);
      expect(code).toMatch(/^S1\.[A-Za-z0-9_-]+$/);
      expect(decodeShortResult(code, context)).toEqual({ ok: true, value: g });
    }), { numRuns: 400 });
  });

  it('fits a 24-month game with one fixed plan over three segments in 200 characters', () => {
    const fixed: Move[] = [{ type: 'plan', spend: GOOD_MONTH.spend }, ...Array.from({ length: 24 }, (): Move => ({ type: 'play' }))];
    fixed.splice(4, 0, { type: 'answer', point: 'regulars-churn', option: 'b' });
    const g: ShortResult = { challengeChecksum: 'a7e9a119', who: 'Carol Díaz', isId: false, moves: fixed };
    const code = encodeShortResult(g, context);
    const byId = encodeShortResult({ ...g, who: 's-20261234', isId: true }, context);
    const monthly: Move[] = Array.from({ length: 24 }, (_, m): Move[] => [{ type: 'plan', spend: { ...GOOD_MONTH.spend, commuters: { 'self-service': 2000 + 50 * m } } }, { type: 'play' }]).flat();
    const changing = encodeShortResult({ ...g, moves: monthly }, context);
    console.log(`short code lengths: fixed plan ${code.length}, with an id ${byId.length}, one amount changing monthly ${changing.length} characters`);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(byId.length).toBeLessThanOrEqual(200);
  });

  it('refuses a move the scenario does not know, when encoding', () => {
    expect(() => encodeShortResult({ challengeChecksum: '00ff00ff', who: 'Ada', isId: false, moves: [{ type: 'plan', spend: { nobody: { transactional: 5 } } }] }, context)).toThrow('unknown segment "nobody"');
    expect(() => encodeShortResult({ challengeChecksum: '00ff00ff', who: 'Ada', isId: false, moves: [{ type: 'answer', point: 'regulars-churn', option: 'z' }] }, context)).toThrow('unknown answer');
  });

  it('refuses damaged codes with a sentence', () => {
    const code = encodeShortResult({ challengeChecksum: '00ff00ff', who: 'Ada', isId: false, moves: [{ type: 'plan', spend: GOOD_MONTH.spend }, { type: 'play' }] }, context);
    fc.assert(fc.property(fc.nat(), fc.constantFrom('A', '_', '-', 'z', ''), (at, c) => {
      const i = 3 + (at % (code.length - 3));
      const damaged = code.slice(0, i) + c + code.slice(i + 1);
      fc.pre(damaged !== code);
      const r = decodeShortResult(damaged, context);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^(this is not|the short result code)/);
    }), { numRuns: 500 });
  });
});

describe('a real game handed in as a short code', () => {
  const code = codeOf();
  const coffeeContext = shortCodeContext(coffee);

  it('verifies with the score of its result file, surveys and answers included', () => {
    const long = codeOf(challengeOf({ months: 24 }));
    const market = marketOf('Ada Lovelace', long);
    const apply = (state: GameState, m: Move): GameState => {
      const r = applyMove(state, m);
      if (!r.ok) throw new Error(r.error);
      return r.state;
    };
    let state = apply(apply(newGame(market), { type: 'survey', segment: 'regulars', size: 50 }), { type: 'plan', spend: GOOD_MONTH.spend });
    for (let month = 1; month <= market.months; month++) {
      if (month === 4) state = apply(state, { type: 'survey', segment: 'commuters', size: 25 });
      state = apply(state, { type: 'play' });
      while (state.phase === 'question') {
        const point = market.points.find((p) => p.id === state.pending[0])!;
        state = apply(state, { type: 'answer', point: point.id, option: point.options[point.options.length - 1]!.id });
      }
    }
    expect(state.phase).toBe('over');
    expect(state.surveys.map((s) => [s.segment, s.month])).toEqual([['regulars', 0], ['commuters', 3]]);
    const moves = movesOfGame(state);
    expect(state.answers.length).toBeGreaterThan(0);
    const file = buildResultFile({ market, moves, mode: 'attempt' });
    const short = encodeShortResult({ challengeChecksum: challengeChecksum(long), who: 'Ada Lovelace', isId: false, moves }, coffeeContext);
    console.log(`a 24-month game with two surveys and ${state.answers.length} answers: short code ${short.length} characters`);
    const verdict = verifyShortResult(short, resolve, long);
    expect(verdict).toMatchObject({ status: 'verified', player: 'Ada Lovelace', score: file.final.score.points, answersTotal: state.answers.length });
    if (verdict.status === 'verified') {
      expect(verdict.finalMetrics).toEqual(file.final.metrics);
      expect(verdict.moves).toEqual(file.moves);
    }
  });

  it('matches the result file of the same game exactly', () => {
    const file = playChallenge('Ada Lovelace', code);
    const short = encodeShortResult({ challengeChecksum: challengeChecksum(code), who: file.player, isId: false, moves: file.moves }, coffeeContext);
    const verdict = verifyShortResult(short, resolve, code);
    expect(verdict).toMatchObject({ status: 'verified', score: file.final.score.points, goalsMet: file.final.score.goals.filter((g) => g.met).length });
    if (verdict.status === 'verified') expect(verdict.finalMetrics).toEqual(file.final.metrics);
  });

  it('is refused for another challenge, without a bound challenge, and for an id not on the roster', () => {
    const file = playChallenge('Ada Lovelace', code);
    const short = encodeShortResult({ challengeChecksum: challengeChecksum(code), who: file.player, isId: false, moves: file.moves }, coffeeContext);
    expect(verifyShortResult(short, resolve, undefined)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^A short result code \("S1\.…"\) names its challenge only by checksum/) });
    const other = codeOf(challengeOf({ seed: 'other', title: 'Other' }));
    expect(verifyShortResult(short, resolve, other)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^The code was made for another challenge \(code …[0-9a-f]{8}\), not for "Other"/) });
    const byId = encodeShortResult({ challengeChecksum: challengeChecksum(code), who: 's-404', isId: true, moves: file.moves }, coffeeContext);
    expect(verifyShortResult(byId, resolve, code)).toMatchObject({ status: 'rejected', reason: 'The student id "s-404" is not on the challenge\'s roster.' });
  });
});
