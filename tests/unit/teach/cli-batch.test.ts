// `rapport verify` on a real class: folders searched recursively (.json files and .txt files of
// result codes), --list, --challenge with a code file or a class file, a roster, thousands of
// files with no argument-length limit, and a student name full of terminal escapes or a
// right-to-left override that cannot print "VERIFIED … score 100" over its own rejection.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVerify } from '../../../src/cli/verify-command';
import { classFileJson, encodeResultCode, resultFileJson } from '../../../src/engine';
import { lzBombResultCode } from '../../support/lz-bomb';
import { challengeOf, codeOf, copy, GOOD_MONTH, monthsOf, playChallenge } from './teach-helpers';

const root = mkdtempSync(join(tmpdir(), 'rapport-verify-batch-'));
const code = codeOf(challengeOf({ months: 2, rules: { attempts: 2, perStudentVariants: true } }));
const ada = playChallenge('Ada Lovelace', code, monthsOf(2));
const bob = playChallenge('Bob Bell', code, monthsOf(2, { spend: { commuters: { 'self-service': 900 } } }));

describe('a name with terminal escapes or bidirectional overrides', () => {
  it('is printed escaped: no raw control characters, and the real verdict stays readable', () => {
    const dir = join(root, 'escapes');
    mkdirSync(dir);
    const evil = copy(ada);
    evil.player = 'Mallory\u001b[2K\r\u001b[32mVERIFIED  evil.json: Mallory, score 100\u001b[0m';
    const rlo = copy(ada);
    rlo.player = '\u202E001 erocs ,DEIFIREV';
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(evil));
    writeFileSync(join(dir, 'rlo\u202Egnp.json'), JSON.stringify(rlo));
    const out = runVerify([dir]);
    expect(out.status).toBe(1);
    expect(out.output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    const lines = out.output.split('\n');
    expect(lines[0]).toBe('REJECTED  escapes/evil.json (Mallory\\u001B[2K\\u000D\\u001B[32mVERIFIED  evil.json: Mallory, score 100\\u001B[0m): The name contains control or invisible characters (such as a zero-width space or a right-to-left mark): type it again by hand.');
    expect(lines[1]).toMatch(/^REJECTED {2}escapes\/rlo\\u202Egnp\.json \(\\u202E001 erocs ,DEIFIREV\): /);
    expect(lines[lines.length - 1]).toBe('0 verified, 2 rejected');
  });
});

