// Challenge codes: what an instructor encodes is exactly what a student's link decodes, codes are
// URL-safe, and anything that is not a valid code (mutated, cut, garbage) gives a sentence, never a throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { challengeLink, decodeChallenge, encodeChallenge, GOAL_METRICS, sha256Hex, type Challenge } from '../../../src/engine';
import { challengeOf, codeOf } from './teach-helpers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/challenges/${name}`, import.meta.url), 'utf8');

const printable = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_.:/#?&=+$%<>"\'é'.split('')), minLength: 1, maxLength: 64 }).filter((s) => s.trim() === s && s.length > 0);
const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });

const challengeArb: fc.Arbitrary<Challenge> = fc.record({
  version: fc.constant(2),
  engineVersion: fc.constant('1.0.0'),
  scenario: fc.record({ id: fc.constantFrom('coffee-chain', 'saas-startup', 'a'), hash: fc.stringMatching(/^[0-9a-f]{16}$/) }),
  seed: printable,
  months: fc.integer({ min: 1, max: 600 }),
  goals: fc.array(
    fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,8})?$/),
      label: fc.string({ minLength: 1, maxLength: 80 }),
      metric: fc.constantFrom(...GOAL_METRICS),
      segment: fc.option(fc.constantFrom('regulars', 'offices'), { nil: undefined }),
      target: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    }, { requiredKeys: ['id', 'label', 'metric', 'target', 'weight'] }),
    { minLength: 1, maxLength: 12 },
  ),
  rules: fc.record({ attempts: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }), perStudentVariants: fc.boolean() }),
  title: anyText.map((t) => t.trim().slice(0, 100)).filter((t) => t.length > 0),
  instructions: anyText,
  roster: fc.option(fc.uniqueArray(fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((n) => n.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').trim()).filter((n) => n.length > 0),
  }), { minLength: 1, maxLength: 40, selector: (s) => s.id }), { nil: null }),
});

describe('a challenge code', () => {
  it('decodes to exactly the challenge that was encoded', () => {
    fc.assert(fc.property(challengeArb, (challenge) => {
      const code = encodeChallenge(challenge);
      expect(code.ok).toBe(true);
      const back = decodeChallenge(code.ok ? code.value : '');
      expect(back).toEqual({ ok: true, value: challenge });
    }), { numRuns: 300 });
  });

  it('is URL-safe: it survives a query string and a pasted link unchanged', () => {
    fc.assert(fc.property(challengeArb, (challenge) => {
      const code = codeOf(challenge);
      expect(code).toMatch(/^[A-Za-z0-9._~-]+$/);
      expect(new URLSearchParams(`c=${code}`).get('c')).toBe(code);
      expect(decodeChallenge(challengeLink(code, 'https://example.org/rapport/')).ok).toBe(true);
      expect(decodeChallenge(`  ${challengeLink(code)}\n`).ok).toBe(true);
    }), { numRuns: 100 });
  });

  it('is short for a typical challenge', () => {
    expect(codeOf().length).toBeLessThan(800);
  });

  it('keeps markup in the title and instructions as plain text', () => {
    const code = codeOf(challengeOf({ title: '<img src=x onerror=alert(1)>', instructions: '<script>alert(1)</script>' }));
    const back = decodeChallenge(code);
    expect(back.ok && back.value.title).toBe('<img src=x onerror=alert(1)>');
    expect(back.ok && back.value.instructions).toBe('<script>alert(1)</script>');
  });

  it('refuses to encode an invalid challenge, naming the field', () => {
    expect(encodeChallenge(challengeOf({ months: 0 }))).toEqual({ ok: false, error: 'The challenge is not valid: months: expected 1 or more.' });
    expect(encodeChallenge(challengeOf({ goals: [] }))).toEqual({ ok: false, error: 'The challenge is not valid: goals: expected at least one goal.' });
    const badSeed = encodeChallenge(challengeOf({ seed: 'tab\there' }));
    expect(badSeed.ok ? '' : badSeed.error).toContain('seed');
  });
});

