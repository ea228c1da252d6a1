// The instructor's command line: challenge create/show/play and verify, their one-line errors and
// their exit statuses (0 all verified, 1 any rejected, 2 usage errors), via the functions and a real spawn.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runChallenge, parseGoal } from '../../../src/cli/challenge-command';
import { runVerify } from '../../../src/cli/verify-command';
import { decodeChallenge } from '../../../src/engine';
import { GOOD_MONTH } from './teach-helpers';

const dir = mkdtempSync(join(tmpdir(), 'rapport-teach-cli-'));
const planPath = join(dir, 'plan.json');
writeFileSync(planPath, JSON.stringify(GOOD_MONTH));

function createCode(...extra: string[]): string {
  const out = runChallenge(['create', '--scenario', 'coffee-chain', '--seed', 'cli-class', '--months', '4', '--title', 'CLI week', ...extra]);
  const code = /^Code: (\S+)$/m.exec(out)?.[1];
  if (!code) throw new Error(out);
  return code;
}

describe('challenge create', () => {
  it('prints the code, a link to fill in and the relative link', () => {
    const out = runChallenge(['create', '--scenario', 'coffee-chain', '--seed', 's1', '--variants', '--attempts', '2', '--goal', 'cumulativeProfit>=1000', '--goal', 'regulars:finalNps>=10@2', '--instructions', 'Go.']);
    const code = /^Code: (\S+)$/m.exec(out)![1]!;
    expect(out).toContain(`Link: https://HOST/#/challenge?c=${code}`);
    expect(out).toContain(`Relative link: #/challenge?c=${code}`);
    const decoded = decodeChallenge(code);
    expect(decoded.ok && decoded.value).toMatchObject({
      seed: 's1', months: 24, instructions: 'Go.', rules: { attempts: 2, perStudentVariants: true },
      goals: [{ metric: 'cumulativeProfit', target: 1000, weight: 1 }, { metric: 'finalNps', segment: 'regulars', target: 10, weight: 2 }],
    });
    expect(runChallenge(['create', '--scenario', 'coffee-chain', '--seed', 's', '--base', 'https://school.example/rapport/'])).toMatch(/^Link: https:\/\/school\.example\/rapport\/#\/challenge\?c=C1\./m);
  });

  it('refuses unknown scenarios, bad goals and numbers with one line', () => {
    expect(() => runChallenge(['create', '--scenario', 'nope', '--seed', 's'])).toThrow(/^no shipped scenario "nope"/);
    expect(() => runChallenge(['create', '--scenario', '../content/scenarios/coffee-chain.yaml', '--seed', 's'])).toThrow(/no shipped scenario/);
    expect(() => parseGoal('profit > 5', 0)).toThrow('--goal "profit > 5": expected [SEGMENT:]METRIC>=VALUE[@WEIGHT], e.g. cumulativeProfit>=60000 or regulars:finalNps>=30');
    expect(() => parseGoal('wealth>=5', 0)).toThrow(/unknown metric "wealth"/);
    expect(() => runChallenge(['create', '--scenario', 'coffee-chain', '--seed', 's', '--goal', 'nobody:finalNps>=1'])).toThrow(/names a segment "nobody"/);
    expect(() => runChallenge(['create', '--scenario', 'coffee-chain', '--seed', 's', '--months', '0'])).toThrow('--months must be a whole number from 1 to 600');
    expect(() => runChallenge(['create', '--scenario', 'coffee-chain'])).toThrow(/needs --seed/);
  });
});

describe('challenge show and play, then verify', () => {
  const code = createCode('--variants');

  it('shows what a code holds', () => {
    const out = runChallenge(['show', code]);
    expect(out).toMatch(/^Title: CLI week$/m);
    expect(out).toMatch(/^Scenario: coffee-chain \(content hash [0-9a-f]{16}: matches the shipped scenario\)$/m);
    expect(out).toMatch(/^Per-student variants: yes/m);
    expect(() => runChallenge(['show', 'C1.abc.12345678'])).toThrow(/checksum does not match/);
  });

  it('plays a plan into result files that verify, and rejects a renamed copy (exit status 1) with a CSV', () => {
    const ada = join(dir, 'ada.json');
    const bob = join(dir, 'bob.json');
    expect(runChallenge(['play', code, '--plan', planPath, '--name', 'Ada', '--out', ada])).toMatch(/^Wrote .*ada\.json: Ada scored [\d.]+ \(goals met \d of 3; questions answered well 0 of 0\)\.$/);
    runChallenge(['play', code, '--plan', planPath, '--name', 'Bob', '--out', bob]);
    expect(runVerify([ada, bob])).toMatchObject({ status: 0, output: expect.stringMatching(/2 verified, 0 rejected$/) });
    const renamed = join(dir, 'bob-as-ada.json');
    writeFileSync(renamed, readFileSync(bob, 'utf8').replace('"player": "Bob"', '"player": "Ada"'));
    const csv = join(dir, 'class.csv');
    const out = runVerify([ada, renamed, join(dir, 'missing.json'), '--csv', csv]);
    expect(out.status).toBe(1);
    expect(out.output.split('\n')).toEqual([
      expect.stringMatching(/^VERIFIED {2}ada\.json: Ada, score/),
      'REJECTED  bob-as-ada.json (Ada): The game was not played on the market of "Ada" for this challenge (its seed belongs to someone else, or the name was changed after playing).',
      'REJECTED  missing.json: The file cannot be read (it does not exist or is not a file).',
      `1 verified, 2 rejected; class table written to ${csv}`,
    ]);
    const table = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(table.map((r) => [r.file, r.status])).toEqual([['ada.json', 'verified'], ['bob-as-ada.json', 'rejected'], ['missing.json', 'rejected']]);
    expect(runVerify([ada, '--challenge', createCode()]).output).toMatch(/REJECTED {2}ada\.json \(Ada\): The file is a result of another challenge/);
  });

  it('answers the questions that fire from --answers, and names a question left without an answer', () => {
    // The coffee chain asks about the national chain after month 9.
    const long = createCode('--months', '10');
    const out = join(dir, 'answered.json');
    expect(() => runChallenge(['play', long, '--plan', planPath, '--out', out])).toThrow('the question "chain-arrives" asked after month 9 has no answer (its options: a, b, c, d): pass --answers FILE');
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ 'chain-arrives': 'c', 'regulars-churn': 'b', 'commuter-acquisition-cost': 'a' }));
    expect(runChallenge(['play', long, '--plan', planPath, '--answers', answers, '--out', out])).toMatch(/questions answered well 1 of 2\)\.$/);
    const verdict = runVerify([out]);
    expect(verdict).toMatchObject({ status: 0, output: expect.stringMatching(/answers 1 of 2/) });
    writeFileSync(answers, JSON.stringify({ 'chain-arrives': 'z' }));
    expect(() => runChallenge(['play', long, '--plan', planPath, '--answers', answers, '--out', out])).toThrow(`the question "chain-arrives" (asked after month 9) has no option "z" in ${answers}`);
    writeFileSync(answers, '[1, 2]');
    expect(() => runChallenge(['play', long, '--plan', planPath, '--answers', answers, '--out', out])).toThrow(`${answers}: expected {"QUESTION": "OPTION", …} or [{"point": "QUESTION", "option": "OPTION"}, …]`);
  });

  it('needs a name for a challenge with variants', () => {
    expect(() => runChallenge(['play', code, '--plan', planPath, '--out', join(dir, 'x.json')])).toThrow('Enter your name: your teacher sees it next to your result.');
  });
});

describe('the rapport command', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: join(__dirname, '../../..'), encoding: 'utf8' });

  it('exits 0 when every file verifies, 1 when one is rejected, 2 for usage errors, with no stack trace', () => {
    const code = createCode();
    const good = join(dir, 'good.json');
    runChallenge(['play', code, '--plan', planPath, '--out', good]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(good, 'utf8').slice(0, 500));
    expect(cli('verify', good).status).toBe(0);
    const rejected = cli('verify', good, bad);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toContain('REJECTED  bad.json: The file is not valid JSON');
    const usage = cli('verify');
    expect(usage.status).toBe(2);
    expect(usage.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'))).toEqual(['rapport verify: verify needs at least one result FILE']);
    const unknownOption = cli('challenge', 'show', '--frobnicate');
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
