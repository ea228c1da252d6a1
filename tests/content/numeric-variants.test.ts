// Parametric instances: the same seed gives the same numbers (a reload shows what was shown),
// another attempt gives new ones, templates are filled with the numbers read the way they are
// written in the course, and a typed answer matching a known wrong way of working it out is
// recognised and explained.
import { describe, expect, it } from 'vitest';
import type { NumericQuestion } from '../../src/content/learn/course-types';
import {
  drawInputs, fillTemplate, formatAnswer, formatValue, learnerInstance, matchTrap, numericInstance, placeholders, variantKey,
} from '../../src/content/learn/numeric-variants';

const churn: NumericQuestion = {
  id: 'churn-q', lesson: 'l', objective: 'o', kind: 'numeric', explanation: 'e', misconception: undefined,
  prompt: 'A firm starts with {start} customers, {lost} leave and {new} join. Churn?',
  answer: 7.5, decimals: 1, tolerance: 0.05, unit: '%', hints: ['Divide by {start}.'],
  compute: { formula: 'churnRate', inputs: { start: 1200, lost: 90, new: 150 } },
  vary: { start: { min: 500, max: 3000, step: 10 }, lost: { min: 10, max: 200, step: 1 }, new: { min: 0, max: 300, step: 5 } },
  feedback: { correct: '{lost} of {start} is {answer}.', incorrect: 'Churn = {lost} ÷ {start} = {answer}; {end} at the end.' },
};

describe('parametric numeric instances', () => {
  it('draw the same inputs for the same learner and attempt, and new ones for the next attempt', () => {
    const first = drawInputs(churn, variantKey('learner-a', churn.id, 0));
    expect(drawInputs(churn, variantKey('learner-a', churn.id, 0))).toEqual(first);
    const next = drawInputs(churn, variantKey('learner-a', churn.id, 1));
    const other = drawInputs(churn, variantKey('learner-b', churn.id, 0));
    expect(next).not.toEqual(first);
    expect(other).not.toEqual(first);
    expect(learnerInstance(churn, 'learner-a', 0).inputs).toEqual(first);
  });

  it('fill the prompt, hints and feedback with the instance\'s numbers and recomputed answer', () => {
    const instance = numericInstance(churn, { start: 1200, lost: 90, new: 150 });
    expect(instance.answer).toBeCloseTo(7.5, 9);
    expect(instance.prompt).toBe('A firm starts with 1,200 customers, 90 leave and 150 join. Churn?');
    expect(instance.hints).toEqual(['Divide by 1,200.']);
    expect(instance.correctFeedback).toBe('90 of 1,200 is 7.5%.');
    expect(instance.incorrectFeedback).toBe('Churn = 90 ÷ 1,200 = 7.5%; 1,260 at the end.');
    expect(placeholders(churn.prompt)).toEqual(['start', 'lost', 'new']);
    expect(fillTemplate('{a} and {b}', { a: '1' })).toBe('1 and {b}');
  });

  it('read values the way the course writes them', () => {
    expect(formatValue(1200, 'count')).toBe('1,200');
    expect(formatValue(12.5, 'money')).toBe('$12.50');
    expect(formatValue(3000, 'money')).toBe('$3,000');
    expect(formatValue(0.05, 'share')).toBe('5%');
    expect(formatValue(0.035, 'share')).toBe('3.5%');
    expect(formatValue(20.2, 'number')).toBe('20.2');
    expect(formatAnswer(157.142, '$', 2)).toBe('$157.14');
    expect(formatAnswer(-30, '', 1)).toBe('-30.0');
    expect(formatAnswer(12, 'months', 0)).toBe('12 months');
  });

  it('recognise the wrong denominator, retention for churn and a fraction, and never the right answer', () => {
    const instance = numericInstance(churn, { start: 1200, lost: 90, new: 150 });
    expect(matchTrap(churn, instance, 6.7)?.id).toBe('start-plus-new');
    expect(matchTrap(churn, instance, 6.7)?.misconception).toBe('wrong-denominator');
    expect(matchTrap(churn, instance, 92.5)?.misconception).toBe('churn-vs-retention');
    expect(matchTrap(churn, instance, 0.075)?.misconception).toBe('percent-vs-fraction');
    expect(matchTrap(churn, instance, 7.5)).toBeNull();
    expect(matchTrap(churn, instance, 42)).toBeNull();
    expect(matchTrap(churn, instance, 6.7)?.explanation).toMatch(/start plus the new ones/);
  });
});
