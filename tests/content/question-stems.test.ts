// Every question makes sense on its own - in review, weeks later, away from its lesson: no "our
// sources", "the lesson", "the worked example" or "the same company"; facts the question needs
// are in the question. Review shows questions out of context, interleaved across lessons.
import { describe, expect, it } from 'vitest';
import { rawQuestions } from './raw-content';

/** Phrases that only make sense beside a lesson or another question. */
const CONTEXT_PHRASES = [
  /according to/i, /\bour sources?\b/i, /\bour (study guide|definition card)\b/i, /\bthe study guide\b/i, /\bthe definition card\b/i,
  /\b(in|from) (the|this) lesson\b/i, /\bthis lesson\b/i, /\bthe lesson\b/i,
  /\bthe worked (example|estimate)\b/i, /\bin the (example|table|alignment table)\b/i, /\bthe [a-z-]+ example\b/i,
  /\bthe same (company|app|firm|shop)\b/i, /\bquoted in\b/i, /\bas described\b/i, /\bmentioned (above|earlier)\b/i,
  /\bin stage \d\b/i, /\bthe (dog-treat|meal-kit) (brand|company)\b/i,
];

describe('question stems', () => {
  it('are self-contained: no reference to a lesson, a source or another question', () => {
    const offenders = rawQuestions.flatMap((q) => CONTEXT_PHRASES.filter((p) => p.test(q.prompt)).map((p) => `${q.id}: ${p} in "${q.prompt}"`));
    expect(offenders).toEqual([]);
  });

  it('do not ask for recall of who said what ("which company from …", "how many times more likely …")', () => {
    const recall = rawQuestions.filter((q) => /which (company|source|study)|how many times more likely/i.test(q.prompt)).map((q) => q.id);
    expect(recall).toEqual([]);
  });
});
