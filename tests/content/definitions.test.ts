// One set of definitions: the glossary, the lessons on measuring and on economics, and the
// formulas the numeric questions are graded with all say the same thing, and they are the ones
// the game computes (monthly churn over the customers at the start of the month, CSAT as answers
// of 4–5, NPS from the 0–10 question, predicted CLV from the monthly net margin, paid CAC beyond
// the organic baseline). The worked examples in the lessons give what the formulas give.
import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../../src/content/learn/numeric-formulas';
import { rawGlossary, rawLessons } from './raw-content';

const term = (id: string) => {
  const found = rawGlossary.find((t) => t.id === id);
  if (!found) throw new Error(`glossary term ${id} is missing`);
  return found.definition;
};
const lesson = (id: string) => rawLessons.find((l) => l.meta.id === id)!.body;

/** Each metric: its glossary term, what the definition must say, and what it must not say. */
const DEFINITIONS: { id: string; says: RegExp[]; never?: RegExp[] }[] = [
  { id: 'churn-rate', says: [/customers at the start of the month who left during it/, /divided by the customers at the start of the month/], never: [/plus (the )?new/i] },
  { id: 'retention-rate', says: [/One minus the churn rate/], never: [/plus (the )?new/i] },
  { id: 'csat', says: [/answer 4 or 5 to a 1-5 question/], never: [/\b7\b/] },
  { id: 'net-promoter-score', says: [/answering 9 or 10 minus the share answering 0 to 6/, /from 0 to 10/] },
  { id: 'monthly-net-margin', says: [/margin plus any expansion revenue/, /minus what it costs to serve them/] },
  { id: 'customer-lifetime-value', says: [/monthly net margin per customer/, /expected discounted lifetime in months, \(1 \+ d\) \/ \(d \+ c\)/] },
  { id: 'customer-acquisition-cost', says: [/Acquisition spend divided by the customers it actually brought/, /beyond the organic baseline/] },
  { id: 'blended-cac', says: [/Acquisition spend divided by all new customers/] },
  { id: 'clv-to-cac-ratio', says: [/Predicted customer lifetime value divided by paid CAC/] },
  { id: 'payback-period', says: [/Paid CAC divided by the monthly net margin per customer/] },
  { id: 'transactional-relationship', says: [/efficient, standardised, one-off exchange/, /fast, clear purchase/], never: [/loyalty points/i] },
];

describe('one set of definitions', () => {
  for (const { id, says, never = [] } of DEFINITIONS) {
    it(`the glossary defines ${id} the course's way`, () => {
      const definition = term(id);
      for (const pattern of says) expect(definition).toMatch(pattern);
      for (const pattern of never) expect(definition).not.toMatch(pattern);
    });
  }

  it('the measuring lesson states the same definitions', () => {
    const text = lesson('measuring-success');
    expect(text).toContain('**Monthly churn rate = customers at the start of the month who left during it ÷ customers at the start of the month.**');
    expect(text).toContain('**Retention rate = 1 − churn rate**');
    expect(text).toContain('**CSAT = % of surveyed customers answering 4 or 5.**');
    expect(text).toContain('**NPS = % answering 9–10 − % answering 0–6.**');
  });

  it('the economics lesson states the same definitions', () => {
    const text = lesson('relationship-economics');
    for (const line of [
      '**Monthly net margin = margin + expansion − cost to serve.**',
      '**(1 + d) ÷ (d + c) months.**',
      '**Predicted CLV = monthly net margin × expected discounted lifetime in months.**',
      '**[Paid CAC](glossary:customer-acquisition-cost) = acquisition spend ÷ the new customers beyond the organic baseline.**',
      '**[Blended CAC](glossary:blended-cac) = acquisition spend ÷ all new customers.**',
      '**predicted CLV ÷ paid CAC**',
      '**payback months = paid CAC ÷ monthly net margin**',
    ]) expect(text).toContain(line);
  });

  it('no lesson divides churn by the customers at the start plus the new ones or calls a 7+ answer satisfied', () => {
    for (const l of rawLessons) {
      expect(l.body, l.meta.id).not.toMatch(/churn[^.\n]*=\s*[^.\n]*\(\s*start\s*\+\s*new/i);
      expect(l.body, l.meta.id).not.toMatch(/CSAT[^.\n]*(7 or more|7 or above|seven or more)/i);
    }
  });

  it('the formulas that grade the numeric questions reproduce the lessons\' worked examples', () => {
    const measuring = lesson('measuring-success');
    const economics = lesson('relationship-economics');
    expect(evaluateFormula('churnRate', { start: 1200, lost: 90, new: 150 })).toBeCloseTo(7.5, 9);
    expect(evaluateFormula('retentionRate', { start: 1200, lost: 90, new: 150 })).toBeCloseTo(92.5, 9);
    expect(measuring).toContain('Churn rate = 90 / 1,200 = **7.5%**');
    expect(measuring).toContain('Retention rate = 1 − 7.5% = **92.5%**');
    expect(evaluateFormula('nps', { promoters: 110, passives: 50, detractors: 40 })).toBeCloseTo(35, 9);
    expect(measuring).toContain('NPS = 55 − 20 = **+35**');
    expect(evaluateFormula('csat', { satisfied: 340, respondents: 400 })).toBeCloseTo(85, 9);
    expect(evaluateFormula('cumulativeChurn', { churn: 0.05, months: 12 })).toBeCloseTo(45.96, 2);
    expect(measuring).toContain('about **46%** have left, not 60%');
    expect(evaluateFormula('netMargin', { margin: 24, expansion: 3, serveCost: 5 })).toBe(22);
    expect(economics).toContain('Monthly net margin = 24 + 3 − 5 = **$22**');
    expect(evaluateFormula('clv', { margin: 22, churn: 0.04, discount: 0.01 })).toBeCloseTo(444.4, 9);
    expect(economics).toContain('22 × 20.2 = **$444.40**');
    expect(evaluateFormula('paidCac', { spend: 12000, newCustomers: 150, organic: 50 })).toBeCloseTo(120, 9);
    expect(evaluateFormula('blendedCac', { spend: 12000, newCustomers: 150 })).toBeCloseTo(80, 9);
    expect(economics).toContain('Paid CAC = 12,000 / (150 − 50) = **$120**');
    expect(economics).toContain('Blended CAC = 12,000 / 150 = **$80**');
    expect(evaluateFormula('clvToCac', { clv: 444.4, cac: 120 })).toBeCloseTo(3.7, 2);
    expect(evaluateFormula('paybackMonths', { cac: 120, revenue: 22, marginShare: 1 })).toBeCloseTo(5.45, 2);
    expect(economics).toContain('120 / 22 ≈ **5.5 months**');
  });
});
