// The gradebook CSVs against docs/gradebook.md: the class table's columns are the documented ones
// in order, the per-student, Moodle and Canvas files have the documented headers; one row per
// student (the best attempt within the allowed number), decimal point or comma as chosen, a BOM.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { canvasCsv, classCsv, classRows, decimalStyleOf, moodleCsv, studentsCsv, verifyResult, type RosterEntry } from '../../../src/engine';
import { challengeOf, codeOf, GOOD_MONTH, monthsOf, playChallenge, resolve } from './teach-helpers';

const doc = readFileSync(new URL('../../../docs/gradebook.md', import.meta.url), 'utf8');
const section = (heading: string) => doc.split(/^## /m).find((s) => s.startsWith(heading))!;
const tableColumns = (text: string) => [...text.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!.trim()).filter((c) => c !== 'column' && !/^-+$/.test(c));

const code = codeOf(challengeOf({ months: 2, rules: { attempts: 1, perStudentVariants: true } }));
const roster: RosterEntry[] = [{ id: 's1', name: 'Ada Lovelace', email: 'ada@example.org' }, { id: 's2', name: 'Grace Hopper', email: 'grace@example.org' }, { id: 's3', name: 'Alan Turing', email: 'alan@example.org' }];
const ada1 = playChallenge('Ada Lovelace', code, monthsOf(2, { spend: { commuters: { 'self-service': 500 } } }));
const ada2 = playChallenge('Ada Lovelace', code, monthsOf(2, GOOD_MONTH));
const grace = playChallenge('Grace Hopper', code, monthsOf(2, GOOD_MONTH));
const rows = classRows([
  { name: 'ada-1.json', verdict: verifyResult(ada1, resolve) },
  { name: 'ada-2.json', verdict: verifyResult(ada2, resolve) },
  { name: 'grace.json', verdict: verifyResult(grace, resolve) },
], { roster, copies: false });
const parse = (text: string, delimiter = ',') => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { delimiter, skipEmptyLines: true }).data;
};

describe('the gradebook files', () => {
  it('class table: the documented columns, in order, then goal, metric and spend columns', () => {
    const documented = tableColumns(section('Class table'));
    const header = parse(classCsv(rows))[0]!;
    const fixed = documented.filter((c) => !/^(goal |spend |final )/.test(c)).flatMap((c) => c.split(/,\s*/));
    expect(header.slice(0, fixed.length)).toEqual(fixed);
    expect(header).toEqual(expect.arrayContaining(['final customers', 'final cash', 'final NPS', 'final retention', 'final CLV:CAC', 'spend commuters self-service']));
    expect(header.some((h) => /^goal profit: /.test(h)) && header.includes('goal profit met')).toBe(true);
  });

  it('one row per student: every roster student, the best attempt within the allowed number', () => {
    const data = parse(studentsCsv(rows, roster));
    expect(data[0]!.slice(0, 7)).toEqual(['id', 'name', 'email', 'score', 'attempts', 'file', 'flags']);
    expect(section('One row per student')).toContain('`id, name, email, score, attempts, file, flags`');
    expect(data.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['s1', 'Ada Lovelace', 'ada@example.org', String(ada1.final.score.points), '2', 'ada-1.json'],
      ['s2', 'Grace Hopper', 'grace@example.org', String(grace.final.score.points), '1', 'grace.json'],
      ['s3', 'Alan Turing', 'alan@example.org', '', '0', ''],
    ]);
  });

  it('Moodle and Canvas: the documented headers, a decimal point always', () => {
    const moodle = parse(moodleCsv(rows, roster, 'Rapport: Week 3'));
    for (const c of ['ID number', 'Email address', 'Full name']) expect(section('Moodle')).toContain(`\`${c}\``);
    expect(moodle[0]).toEqual(['ID number', 'Email address', 'Full name', 'Rapport: Week 3', 'Rapport: Week 3 (feedback)']);
    expect(moodle[1]).toEqual(['s1', 'ada@example.org', 'Ada Lovelace', String(ada1.final.score.points), 'Verified by Rapport: ada-1.json']);
    const canvas = parse(canvasCsv(rows, roster, 'Rapport: Week 3'));
    for (const c of ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section']) expect(section('Canvas')).toContain(`\`${c}\``);
    expect(canvas[0]).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Rapport: Week 3']);
    expect(canvas[1]).toEqual(['Points Possible', '', '', '', '', '100']);
    expect(canvas[3]).toEqual(['Grace Hopper', '', 's2', 'grace@example.org', '', String(grace.final.score.points)]);
  });

  it('writes 12,5 with semicolons for a decimal-comma locale, 12.5 with commas otherwise', () => {
    expect(decimalStyleOf('de-DE')).toBe('comma');
    expect(decimalStyleOf('en-GB')).toBe('point');
    const comma = parse(classCsv(rows, 'comma'), ';');
    const point = parse(classCsv(rows, 'point'));
    const cash = point[0]!.indexOf('final cash');
    expect(comma[0]!.indexOf('final cash')).toBe(cash);
    expect(comma[1]![cash]).toBe(point[1]![cash]!.replace('.', ','));
    expect(point[1]![cash]).toMatch(/^-?\d+(\.\d+)?$/);
  });
});
