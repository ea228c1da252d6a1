// The class table and its CSV: one row per file, attempts counted against the rules, and a CSV
// that papaparse reads back to the same table (formula-like names escaped for spreadsheets).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CLASS_COLUMNS, classCsv, classRows, resultFileJson, verifyResult } from '../../../src/engine';
import { codeOf, challengeOf, GOOD_MONTH, monthsOf, playChallenge, resolve } from './teach-helpers';

const code = codeOf(challengeOf({ months: 2, rules: { attempts: 1, perStudentVariants: true } }));
const grace = playChallenge('Grace Hopper', code, monthsOf(2));
const ada = playChallenge('Ada, "the first" Lovelace', code, monthsOf(2));
const entries = [
  { name: 'grace.json', verdict: verifyResult(resultFileJson(grace), resolve) },
  { name: 'ada.json', verdict: verifyResult(resultFileJson(ada), resolve) },
  { name: 'grace-again.json', verdict: verifyResult(resultFileJson(grace), resolve) },
  { name: 'broken.json', verdict: verifyResult('{"format": "rapport-result"', resolve) },
];

describe('the class table', () => {
  const rows = classRows(entries);

  it('has a row per file with the verdict', () => {
    expect(rows.map((r) => [r.file, r.student, r.status])).toEqual([
      ['grace.json', 'Grace Hopper', 'verified'],
      ['ada.json', 'Ada, "the first" Lovelace', 'verified'],
      ['grace-again.json', 'Grace Hopper', 'verified'],
      ['broken.json', '', 'rejected'],
    ]);
    expect(rows[0]).toMatchObject({ challenge: 'Week 3: keep your regulars', scenario: 'coffee-chain', score: grace.final.score.points, goalsTotal: 3, answersCorrect: 0, answersTotal: 0 });
    expect(rows[3]!.reason).toMatch(/^The file is not valid JSON/);
  });

  it('counts attempts per student and flags those beyond the rules', () => {
    expect(rows.map((r) => r.attempt)).toEqual(['1', '1', '2 of 1 allowed', '']);
  });

  it('reads back from its CSV with papaparse (after the byte-order mark), with goal values, final metrics and spend', () => {
    const text = classCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields!.slice(0, CLASS_COLUMNS.length)).toEqual([...CLASS_COLUMNS]);
    expect(parsed.data.map((d) => Object.fromEntries(CLASS_COLUMNS.map((c) => [c, d[c]])))).toEqual(rows.map((r) => Object.fromEntries(CLASS_COLUMNS.map((c) => [c, r[c] === null ? '' : String(r[c])]))));
    const goal = grace.final.score.goals[0]!;
    expect(parsed.data[0]![`goal ${goal.id}: ${goal.label}`]).toBe(String(Math.round(goal.value! * 100) / 100));
    expect(parsed.data[0]![`goal ${goal.id} met`]).toBe(goal.met ? 'yes' : 'no');
    expect(parsed.data[0]!['final cash']).toBe(String(grace.final.metrics.cash));
    expect(parsed.data[0]!['spend regulars personal-assistance']).toBe(String(2 * GOOD_MONTH.spend.regulars!['personal-assistance']!));
    expect(parsed.data[3]!['final cash']).toBe('');
  });

  it('escapes names a spreadsheet would run as formulas', () => {
    const evil = classRows([{ name: '=HYPERLINK("x")', verdict: { status: 'rejected', reason: 'No.', player: '@SUM(A1)', challengeTitle: null } }]);
    const parsed = Papa.parse<Record<string, string>>(classCsv(evil).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]).toMatchObject({ file: `'=HYPERLINK("x")`, student: `'@SUM(A1)` });
  });
});
