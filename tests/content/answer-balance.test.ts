// Keys cannot be guessed from where or how long they are, and distractors are plausible: right
// options are spread over the positions (no position over 40 %, and a chi-square test against an
// even spread), the right option is rarely the longest or the shortest, multiple-choice questions
// do not mostly consist of right options, no option is a length outlier in its question, and
// distractors are built on named misconceptions that the learner can be told about.
import { describe, expect, it } from 'vitest';
import { NUMERIC_FORMULA_NAMES, formulaTraps, type NumericFormula } from '../../src/content/learn/numeric-formulas';
import { choiceQuestions, median, rawMisconceptions, rawQuestions, singleQuestions } from './raw-content';

/** Chi-square critical value for 3 degrees of freedom at p = 0.01. */
const CHI_SQUARE_3_DF_1_PERCENT = 11.345;

function uniqueExtreme(lengths: readonly number[], index: number, pick: (a: number, b: number) => number): boolean {
  const extreme = lengths.reduce(pick);
  return lengths[index] === extreme && lengths.filter((l) => l === extreme).length === 1;
}

describe('answer keys', () => {
  const positions = singleQuestions.map((q) => q.options!.findIndex((o) => o.correct));

  it('spread single-choice keys over the positions: none holds more than 40 %', () => {
    expect(singleQuestions.length).toBeGreaterThanOrEqual(40);
    for (let position = 0; position < 4; position++) {
      const share = positions.filter((p) => p === position).length / positions.length;
      expect(share, `share of keys at position ${'abcd'[position]}`).toBeLessThanOrEqual(0.4);
    }
  });

  it('spread them evenly enough for a chi-square test at p = 0.01', () => {
    const four = singleQuestions.filter((q) => q.options!.length === 4);
    expect(four.length / singleQuestions.length).toBeGreaterThan(0.9);
    const counts = [0, 0, 0, 0];
    for (const q of four) counts[q.options!.findIndex((o) => o.correct)]!++;
    const expected = four.length / 4;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare, `counts ${counts.join(', ')}`).toBeLessThan(CHI_SQUARE_3_DF_1_PERCENT);
  });

  it('make the right option the longest in at most 35 % of single-choice questions, and the shortest in at most 35 %', () => {
    const lengths = singleQuestions.map((q) => q.options!.map((o) => o.text.length));
    const longest = singleQuestions.filter((q, i) => uniqueExtreme(lengths[i]!, positions[i]!, Math.max)).map((q) => q.id);
    const shortest = singleQuestions.filter((q, i) => uniqueExtreme(lengths[i]!, positions[i]!, Math.min)).map((q) => q.id);
    expect(longest.length / singleQuestions.length, `longest: ${longest.join(' ')}`).toBeLessThanOrEqual(0.35);
    expect(shortest.length / singleQuestions.length, `shortest: ${shortest.join(' ')}`).toBeLessThanOrEqual(0.35);
  });

  it('keep right options to between 30 % and 60 % of multiple-choice options', () => {
    const options = rawQuestions.filter((q) => q.kind === 'multiple').flatMap((q) => q.options!);
    const share = options.filter((o) => o.correct).length / options.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.6);
  });
});

describe('distractors', () => {
  it('are never length outliers: every option is 40 %–250 % of the median option length of its question', () => {
    const outliers = choiceQuestions.flatMap((q) => {
      const middle = median(q.options!.map((o) => o.text.length));
      return q.options!.filter((o) => o.text.length < 0.4 * middle || o.text.length > 2.5 * middle).map((o) => `${q.id}/${o.id} "${o.text}"`);
    });
    expect(outliers).toEqual([]);
  });

  it('carry misconception tags: every choice question targets one, and at least 60 % of wrong options name theirs', () => {
    const untargeted = choiceQuestions.filter((q) => q.misconception === undefined && !q.options!.some((o) => o.misconception !== undefined)).map((q) => q.id);
    expect(untargeted).toEqual([]);
    const wrong = choiceQuestions.flatMap((q) => q.options!.filter((o) => !o.correct));
    expect(wrong.filter((o) => o.misconception !== undefined).length / wrong.length).toBeGreaterThanOrEqual(0.6);
    const taggedRight = choiceQuestions.flatMap((q) => q.options!.filter((o) => o.correct && o.misconception !== undefined).map((o) => `${q.id}/${o.id}`));
    expect(taggedRight).toEqual([]);
  });

  it('use only misconceptions that are defined, and every defined one is used by a question or a numeric trap', () => {
    const defined = new Set(rawMisconceptions.map((m) => m.id));
    const used = new Set<string>();
    for (const q of rawQuestions) {
      if (q.misconception) used.add(q.misconception);
      for (const o of q.options ?? []) if (o.misconception) used.add(o.misconception);
      if (q.kind === 'numeric') {
        for (const trap of formulaTraps(q.compute!.formula as NumericFormula, q.compute!.inputs)) used.add(trap.misconception);
      }
    }
    expect([...used].filter((tag) => !defined.has(tag))).toEqual([]);
    expect([...defined].filter((tag) => !used.has(tag))).toEqual([]);
    expect(NUMERIC_FORMULA_NAMES.length).toBeGreaterThan(0);
  });

  it('come with a learner-facing sentence for every misconception ("You tend to …")', () => {
    for (const m of rawMisconceptions) {
      expect(m.sentence, m.id).toMatch(/^You tend to /);
      expect(m.sentence.length, m.id).toBeLessThan(160);
      expect(m.remedy.length, m.id).toBeGreaterThan(20);
    }
  });
});
