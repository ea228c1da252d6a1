// Counterfactual explanations: the player's months replayed with the same seed but without one
// kind of spend; the differences are caused by the spend, and they read as plain sentences.
import { describe, expect, it } from 'vitest';
import { explainDecisions, explainRemoval, simulate, type Decisions } from '../../../src/engine';
import { marketOf, mean, shipped } from './helpers';

const coffee = shipped('coffee-chain');
const month: Decisions = {
  spend: {
    commuters: { transactional: 1200, 'self-service': 1200 },
    regulars: { 'personal-assistance': 2000, communities: 900 },
    offices: { 'dedicated-personal-assistance': 600, communities: 200 },
  },
};
const twelve = Array.from({ length: 12 }, () => month);

describe('explainRemoval', () => {
  it('removing spend the player never made changes nothing: every difference is zero', () => {
    const f = explainRemoval(marketOf(coffee, 'crn'), twelve, 'co-creation', null);
    expect(f).toMatchObject({ spend: 0, deltaProfit: 0, deltaActive: 0, deltaReferrals: 0, deltaNps: 0, deltaChurned: 0 });
    expect(f.text).toBe('Without your co-creation spend: about the same profit.');
  });

  it('equals the difference of two independent simulations of the same seed', () => {
    const f = explainRemoval(marketOf(coffee, 'check'), twelve, 'personal-assistance', 'regulars');
    const withIt = simulate(coffee, { months: twelve }, 'check', { months: 12 });
    const cut: Decisions = { spend: { ...month.spend, regulars: { communities: 900 } } };
    const withoutIt = simulate(coffee, cut, 'check', { months: 12 });
    const profit = (r: typeof withIt) => r.months.reduce((a, m) => a + m.segments.regulars!.profit, 0);
    const end = (r: typeof withIt) => r.months[11]!.segments.regulars!;
    expect(f.spend).toBe(12 * 2000);
    expect(f.deltaProfit).toBeCloseTo(profit(withIt) - profit(withoutIt), 2);
    expect(f.deltaActive).toBe(end(withIt).active - end(withoutIt).active);
    expect(f.deltaNps).toBeCloseTo(end(withIt).nps! - end(withoutIt).nps!, 5);
    expect(f.deltaReferrals).toBe(withIt.months.reduce((a, m) => a + m.segments.regulars!.referrals, 0) - withoutIt.months.reduce((a, m) => a + m.segments.regulars!.referrals, 0));
  });

  it('in the coffee chain, removing the community spend lowers referrals (word of mouth)', () => {
    const deltas = ['a', 'b', 'c', 'd'].map((seed) => explainRemoval(marketOf(coffee, seed), Array.from({ length: 18 }, () => month), 'communities', null).deltaReferrals);
    expect(mean(deltas)).toBeGreaterThan(0);
    expect(deltas.filter((d) => d > 0).length).toBeGreaterThanOrEqual(3);
  });
});

describe('explainDecisions', () => {
  const findings = explainDecisions(marketOf(coffee, 'debrief'), twelve);

  it('explains every funded type once, plus segment lines for types funded in several segments', () => {
    const typeLines = findings.filter((f) => f.segment === null).map((f) => f.type).sort();
    expect(typeLines).toEqual(['communities', 'dedicated-personal-assistance', 'personal-assistance', 'self-service', 'transactional']);
    const segmentLines = findings.filter((f) => f.segment !== null);
    // Only communities is funded in two segments.
    expect(segmentLines.map((f) => `${f.segment}/${f.type}`).sort()).toEqual(['offices/communities', 'regulars/communities']);
    expect(findings.find((f) => f.segment === null && f.type === 'communities')!.spend).toBe(12 * 1100);
  });

  it('is sorted by the size of the profit impact and written in plain words', () => {
    const sizes = findings.map((f) => Math.abs(f.deltaProfit));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const community = findings.find((f) => f.segment === null && f.type === 'communities')!;
    expect(community.text).toMatch(/^Without your community spend: /);
    expect(community.text).toMatch(/(lower|higher) profit\.$|about the same profit\.$/);
    const regulars = findings.find((f) => f.segment === 'regulars')!;
    expect(regulars.text).toMatch(/^Without your community spend on Neighbourhood regulars: /);
  });

  it('is deterministic and empty before any month is played', () => {
    expect(explainDecisions(marketOf(coffee, 'debrief'), twelve)).toEqual(findings);
    expect(explainDecisions(marketOf(coffee, 'debrief'), [])).toEqual([]);
  });
});
