// Objectives are checked by tasks that match their verbs: an objective that asks the learner to
// explain, argue, plan or analyse is assessed by an open question or a design task, not only by
// recall; every objective has at least one question; and the design tasks (3–5) each give facts to
// work with, three example answers of rising quality with the reason for each, and a checklist.
import { describe, expect, it } from 'vitest';
import { rawLessons, rawQuestions } from './raw-content';

const HIGHER_ORDER = /\b(explain|argue|plan|analy[sz]e)\b/i;

describe('objectives and tasks', () => {
  it('assess every objective with at least one question', () => {
    const missing = rawLessons.flatMap((l) => l.meta.objectives
      .filter((o) => !rawQuestions.some((q) => q.lesson === l.meta.id && q.objective === o.id))
      .map((o) => `${l.meta.id}/${o.id}`));
    expect(missing).toEqual([]);
  });

  it('assess every objective that says explain, argue, plan or analyse with an open question or a design task', () => {
    const recallOnly = rawLessons.flatMap((l) => l.meta.objectives
      .filter((o) => HIGHER_ORDER.test(o.text))
      .filter((o) => !rawQuestions.some((q) => q.lesson === l.meta.id && q.objective === o.id && (q.kind === 'open' || q.kind === 'design')))
      .map((o) => `${l.meta.id}/${o.id}: ${o.text}`));
    expect(recallOnly).toEqual([]);
    expect(rawLessons.flatMap((l) => l.meta.objectives).filter((o) => HIGHER_ORDER.test(o.text)).length).toBeGreaterThanOrEqual(5);
  });

  it('include 3 to 5 design tasks, each in a different lesson, with facts, three graded examples and a checklist', () => {
    const design = rawQuestions.filter((q) => q.kind === 'design');
    expect(design.length).toBeGreaterThanOrEqual(3);
    expect(design.length).toBeLessThanOrEqual(5);
    expect(new Set(design.map((q) => q.lesson)).size).toBe(design.length);
    for (const q of design) {
      const { weak, adequate, strong } = q.exemplars!;
      expect(new Set([weak.answer, adequate.answer, strong.answer]).size, q.id).toBe(3);
      // A stronger answer says more: the examples grow in length from weak to strong.
      expect(weak.answer.length, q.id).toBeLessThan(adequate.answer.length);
      expect(adequate.answer.length, q.id).toBeLessThan(strong.answer.length);
      for (const exemplar of [weak, adequate, strong]) expect(exemplar.why.length, q.id).toBeGreaterThan(60);
      expect(q.checklist!.length, q.id).toBeGreaterThanOrEqual(3);
    }
  });
});
