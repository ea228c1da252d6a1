// Each learner sees options, pairs and items in an order of their own: stable for that learner
// and question, different between learners, every order about equally likely, and an ordering
// question never starts solved. Parametric instances are seeded the same way.
import { describe, expect, it } from 'vitest';
import { learnerOrder, learnerOrderNotSolved, shuffleByKey } from '../../src/content/learn/learner-order';
import { variantKey } from '../../src/content/learn/numeric-variants';

const ids = ['a', 'b', 'c', 'd'];

describe('per-learner option orders', () => {
  it('are stable for one learner and question', () => {
    expect(learnerOrder('learner-1', 'q-1', ids)).toEqual(learnerOrder('learner-1', 'q-1', ids));
  });

  it('keep every option exactly once', () => {
    expect([...learnerOrder('x', 'y', ids)].sort()).toEqual(ids);
  });

  it('differ between learners and between questions', () => {
    const learners = Array.from({ length: 50 }, (_, i) => learnerOrder(`learner-${i}`, 'q-1', ids).join(''));
    expect(new Set(learners).size).toBeGreaterThan(15);
    const questions = Array.from({ length: 50 }, (_, i) => learnerOrder('learner-1', `q-${i}`, ids).join(''));
    expect(new Set(questions).size).toBeGreaterThan(15);
    expect(learnerOrder('l', 'q', ids, 'left')).not.toEqual(undefined);
  });

  it('put the right option at each position about a quarter of the time over many learners', () => {
    const counts = [0, 0, 0, 0];
    const learners = 4000;
    for (let i = 0; i < learners; i++) counts[learnerOrder(`${i.toString(16)}-learner`, 'wacr-01', ids).indexOf('c')]!++;
    for (const count of counts) expect(Math.abs(count / learners - 0.25)).toBeLessThan(0.03);
  });

  it('never start an ordering question solved', () => {
    for (let i = 0; i < 500; i++) expect(learnerOrderNotSolved(`l${i}`, 'q', ids)).not.toEqual(ids);
    expect(learnerOrderNotSolved('l', 'q', ['only'])).toEqual(['only']);
  });

  it('are a plain Fisher–Yates shuffle of the key', () => {
    expect(shuffleByKey([1, 2, 3], 'k')).toEqual(shuffleByKey([1, 2, 3], 'k'));
    expect(variantKey('l', 'q', 3)).toBe('l|q|variant|3');
  });
});