describe('folders, lists and text files of codes', () => {
  const dir = join(root, 'class');
  mkdirSync(join(dir, 'week3', 'late'), { recursive: true });
  writeFileSync(join(dir, 'ada.json'), resultFileJson(ada));
  writeFileSync(join(dir, 'week3', 'codes.txt'), `${encodeResultCode(bob)}\n\n${encodeResultCode(ada)}\n`);
  writeFileSync(join(dir, 'week3', 'late', 'bomb.txt'), lzBombResultCode());
  writeFileSync(join(dir, 'week3', 'notes.md'), 'not a result file');
  symlinkSync(join(dir, 'nowhere.json'), join(dir, 'broken.json'));

  it('searches folders recursively, one row per code in a .txt, unreadable entries as rows, a bomb rejected without losing the batch', () => {
    const out = runVerify([dir]);
    expect(out.status).toBe(1);
    expect(out.output.split('\n').filter((l) => /^(VERIFIED|REJECTED)/.test(l)).map((l) => l.replace(/:.*/, ''))).toEqual([
      'VERIFIED  class/ada.json',
      'REJECTED  class/broken.json',
      'VERIFIED  class/week3/codes.txt #1',
      'VERIFIED  class/week3/codes.txt #2',
      'REJECTED  class/week3/late/bomb.txt',
    ]);
    expect(out.output).toContain('REJECTED  class/broken.json: The link points to nothing that can be read.');
    expect(out.output).toContain('REJECTED  class/week3/late/bomb.txt: The result code was refused without unpacking it');
    expect(out.output).toMatch(/^VERIFIED {2}class\/week3\/codes\.txt #2: Ada Lovelace, score [\d.]+, \d\/3 goals, "Week 3: keep your regulars" \(code …[0-9a-f]{8}\)$/m);
    expect(out.output.split('\n').at(-1)).toBe('3 verified, 2 rejected');
  });

  it('reads --list (one path per line) and binds --challenge to a code file or a class file', () => {
    const list = join(root, 'list.txt');
    writeFileSync(list, `# handed in on time\n${join(dir, 'ada.json')}\n\n${join(dir, 'week3', 'codes.txt')}\n`);
    expect(runVerify(['--list', list]).output.split('\n').at(-1)).toBe('3 verified, 0 rejected');
    const other = codeOf(challengeOf({ months: 2, title: 'Week 3: keep your regulars', seed: 'other-seed' }));
    const codeFile = join(root, 'other-code.txt');
    writeFileSync(codeFile, `https://school.example/rapport/#/challenge?c=${other}\n`);
    const wrong = runVerify(['--list', list, '--challenge', codeFile]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain(`(code …${code.slice(-8)}), not of "Week 3: keep your regulars" (code …${other.slice(-8)}): the titles are the same but the challenges differ.`);
    const classFile = join(root, 'class.rapport.json');
    writeFileSync(classFile, classFileJson(code, [{ id: 's1', name: 'Ada Lovelace', email: 'ada@example.org' }, { id: 's2', name: 'Grace Hopper', email: 'grace@example.org' }]));
    const bound = runVerify(['--list', list, '--challenge', classFile, '--moodle', join(root, 'moodle.csv')]);
    expect(bound.status).toBe(0);
    expect(bound.output).toMatch(/^VERIFIED {2}ada\.json: Ada Lovelace \[s1\], score/m);
    expect(bound.output).toContain('"Bob Bell" is not on the roster.');
    const moodle = readFileSync(join(root, 'moodle.csv'), 'utf8');
    expect(moodle.split('\r\n')[0]).toBe('\uFEFFID number,Email address,Full name,Rapport: Week 3: keep your regulars,Rapport: Week 3: keep your regulars (feedback)');
    expect(moodle).toMatch(/\r\ns1,ada@example\.org,Ada Lovelace,\d+(\.\d+)?,Verified by Rapport: ada\.json\r\ns2,grace@example\.org,Grace Hopper,,\r\n/);
    expect(() => runVerify([dir, '--challenge', 'C2.nonsense.00000000'])).toThrow(/^--challenge: The challenge code is damaged/);
  });

  it('gives a usage error (status 2) for a bad roster, naming the line', () => {
    const roster = join(root, 'roster.csv');
    writeFileSync(roster, 'id,name,email\ns1,Ada Lovelace,ada@example.org\ns1,Grace Hopper,grace@example.org\n');
    expect(() => runVerify([dir, '--roster', roster])).toThrow('--roster ' + roster + ': Line 3: the student id "s1" is already used on line 2.');
  });
});

describe('thousands of files', () => {
  it('verifies a folder of 4,000 files through the real command (the paths alone would pass the argument-length limit)', () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    const text = resultFileJson(playChallenge('Ada Lovelace', codeOf(challengeOf({ months: 1, rules: { attempts: null, perStudentVariants: false } })), monthsOf(1, GOOD_MONTH)));
    for (let i = 0; i < 4000; i++) writeFileSync(join(dir, `student-with-a-rather-long-file-name-${String(i).padStart(5, '0')}.json`), text);
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'verify', dir], { cwd: join(__dirname, '../../..'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr.slice(0, 400)).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('4000 verified, 0 rejected');
  }, 180_000);
});

describe('every line the command prints', () => {
  it('shows control and bidirectional characters from a challenge code as escapes', () => {
    const evil = codeOf(challengeOf({ title: 'Week 3\u001b[2J\u001b[31m VERIFIED \u202Eevil', instructions: 'line one\n\u001b]0;pwned\u0007line two' }));
    const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'challenge', 'show', evil], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain('Title: Week 3\\u001B[2J\\u001B[31m VERIFIED \\u202Eevil');
    expect(run.stdout).toContain('  \\u001B]0;pwned\\u0007line two');
  }, 60_000);
});
