// The phone hand-in code: any game (decisions in whole cents, answers, a name or an id, the
// challenge's checksum) comes back exactly from its short code; a 24-month game with one fixed plan
// over three segments fits in 200 characters; damaged codes give a sentence, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShortResult, encodeShortResult, RELATIONSHIP_TYPES, type Decisions, type ShortResult } from '../../../src/engine';
import { GOOD_MONTH } from './teach-helpers';

const context = {
  segments: ['commuters', 'regulars', 'offices'],
  points: [{ id: 'regulars-churn', options: ['a', 'b', 'c'] }, { id: 'office-growth', options: ['a', 'b'] }],
};

const cents = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 1, max: 100_000_000_00 }));
const month: fc.Arbitrary<Decisions> = fc.array(fc.tuple(fc.constantFrom(...context.segments), fc.constantFrom(...RELATIONSHIP_TYPES), cents), { maxLength: 21 })
  .map((cells) => {
    const spend: Record<string, Record<string, number>> = {};
    for (const [s, t, c] of cells) if (c > 0) (spend[s] ??= {})[t] = c / 100;
    return { spend };
  });
const game: fc.Arbitrary<ShortResult> = fc.record({
  challengeChecksum: fc.stringMatching(/^[0-9a-f]{8}$/),
  who: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  isId: fc.boolean(),
  decisions: fc.array(month, { minLength: 1, maxLength: 36 }),
  answers: fc.uniqueArray(fc.record({ point: fc.constantFrom('regulars-churn', 'office-growth'), option: fc.constant('a'), month: fc.integer({ min: 1, max: 36 }) }), { maxLength: 2, selector: (a) => a.point }),
});

describe('the short result code', () => {
  it('gives back exactly the game it was made from', () => {
    fc.assert(fc.property(game, (g) => {
      const code = encodeShortResult(g, context);
      expect(code).toMatch(/^S1\.[A-Za-z0-9_-]+$/);
      const back = decodeShortResult(code, context);
      expect(back).toEqual({ ok: true, value: { ...g, decisions: g.decisions.map((d) => ({ spend: Object.fromEntries(Object.entries(d.spend).filter(([, t]) => Object.keys(t).length > 0)) })) } });
    }), { numRuns: 400 });
  });

  it('fits a 24-month game with one fixed plan over three segments in 200 characters', () => {
    const g: ShortResult = { challengeChecksum: 'a7e9a119', who: 'Carol Díaz', isId: false, decisions: Array.from({ length: 24 }, () => GOOD_MONTH), answers: [{ point: 'regulars-churn', option: 'b', month: 3 }] };
    const code = encodeShortResult(g, context);
    const byId = encodeShortResult({ ...g, who: 's-20261234', isId: true }, context);
    const changing = encodeShortResult({ ...g, decisions: g.decisions.map((d, m) => ({ spend: { ...d.spend, commuters: { 'self-service': 2000 + 50 * m } } })) }, context);
    console.log(`short code lengths: fixed plan ${code.length}, with an id ${byId.length}, one amount changing monthly ${changing.length} characters`);
    expect(code.length).toBeLessThanOrEqual(200);
    expect(byId.length).toBeLessThanOrEqual(200);
  });

  it('refuses damaged codes with a sentence', () => {
    const code = encodeShortResult({ challengeChecksum: '00ff00ff', who: 'Ada', isId: false, decisions: [GOOD_MONTH], answers: [] }, context);
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
