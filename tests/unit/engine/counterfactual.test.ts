// The debrief's causes: every line of spend is removed and the game replayed, in the player's market
// and in others, each with common random numbers; an effect is stated as a cause only when its sign
// is the same in every market, and causes stated on one seed hold again on fresh seeds.
import { describe, expect, it } from 'vitest';
import { explainDecisions, playPlan, valueCreated, type Decisions } from '../../../src/engine';
import { marketOf, shipped } from './helpers';

const coffee = shipped('coffee-chain');
const month: Decisions = {
  spend: {
    commuters: { transactional: 800, 'self-service': 900, 'automated-services': 400 },
    regulars: { 'personal-assistance': 1600, communities: 600 },
    offices: { 'dedicated-personal-assistance': 700, communities: 200 },
  },
};
const twelve = Array.from({ length: 12 }, () => month);
const market = marketOf(coffee, 'debrief', [], 12);
const findings = explainDecisions(market, twelve, { markets: 6 });

describe('debrief findings', () => {
  it('explain every funded segment line, and each type funded in several segments as a whole', () => {
    const lines = findings.map((f) => `${f.segment ?? '*'}/${f.type}`).sort();
    expect(lines).toEqual([
      '*/communities', 'commuters/automated-services', 'commuters/self-service', 'commuters/transactional',
      'offices/communities', 'offices/dedicated-personal-assistance', 'regulars/communities', 'regulars/personal-assistance',
    ]);
    expect(findings.find((f) => f.segment === null)!.spend).toBe(12 * 800);
    for (const f of findings) expect(f.markets).toBe(6);
  });

  it('measure each effect as the mean difference of two plays with the same seed, market by market', () => {
    const f = findings.find((x) => x.segment === 'regulars' && x.type === 'communities')!;
    const without = twelve.map((d) => ({ spend: { ...d.spend, regulars: { 'personal-assistance': 1600 } } }));
    const diffs = [0, 1, 2, 3, 4, 5].map((k) => {
      const m = k === 0 ? market : { ...market, seed: `debrief/debrief/${k}` };
      const value = (months: Decisions[]) => valueCreated(playPlan(m, { months }, { hash: false, affordable: true })).value;
      return value(twelve) - value(without);
    });
    expect(f.effects.value.effect).toBeCloseTo(diffs.reduce((a, b) => a + b, 0) / diffs.length, 1);
    expect(f.effects.value.low).toBeCloseTo(Math.min(...diffs), 1);
    expect(f.effects.value.high).toBeCloseTo(Math.max(...diffs), 1);
    expect(f.effects.value.robust).toBe(diffs.every((d) => d > 0) || diffs.every((d) => d < 0));
  });

  it('state a cause only when its sign holds in every market, and otherwise say it cannot be told from luck', () => {
    for (const f of findings) {
      const v = f.effects.value;
      expect(v.robust).toBe(v.low > 0 || v.high < 0);
      if (v.robust) expect(f.text).toMatch(/ (added|cost) \$[\d,]+ of value/);
      else {
        expect(f.text).toMatch(/cannot be told from luck/);
        expect(f.text).not.toMatch(/ (added|cost) \$/);
      }
    }
    // Robust findings come first, the largest first.
    const robust = findings.filter((f) => f.effects.value.robust);
    expect(findings.slice(0, robust.length)).toEqual(robust);
    const sizes = robust.map((f) => Math.abs(f.effects.value.effect));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('name privacy incidents that the spend switched on or off, instead of hiding them in a total', () => {
    const automation = findings.find((f) => f.type === 'automated-services')!;
    expect(automation.incidents.without).toBe(0);
    if (automation.incidents.with > 0) expect(automation.text).toContain(`In ${automation.incidents.with} of the 6 markets a privacy incident happened with it, in 0 without it.`);
  });

  it('hold again on fresh seeds: every cause stated has the same sign over markets never seen', () => {
    for (const id of ['coffee-chain', 'streaming-service', 'b2b-wholesaler']) {
      const scenario = shipped(id);
      const plan = Array.from({ length: 12 }, () => ({ spend: Object.fromEntries(scenario.segments.map((s, i) => {
        const liked = Object.entries(s.preferences).filter(([, p]) => (p ?? 0) > 0).map(([t]) => t);
        const budget = scenario.budget.monthly / scenario.segments.length;
        return [s.id, Object.fromEntries(liked.slice(0, 2 + (i % 2)).map((t) => [t, Math.floor(budget / (2 + (i % 2)))]))];
      })) }) as Decisions);
      const stated = explainDecisions(marketOf(scenario, 'told'), plan, { markets: 6 }).filter((f) => f.effects.value.robust);
      const fresh = explainDecisions(marketOf(scenario, 'fresh-seeds'), plan, { markets: 8 });
      expect(stated.length, id).toBeGreaterThan(0);
      for (const f of stated) {
        const again = fresh.find((x) => x.type === f.type && x.segment === f.segment)!;
        expect(Math.sign(again.effects.value.effect), `${id} ${f.segment}/${f.type}`).toBe(Math.sign(f.effects.value.effect));
      }
    }
  });

  it('are deterministic and empty before any month is played', () => {
    expect(explainDecisions(market, twelve, { markets: 6 })).toEqual(findings);
    expect(explainDecisions(market, [])).toEqual([]);
  });
});
