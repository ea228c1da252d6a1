// Thousands of damaged result files through the verifier: it never throws, every rejection is a
// sentence, and nothing that verifies scores differently from the genuine file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResultCode, resultFileJson, verifyResult, type Verdict } from '../../../src/engine';
import { challengeOf, codeOf, copy, monthsOf, playChallenge, resolve } from './teach-helpers';

const genuine = playChallenge('Mary Somerville', codeOf(challengeOf({ months: 3 })), monthsOf(3));
const text = resultFileJson(genuine);

function checkVerdict(verdict: Verdict): void {
  if (verdict.status === 'verified') {
    expect(verdict.score).toBe(genuine.final.score.points);
    expect(verdict.seed).toBe(genuine.seed);
  } else {
    expect(verdict.status).toBe('rejected');
    expect(verdict.reason).toMatch(/^[A-Z].{10,400}[.)]$/s);
    expect(verdict.reason).not.toMatch(/\bat .+:\d+:\d+/);
  }
}

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

const allPaths = paths(copy(genuine)).filter((p) => p.length > 0);

describe('the verifier on damaged files', () => {
  it('never throws on thousands of files edited character by character', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'delete', 'insert', 'truncate'), char: fc.string({ minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 4 }),
      (edits) => {
        let damaged = text;
        for (const e of edits) {
          const at = e.at % (damaged.length + 1);
          damaged = e.kind === 'replace' ? damaged.slice(0, at) + e.char + damaged.slice(at + 1)
            : e.kind === 'delete' ? damaged.slice(0, at) + damaged.slice(at + 1)
              : e.kind === 'insert' ? damaged.slice(0, at) + e.char + damaged.slice(at) : damaged.slice(0, at);
        }
        checkVerdict(verifyResult(damaged, resolve));
      },
    ), { numRuns: 1500 });
  });

  it('never throws on thousands of files with a field replaced by any JSON value', () => {
    fc.assert(fc.property(fc.constantFrom(...allPaths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
      const file = copy(genuine);
      let node: any = file;
      for (const key of path.slice(0, -1)) node = node[key];
      node[path[path.length - 1]!] = value;
      checkVerdict(verifyResult(JSON.stringify(file), resolve));
    }), { numRuns: 1500 });
  });

  it('never throws on damaged result codes', () => {
    const code = encodeResultCode(genuine);
    fc.assert(fc.property(fc.nat(), fc.constantFrom('A', '_', '-', '~', '.', ' '), (at, char) => {
      const i = at % code.length;
      checkVerdict(verifyResult(code.slice(0, i) + char + code.slice(i + 1), resolve));
    }), { numRuns: 500 });
  });
});
