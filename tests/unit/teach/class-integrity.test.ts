// A generated class of 40 students on per-student markets: copy detection finds the planted pairs
// (an identical log, a log scaled by 1.1, a friend's log replayed on one's own market) and no
// others; with a roster, unknown ids, an id under another name and lookalike names are flagged,
// and lookalike names count as the same student's attempts.
import { describe, expect, it } from 'vitest';
import {
  buildResultFile, classReport, decodeChallenge, parseRoster, verifyResult, type Decisions, type NamedVerdict,
} from '../../../src/engine';
import { challengeOf, codeOf, marketOf, movesOf, resolve } from './teach-helpers';

const MONTHS = 4;
const code = codeOf(challengeOf({ months: MONTHS, rules: { attempts: 2, perStudentVariants: true } }));
const challenge = decodeChallenge(code);
if (!challenge.ok) throw new Error(challenge.error);

/** A student's own plan: amounts from a simple hash of the student number, so no two are alike. */
function ownPlan(k: number): Decisions[] {
  const amount = (m: number, j: number) => {
    let x = Math.imul(k + 1, 0x9e3779b1) ^ Math.imul(m + 1, 0x85ebca77) ^ Math.imul(j + 1, 0xc2b2ae3d);
    x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
    return 100 + ((x ^ (x >>> 13)) >>> 0) % 850; // five cells stay under the month's budget of $5,300, even scaled by 1.1
  };
  return Array.from({ length: MONTHS }, (_, m) => ({
    spend: {
      commuters: { 'self-service': amount(m, 1), transactional: amount(m, 2) },
      regulars: { 'personal-assistance': amount(m, 3), communities: amount(m, 4) },
      offices: { 'dedicated-personal-assistance': amount(m, 5) },
    },
  }));
}

function scaled(plan: Decisions[], factor: number): Decisions[] {
  return plan.map((d) => ({ spend: Object.fromEntries(Object.entries(d.spend).map(([s, t]) => [s, Object.fromEntries(Object.entries(t).map(([k, x]) => [k, Math.round((x ?? 0) * factor * 100) / 100]))])) }));
}

function fileOf(name: string, decisions: Decisions[], playerId?: string) {
  const market = marketOf(name, code);
  return buildResultFile({ market, moves: movesOf(market, decisions), mode: 'attempt', playerId });
}

function hand(name: string, decisions: Decisions[], playerId?: string): NamedVerdict {
  return { name: `${name}.json`, verdict: verifyResult(fileOf(name, decisions, playerId), resolve) };
}

const names = Array.from({ length: 40 }, (_, k) => `Student ${String(k + 1).padStart(2, '0')}`);
const entries = names.map((n, k) => hand(n, ownPlan(k)));
entries[5] = hand(names[5]!, ownPlan(4)); // Student 06 hands in Student 05's decisions, on their own market
entries[12] = hand(names[12]!, scaled(ownPlan(11), 1.1)); // Student 13: Student 12's, every amount × 1.1
entries.push(hand(names[20]!, ownPlan(20))); // Student 21's second attempt: the same log, not a copy

describe('copy detection in a generated class', () => {
  const { rows, copies } = classReport(entries);

  it('every file verifies (copying is never a rejection)', () => {
    expect(rows.every((r) => r.status === 'verified')).toBe(true);
  });

  it('finds exactly the planted pairs, with their kind and similarity', () => {
    expect(copies.map((p) => [rows[p.a]!.student, rows[p.b]!.student, p.kind])).toEqual([
      ['Student 05', 'Student 06', 'identical-other-market'],
      ['Student 12', 'Student 13', 'scaled'],
    ]);
    expect(copies[0]!.similarity).toBe(1);
    expect(copies[1]!.similarity).toBeGreaterThan(0.9999);
    expect(copies[1]!.scale).toBeCloseTo(1.1, 3);
    expect(rows[5]!.flags).toMatch(/^Looks copied: identical decisions, played on another student's market as row 5 \(Student 05\.json\), similarity 100\.0%\.$/);
    expect(rows[12]!.flags).toContain('the same decisions scaled by 1.10 as row 12');
    expect(rows[40]!.attempt).toBe('2');
    expect(rows[40]!.flags).toBe('');
  });
});

describe('identity with a roster', () => {
  const roster = parseRoster('Student ID;Full name;Email\nm-1;Carol Díaz;carol@example.org\nm-2;Dan Ek;dan@example.org\n');
  if (!roster.ok) throw new Error(roster.error);

  it('reads a semicolon roster with a header, and names the line of a bad one', () => {
    expect(roster.ok && roster.value.students).toEqual([
      { id: 'm-1', name: 'Carol Díaz', email: 'carol@example.org' },
      { id: 'm-2', name: 'Dan Ek', email: 'dan@example.org' },
    ]);
    expect(parseRoster('s1,Ada,ada@example.org\n,Bob,bob@example.org')).toEqual({ ok: false, error: 'Line 2: the student id is empty (expected id, name, e-mail).' });
    expect(parseRoster('id,name,email\ns1,Ada,not-an-address')).toEqual({ ok: false, error: 'Line 2: "not-an-address" is not an e-mail address.' });
    expect(parseRoster('s1,Ada\u202E,a@b.org')).toEqual({ ok: false, error: 'Line 1: the id or name holds control or invisible characters (s1, Ada\\u202E).' });
    const twins = parseRoster('a1,Carol Díaz\na2,C\u0430rol Diaz');
    expect(twins.ok && twins.value.warnings).toEqual(['Line 2: "Cаrol Diaz" looks the same as "Carol Díaz" on line 1; these students should give their id.']);
  });

  it('flags unknown ids, an id under another name and lookalike letters; lookalikes count as one student', () => {
    const plan = ownPlan(30);
    const class2 = [
      hand('Carol Díaz', plan, 'm-1'),
      hand('C\u0430rol Diaz', ownPlan(31)), // a Cyrillic а and no accent: the same student, attempt 2
      { name: 'zw.json', verdict: verifyResult(JSON.stringify({ ...JSON.parse(JSON.stringify(fileOf('Carol Díaz', ownPlan(32)))), player: 'Carol\u200B Díaz' }), resolve) }, // a zero-width space: refused at the name check
      hand('Dan Ek', ownPlan(33), 'm-9'),
      hand('Eve Fox', ownPlan(34), 'm-2'),
    ];
    const { rows } = classReport(class2, { roster: roster.ok ? roster.value.students : [] });
    expect(rows.map((r) => [r.status, r.studentId, r.attempt])).toEqual([
      ['verified', 'm-1', '1'], ['verified', 'm-1', '2'], ['rejected', '', ''], ['verified', 'm-9', '1'], ['verified', 'm-2', '1'],
    ]);
    expect(rows[1]!.flags).toContain('The name is written with lookalike letters: "а" (U+0430) for "a"; it counts as "carol diaz".');
    expect(rows[2]!.student).toBe('Carol\\u200B Díaz');
    expect(rows[3]!.flags).toContain('The student id "m-9" is not on the roster.');
    expect(rows[4]!.flags).toContain('The id "m-2" belongs to "Dan Ek" on the roster, not to "Eve Fox".');
  });
});
