// Bounded decoding: the reader of lz-string codes gives lz-string's own output for every genuine
// code, refuses a crafted 290 KB "zip bomb" code (which unpacks to billions of characters) without
// building it, and JSON nested thousands deep is refused by a sentence, not a stack overflow.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeChallenge, decodeResultCode, encodeResultCode, verifyResult } from '../../../src/engine';
import { inflateUriSafe } from '../../../src/engine/formats/bounded-lz';
import { jsonDepth, parseBoundedJson } from '../../../src/engine/formats/bounded-json';
import { lzBombChallengeCode, lzBombPayload, lzBombResultCode } from '../../support/lz-bomb';
import { codeOf, copy, playChallenge, resolve } from './teach-helpers';

const UNBOUNDED = { maxOutput: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };

describe('the bounded lz-string reader', () => {
  it('unpacks whatever lz-string packs, exactly as lz-string does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
      const packed = LZString.compressToEncodedURIComponent(text);
      const mine = inflateUriSafe(packed, UNBOUNDED);
      if (text === '') expect(mine.ok).toBe(false);
      else expect(mine).toEqual({ ok: true, value: text });
    }), { numRuns: 400 });
  });

  it('agrees with lz-string on garbage: damaged where lz-string gives nothing, the same text otherwise', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 60 }), (garbage) => {
      const mine0 = inflateUriSafe(garbage, { maxOutput: 1_000_000, maxRatio: 1_000_000 });
      // A first token of 3 (the first character's two high bits set) is no stream: lz-string reads
      // it as "undefined" text or throws; it is damaged here.
      if ((alphabet.indexOf(garbage[0]!) & 48) === 48) {
        expect(mine0).toEqual({ ok: false, problem: 'damaged' });
        return;
      }
      const theirs = LZString.decompressFromEncodedURIComponent(garbage);
      const mine = inflateUriSafe(garbage, { maxOutput: 1_000_000, maxRatio: 1_000_000 });
      if (theirs === null || theirs === '') expect(mine.ok).toBe(false);
      else if (mine.ok) expect(mine.value).toBe(theirs);
      else expect(mine.problem).toBe('too-large');
    }), { numRuns: 2000 });
  });

  it('stops a bomb at the limit instead of building it', () => {
    const payload = lzBombPayload(400);
    const whole = LZString.decompressFromEncodedURIComponent(payload)!;
    expect(whole.length).toBeGreaterThan(40_000);
    expect(inflateUriSafe(payload, UNBOUNDED)).toEqual({ ok: true, value: whole });
    expect(inflateUriSafe(payload, { maxOutput: 10_000, maxRatio: 1e9 })).toEqual({ ok: false, problem: 'too-large', limit: 10_000 });
    expect(inflateUriSafe(payload, { maxOutput: 1e9, maxRatio: 50 })).toEqual({ ok: false, problem: 'too-large', limit: payload.length * 50 });
  });
});

describe('crafted codes', () => {
  it('a 290 KB result code that would unpack to billions of characters is refused with a sentence', () => {
    const bomb = lzBombResultCode();
    expect(bomb.length).toBeGreaterThan(289_000);
    const decoded = decodeResultCode(bomb);
    expect(decoded).toEqual({ ok: false, error: 'the result code was refused without unpacking it: it would unpack to more than 4,000,000 characters (50 times its length at most), far more than any genuine code' });
    const verdict = verifyResult(bomb, resolve);
    expect(verdict).toMatchObject({ status: 'rejected', reason: 'The result code was refused without unpacking it: it would unpack to more than 4,000,000 characters (50 times its length at most), far more than any genuine code.' });
  });

  it('a challenge code that would unpack to billions of characters is refused, also as a file\'s challenge', () => {
    const bomb = lzBombChallengeCode();
    const decoded = decodeChallenge(bomb);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(/^The challenge code was refused without unpacking it: it would unpack to more than [\d,]+ characters/);
    const file = { ...copy(playChallenge('Ada')), challenge: bomb };
    expect(verifyResult(JSON.stringify(file), resolve)).toMatchObject({ status: 'rejected', reason: expect.stringContaining("The file's challenge code is not valid: The challenge code was refused without unpacking it") });
    expect(verifyResult(playChallenge('Ada'), resolve, { expectedChallenge: bomb })).toMatchObject({ status: 'rejected' });
  });

  it('genuine codes still unpack (a 600-month code packs 5.2 to 1, far below the 50 to 1 bound)', () => {
    const file = playChallenge('Ada Lovelace', codeOf());
    expect(verifyResult(encodeResultCode(file), resolve)).toMatchObject({ status: 'verified', player: 'Ada Lovelace' });
  });
});

describe('JSON nesting', () => {
  it('is measured outside strings only', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[[{{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
    expect(parseBoundedJson('[[[1]]]', 2)).toEqual({ ok: false, problem: 'too-deep' });
    expect(parseBoundedJson('[[1]]', 2)).toEqual({ ok: true, value: [[1]] });
  });

  it('a result file with metrics nested 100,000 deep is refused with a sentence, not a stack overflow', () => {
    const file = copy(playChallenge('Ada'));
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = JSON.stringify(file).replace('"final":{"metrics":{', `"final":{"metrics":{"deep":${deep},`);
    expect(verifyResult(text, resolve)).toMatchObject({ status: 'rejected', reason: 'The file was refused: its JSON nests more than 32 levels deep, which no result file does.' });
  });
});