function isSentence(message: string): boolean {
  return message.length > 10 && message.length < 400 && /^[A-Z]/.test(message) && /[.)]$/.test(message) && !/\bat .*:\d+:\d+/.test(message);
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom(...'aZ09-_~.+$% C'.split('')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = { kind: string; at: number; char?: string; count?: number; text?: string };

function mutate(code: string, m: Mutation): string {
  const at = m.at % (code.length + 1);
  switch (m.kind) {
    case 'replace': return code.slice(0, at) + m.char + code.slice(at + 1);
    case 'delete': return code.slice(0, at) + code.slice(at + (m.count ?? 1));
    case 'insert': return code.slice(0, at) + (m.text ?? '') + code.slice(at);
    default: return code.slice(0, at);
  }
}

describe('anything that is not a valid code', () => {
  const code = codeOf();

  it('gives a clear sentence for thousands of mutated codes (or, for harmless edits such as spaces, the same challenge), and never throws', () => {
    const original = decodeChallenge(code);
    let rejected = 0;
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      const damaged = mutations.reduce((c, m) => mutate(c, m), code);
      fc.pre(damaged !== code);
      const result = decodeChallenge(damaged);
      if (result.ok) expect(result).toEqual(original);
      else {
        rejected++;
        expect(isSentence(result.error), result.error).toBe(true);
      }
    }), { numRuns: 3000 });
    expect(rejected).toBeGreaterThan(2900);
  });

  it('gives a clear sentence for arbitrary text and values', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.anything()), (input) => {
      const result = decodeChallenge(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(isSentence(result.error), result.error).toBe(true);
    }), { numRuns: 1000 });
  });

  it('names the problem: empty, huge, damaged, newer, inconsistent or invalid content', () => {
    const err = (input: unknown) => { const r = decodeChallenge(input); return r.ok ? 'ok' : r.error; };
    expect(err('')).toBe('The challenge code is empty.');
    expect(err(42)).toBe('A challenge code must be text.');
    expect(err('C1.' + 'A'.repeat(20_000) + '.00000000')).toMatch(/longer than 16000 characters/);
    expect(err(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'))).toMatch(/damaged \(its checksum does not match\)/);
    const wrap = (version: number, json: string) => {
      const payload = LZString.compressToEncodedURIComponent(json).replace(/\+/g, '_').replace(/\$/g, '~');
      return `C${version}.${payload}.${sha256Hex(`C${version}.${payload}`).slice(0, 8)}`;
    };
    expect(err(wrap(9, '{"version":9}'))).toMatch(/newer version of Rapport/);
    expect(err(wrap(1, 'not json'))).toMatch(/damaged: its content is not readable/);
    expect(err(wrap(1, '[1,2]'))).toBe('The challenge code holds no challenge.');
    const v1 = { ...challengeOf(), version: 1 } as Record<string, unknown>;
    delete v1.roster;
    expect(err(wrap(1, JSON.stringify({ ...v1, version: 2 })))).toMatch(/prefix says version 1 but its content says 2/);
    expect(err(wrap(1, JSON.stringify({ ...v1, months: 'twelve' })))).toBe('The challenge code holds an invalid challenge: months: expected a number.');
    expect(err(wrap(1, JSON.stringify({ ...v1, extra: true })))).toMatch(/invalid challenge/);
    expect(err(wrap(2, JSON.stringify({ ...challengeOf(), roster: [{ id: '7', name: 'Ada', email: 'ada@example.org' }] })))).toBe('The challenge code holds an invalid challenge: roster[0].email: Invalid key: Expected never but received "email".');
  });
});

describe('old challenge codes', () => {
  it('version 1 (fixture) still decodes to the same challenge, lifted to version 2 with no roster', () => {
    const expected = JSON.parse(fixture('v1.expected.json')) as Challenge;
    expect(expected.version).toBe(1);
    expect(decodeChallenge(fixture('v1.code.txt'))).toEqual({ ok: true, value: { ...expected, version: 2, roster: null } });
  });

  it('version 2 carries a roster of ids and names', () => {
    const roster = [{ id: 's-101', name: 'Ada Lovelace' }, { id: 's-102', name: 'Carol Díaz' }];
    const code = codeOf(challengeOf({ roster }));
    expect(code).toMatch(/^C2\./);
    expect(decodeChallenge(code)).toEqual({ ok: true, value: challengeOf({ roster }) });
  });
});
