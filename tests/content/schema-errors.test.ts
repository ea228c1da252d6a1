// Broken content is refused with messages that name the file, the field and what was expected.
// Each case copies the valid fixture course (tests/fixtures/learn/valid) and breaks one thing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError, formatContentErrors } from '../../src/content/learn/content-errors';
import { loadCourse } from '../../src/content/learn/load-course';

const VALID = path.resolve('tests/fixtures/learn/valid');
const scratch = mkdtempSync(path.join(tmpdir(), 'rapport-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface BrokenCase {
  readonly name: string;
  readonly file: string;
  /** Text to find in `file` and what to put instead. */
  readonly replace: readonly [string, string];
  /** The file the error should name, when it is not the broken one. */
  readonly reportedIn?: string;
  readonly field: string;
  readonly message: RegExp;
}

const cases: BrokenCase[] = [
  { name: 'a lesson order that is not a number', file: 'lessons/01-first-steps.md', replace: ['order: 1', 'order: first'], field: 'order', message: /expected a number, got "first"/ },
  { name: 'a lesson id that differs from its file name', file: 'lessons/01-first-steps.md', replace: ['id: first-steps', 'id: first-step'], field: 'id', message: /expected "first-steps" \(the file name after the number\)/ },
  { name: 'a missing summary', file: 'lessons/02-second-steps.md', replace: ['summary: The second fixture lesson.\n', ''], field: 'summary', message: /^this field is required$/ },
  { name: 'a key term missing from the glossary', file: 'lessons/02-second-steps.md', replace: ['keyTerms: [churn-rate]', 'keyTerms: [churn-rate, nps]'], field: 'keyTerms[1]', message: /"nps" is not in .*glossary\.yaml/ },
  { name: 'a glossary link to no term', file: 'lessons/02-second-steps.md', replace: ['(glossary:churn-rate)', '(glossary:churn)'], field: 'body (line 18)', message: /"glossary:churn" to name a term/ },
  { name: 'an inline check not listed in questions', file: 'lessons/02-second-steps.md', replace: ['questions: [ss-ordering, ss-open]', 'questions: [ss-open]'], field: 'body', message: /inline check "\[\[check:ss-ordering\]\]" to be listed in "questions"/ },
  { name: 'a single-choice question with two right options', file: 'questions/first-steps.yaml', replace: ['correct: false\n      feedback: Customers never see it.', 'correct: true\n      feedback: Customers never see it.'], field: '[0].options', message: /exactly one option with "correct: true"/ },
  { name: 'an unknown question kind', file: 'questions/first-steps.yaml', replace: ['kind: multiple', 'kind: several'], field: '[1].kind', message: /expected "kind" to be one of single, multiple, matching, ordering, numeric, open, design/ },
  { name: 'a misconception tag that is not defined', file: 'questions/first-steps.yaml', replace: ['      feedback: Customers never see it.', '      feedback: Customers never see it.\n      misconception: no-such-idea'], field: '[0].options[1].misconception', message: /"no-such-idea" is not there/ },
  { name: 'a misconception tag on a right option', file: 'questions/first-steps.yaml', replace: ['      feedback: Customers meet the brand there.', '      feedback: Customers meet the brand there.\n      misconception: wrong-denominator'], field: '[0].options[0].misconception', message: /on wrong options only/ },
  { name: 'a numeric placeholder the formula does not know', file: 'questions/first-steps.yaml', replace: ['correct: "{lost} of {start} is {answer}."', 'correct: "{lost} of {begin} is {answer}."'], field: '[2].feedback.correct', message: /got \{begin\}/ },
  { name: 'a numeric prompt that hides an input', file: 'questions/first-steps.yaml', replace: ['loses {lost} of them and gains {new}', 'loses {lost} of them'], field: '[2].prompt', message: /show the input \{new\}/ },
  { name: 'a numeric question without a range for an input', file: 'questions/first-steps.yaml', replace: ['    new: { min: 0, max: 50, step: 5 }\n', ''], field: '[2].vary', message: /range for exactly the inputs start, lost, new/ },
  { name: 'a tolerance too small for the decimals asked', file: 'questions/first-steps.yaml', replace: ['  decimals: 1\n  tolerance: 0.1', '  decimals: 0\n  tolerance: 0.1'], field: '[2].tolerance', message: /at least 0\.5/ },
  { name: 'a Try-it scenario that does not exist', file: 'lessons/01-first-steps.md', replace: ['scenario: mini', 'scenario: maxi'], field: 'tryIt.scenario', message: /"maxi" has no file there/ },
  { name: 'a Try-it segment the scenario does not have', file: 'lessons/01-first-steps.md', replace: ['      regulars: { personal-assistance: 500 }', '      tourists: { personal-assistance: 500 }'], field: 'tryIt.prepare.spend.tourists', message: /a segment of "mini" \(regulars, visitors\)/ },
  { name: 'a Try-it type that does not exist', file: 'lessons/01-first-steps.md', replace: ['regulars: { personal-assistance: 500 }', 'regulars: { free-coffee: 500 }'], field: 'tryIt.prepare.spend.regulars.free-coffee', message: /a relationship type/ },
  { name: 'Try-it months as long as the scenario', file: 'lessons/01-first-steps.md', replace: ['months: 2', 'months: 6'], field: 'tryIt.prepare.months', message: /fewer months than the scenario's 6/ },
  { name: 'a Try-it spend that is not modest', file: 'lessons/01-first-steps.md', replace: ['personal-assistance: 500 }', 'personal-assistance: 50000 }'], field: 'tryIt.prepare.spend', message: /at most 5000 a month/ },
  { name: 'a misplaced measures box', file: 'lessons/01-first-steps.md', replace: ['[[check:fs-numeric]]', '[[measures:happiness]]\n\n[[check:fs-numeric]]'], field: 'body (line 40)', message: /should name one of churn-rate/ },
  { name: 'a misspelt field', file: 'questions/first-steps.yaml', replace: ['  explanation: Churn rate is', '  explanaton: Churn rate is'], field: '[2].explanaton', message: /unknown field/ },
  { name: 'a numeric answer that its formula does not give', file: 'questions/first-steps.yaml', replace: ['answer: 5', 'answer: 20'], field: '[2].answer', message: /expected 5 \(± 0\.1\) from churnRate/ },
  { name: 'numeric inputs that do not fit the formula', file: 'questions/first-steps.yaml', replace: ['{ start: 200, lost: 10, new: 20 }', '{ start: 200, gone: 10, new: 20 }'], field: '[2].compute.inputs', message: /expected exactly the inputs start, lost, new for the formula "churnRate"/ },
  { name: 'an objective the lesson does not have', file: 'questions/second-steps.yaml', replace: ['objective: reflect', 'objective: reflection'], field: '[1].objective', message: /expected an objective id of lesson "second-steps" \(order, reflect\), got "reflection"/ },
  { name: 'a question no lesson lists', file: 'lessons/01-first-steps.md', replace: ['questions: [fs-single, fs-multiple, fs-numeric, fs-matching]', 'questions: [fs-single, fs-multiple, fs-numeric]'], reportedIn: 'questions/first-steps.yaml', field: '[3].id', message: /"fs-matching" to be listed in the "questions" of lesson "first-steps"/ },
  { name: 'too few rubric points', file: 'questions/second-steps.yaml', replace: ['    - Mentions keeping personal care for key customers\n', ''], field: '[1].rubric', message: /at least 3 rubric points/ },
  { name: 'a glossary term without a definition', file: 'glossary.yaml', replace: ['  definition: The share of customers lost during a period.\n', ''], field: '[1].definition', message: /this field is required/ },
  { name: 'a related term that does not exist', file: 'glossary.yaml', replace: ['related: [churn-rate]', 'related: [retention]'], field: '[0].related[0]', message: /"retention" does not exist/ },
  { name: 'a coverage entry naming no real lesson', file: 'coverage.yaml', replace: ['lessons: [first-steps]', 'lessons: [first-step]'], field: '[0].lessons[0]', message: /expected a lesson id, but "first-step" does not exist/ },
  { name: 'a bad seed file name', file: 'coverage.yaml', replace: ['source: 000_d72c667cafe71b6f.txt', 'source: study-guide.txt'], field: '[0].source', message: /seed file name such as/ },
  { name: 'invalid YAML', file: 'questions/second-steps.yaml', replace: ['  kind: ordering', '  kind: ordering: again'], field: '', message: /expected valid YAML at line 4, column/ },
];

function brokenCopy(index: number, brokenCase: BrokenCase): string {
  const dir = path.join(scratch, String(index));
  cpSync(VALID, dir, { recursive: true });
  const target = path.join(dir, brokenCase.file);
  const original = readFileSync(target, 'utf8');
  const [find, replacement] = brokenCase.replace;
  expect(original, `fixture text to break in ${brokenCase.file}`).toContain(find);
  writeFileSync(target, original.replace(find, replacement));
  return dir;
}

describe('content errors', () => {
  it('the valid fixture course loads without errors or warnings', () => {
    const result = loadCourse(VALID);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  cases.forEach((brokenCase, index) => {
    it(`names the file and field for ${brokenCase.name}`, () => {
      const result = loadCourse(brokenCopy(index, brokenCase));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const file = brokenCase.reportedIn ?? brokenCase.file;
      const matching = result.errors.filter((e) => e.file.endsWith(file) && e.field === brokenCase.field && brokenCase.message.test(e.message));
      expect(matching, formatContentErrors(result.errors)).toHaveLength(1);
      const line = formatContentError(matching[0]!);
      expect(line).toContain(file);
      if (brokenCase.field !== '') expect(line).toContain(`field "${brokenCase.field}"`);
    });
  });

  it('reports a missing glossary file as a whole-file problem', () => {
    const dir = path.join(scratch, 'no-glossary');
    cpSync(VALID, dir, { recursive: true });
    rmSync(path.join(dir, 'glossary.yaml'));
    const result = loadCourse(dir);
    expect(!result.ok && result.errors.some((e) => e.file.endsWith('glossary.yaml') && e.message === 'this file is missing')).toBe(true);
  });

  it('formats all problems as one readable message, one line per problem', () => {
    const text = formatContentErrors([
      { file: 'content/glossary.yaml', field: '[2].term', message: 'expected text, got 3' },
      { file: 'content/coverage.yaml', field: '', message: 'this file is missing' },
    ]);
    expect(text).toBe('The learning content has 2 problems:\n  - content/glossary.yaml: field "[2].term": expected text, got 3\n  - content/coverage.yaml: this file is missing');
  });
});
