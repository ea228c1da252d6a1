// How a learner's response is graded for each question kind, and how typed numbers are read.
import { describe, expect, it } from 'vitest';
import {
  gradeDesign, gradeMatching, gradeMultiple, gradeNumeric, gradeOpen, gradeOrdering, gradeSingle, itemIds, parseLearnerNumber,
} from '../../src/content/learn/grading';
import type {
  DesignQuestion, MatchingQuestion, MultipleQuestion, NumericQuestion, OpenQuestion, OrderingQuestion, SingleQuestion,
} from '../../src/content/learn/course-types';

const base = { lesson: 'l', objective: 'o', prompt: 'p', explanation: 'e', misconception: undefined };
const option = (id: string, correct: boolean) => ({ id, text: id, correct, feedback: `${id} feedback` });

describe('grading', () => {
  it('single choice: right only for the correct option', () => {
    const q: SingleQuestion = { ...base, id: 's', kind: 'single', scenario: false, options: [option('a', false), option('b', true), option('c', false)] };
    expect(gradeSingle(q, 'b')).toEqual({ correct: true, score: 1, right: 1, total: 1 });
    expect(gradeSingle(q, 'a').correct).toBe(false);
  });

  it('multiple choice: every option counts, ticked or not', () => {
    const q: MultipleQuestion = { ...base, id: 'm', kind: 'multiple', options: [option('a', true), option('b', true), option('c', false), option('d', false)] };
    expect(gradeMultiple(q, ['a', 'b'])).toEqual({ correct: true, score: 1, right: 4, total: 4 });
    expect(gradeMultiple(q, ['a'])).toEqual({ correct: false, score: 0.75, right: 3, total: 4 });
    expect(gradeMultiple(q, ['a', 'b', 'c', 'd'])).toEqual({ correct: false, score: 0.5, right: 2, total: 4 });
  });

  it('matching: each left side (by pair id) against the pair id of the right side chosen, in any display order', () => {
    const m: MatchingQuestion = { ...base, id: 'x', kind: 'matching', pairs: [{ left: '1', right: 'one' }, { left: '2', right: 'two' }, { left: '3', right: 'three' }] };
    expect(itemIds(3)).toEqual(['0', '1', '2']);
    expect(gradeMatching(m, { 0: '0', 1: '2', 2: '1' })).toMatchObject({ correct: false, right: 1, total: 3 });
    expect(gradeMatching(m, { 2: '2', 0: '0', 1: '1' }).correct).toBe(true);
    expect(gradeMatching(m, { 0: '0', 1: '1' })).toMatchObject({ correct: false, right: 2 });
  });

  it('ordering: a share of the item ids in the right place', () => {
    const o: OrderingQuestion = { ...base, id: 'y', kind: 'ordering', items: ['a', 'b', 'c', 'd'] };
    expect(gradeOrdering(o, ['0', '2', '1', '3'])).toMatchObject({ correct: false, right: 2, score: 0.5 });
    expect(gradeOrdering(o, ['0', '1', '2', '3']).correct).toBe(true);
  });

  it('numeric: right within the tolerance of the instance\'s own answer', () => {
    const q: NumericQuestion = {
      ...base, id: 'n', kind: 'numeric', answer: 40, decimals: 0, tolerance: 0.5, unit: '%', hints: [],
      compute: { formula: 'nps', inputs: { promoters: 60, passives: 20, detractors: 20 } },
      vary: { promoters: { min: 50, max: 70, step: 1 }, passives: { min: 10, max: 30, step: 1 }, detractors: { min: 10, max: 30, step: 1 } },
      feedback: { correct: 'c', incorrect: 'i' },
    };
    expect(gradeNumeric(q, 40.4).correct).toBe(true);
    expect(gradeNumeric(q, 39.5).correct).toBe(true);
    expect(gradeNumeric(q, 41).correct).toBe(false);
    expect(gradeNumeric(q, 25, 25.3).correct).toBe(true);
    expect(gradeNumeric(q, 40, 25.3).correct).toBe(false);
  });

  it('design: the share of checklist points ticked', () => {
    const exemplar = { answer: 'a', why: 'w' };
    const q: DesignQuestion = { ...base, id: 'd', kind: 'design', given: [], exemplars: { weak: exemplar, adequate: exemplar, strong: exemplar }, checklist: ['a', 'b', 'c'] };
    expect(gradeDesign(q, 3)).toMatchObject({ correct: true, score: 1 });
    expect(gradeDesign(q, 2)).toMatchObject({ correct: false, right: 2, total: 3 });
  });

  it('open: the share of rubric points the learner ticked', () => {
    const q: OpenQuestion = { ...base, id: 'o', kind: 'open', modelAnswer: 'm', rubric: ['a', 'b', 'c', 'd'] };
    expect(gradeOpen(q, 4)).toMatchObject({ correct: true, score: 1 });
    expect(gradeOpen(q, 1)).toMatchObject({ correct: false, score: 0.25 });
  });

  it('reads numbers the way people type them', () => {
    expect(parseLearnerNumber('12.5')).toBe(12.5);
    expect(parseLearnerNumber(' 12,5 ')).toBe(12.5);
    expect(parseLearnerNumber('$1,200')).toBe(1200);
    expect(parseLearnerNumber('45 %')).toBe(45);
    expect(parseLearnerNumber('-3')).toBe(-3);
    expect(parseLearnerNumber('.5')).toBe(0.5);
    expect(parseLearnerNumber('twelve')).toBeNull();
    expect(parseLearnerNumber('')).toBeNull();
    expect(parseLearnerNumber('1.2.3')).toBeNull();
  });
});
