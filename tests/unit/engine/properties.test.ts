// Property tests (fast-check): for random valid scenarios and plans the model's invariants hold;
// random invalid input gets a clear error, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/content/issues';
import { parseYamlText } from '../../../src/content/scenario/parse-text';
import { resolveScenario } from '../../../src/content/scenario/resolve-scenario';
import { loadRelationships } from '../../../src/content/scenario/load-node';
import { InvalidInputError, RELATIONSHIP_TYPES, simulate } from '../../../src/engine';

const relationships = loadRelationships();
const typeId = fc.constantFrom(...RELATIONSHIP_TYPES);
const byType = (value: fc.Arbitrary<number>) => fc.dictionary(typeId, value, { maxKeys: 4 });

const segmentArb = (index: number) =>
  fc.record({
    marketSize: fc.integer({ min: 1, max: 5000 }),
    initialShare: fc.double({ min: 0, max: 1, noNaN: true }),
    margin: fc.double({ min: 0, max: 500, noNaN: true }),
    serveCost: fc.double({ min: 0, max: 50, noNaN: true }),
    p: fc.double({ min: 0, max: 0.2, noNaN: true }),
    q: fc.double({ min: 0, max: 1.5, noNaN: true }),
    churn: fc.oneof(
      fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ alpha: fc.double({ min: 0.05, max: 20, noNaN: true }), beta: fc.double({ min: 0.05, max: 50, noNaN: true }) }),
    ),
    preferences: byType(fc.double({ min: -1, max: 1, noNaN: true })),
    expectations: byType(fc.double({ min: 0, max: 1, noNaN: true })),
    valueProposition: fc.double({ min: -5, max: 5, noNaN: true }),
    expansionPotential: fc.double({ min: 0, max: 5, noNaN: true }),
    tasteSpread: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map((s) => ({
    id: `s${index}`,
    name: `Segment ${index}`,
    marketSize: s.marketSize,
    initialCustomers: Math.floor(s.marketSize * s.initialShare),
    margin: s.margin,
    serveCost: s.serveCost,
    bass: { p: s.p, q: s.q },
    churn: s.churn,
    preferences: s.preferences,
    expectations: s.expectations,
    valueProposition: s.valueProposition,
    expansionPotential: s.expansionPotential,
    tasteSpread: s.tasteSpread,
  }));

const scenarioArb = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.record({
    segments: fc.tuple(...Array.from({ length: n }, (_, i) => segmentArb(i))),
    months: fc.integer({ min: 1, max: 8 }),
    startingCash: fc.integer({ min: 0, max: 1_000_000 }),
    budget: fc.integer({ min: 0, max: 200_000 }),
    overdraftLimit: fc.integer({ min: 0, max: 100_000 }),
    overdraftRate: fc.double({ min: 0, max: 0.05, noNaN: true }),
    discountRate: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
    spend: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), typeId, fc.integer({ min: 0, max: 5_000_000 }).map((cents) => cents / 100)), { maxLength: 8 }),
  }),
);

describe('properties of random valid scenarios and plans', () => {
  it('counts are never negative, customers are conserved, cash is the sum of profits, and no month spends more than its budget or its cash allows', () => {
    let played = 0;
    let refused = 0;
    fc.assert(
      fc.property(scenarioArb, fc.string({ minLength: 1, maxLength: 12 }), (s, seed) => {
        const { scenario } = resolveScenario({
          id: 'random', title: 'Random', months: s.months, startingCash: s.startingCash, discountRate: s.discountRate, segments: s.segments,
          budget: { monthly: s.budget }, cash: { overdraftLimit: s.overdraftLimit, overdraftRate: s.overdraftRate },
        }, relationships, 'random.yaml');
        const spend: Record<string, Record<string, number>> = {};
        for (const [i, type, amount] of s.spend) (spend[`s${i}`] ??= {})[type] = amount;
        let out;
        try {
          out = simulate(scenario, { spend }, seed);
          played++;
        } catch (error) {
          // Refused only for money: over the budget, or more than cash and overdraft can pay.
          expect(error).toBeInstanceOf(InvalidInputError);
          expect((error as Error).message).toMatch(/^month \d+ cannot be played: (the plan spends .* (over the month's budget|can be paid)|no relationship spend can be paid)/);
          refused++;
          return;
        }
        let cash = Math.round(s.startingCash * 100);
        const active = scenario.segments.map((seg) => seg.initialCustomers);
        for (const m of out.months) {
          const spent = Object.values(m.total.costByType).reduce((a, b) => a + b, 0);
          expect(spent).toBeLessThanOrEqual(m.budget + 1e-9);
          if (spent > 0) expect(Math.round(spent * 100)).toBeLessThanOrEqual(cash + s.overdraftLimit * 100);
          // Interest is due exactly on the cash below zero at the start of the month.
          expect(Math.round(m.total.interest * 100)).toBe(cash < 0 ? Math.round(-cash * s.overdraftRate) : 0);
          cash += Math.round(m.total.profit * 100);
          expect(Math.round(m.total.cash * 100)).toBe(cash);
          scenario.segments.forEach((seg, i) => {
            const x = m.segments[seg.id]!;
            for (const k of ['active', 'newCustomers', 'churned', 'prospects', 'referrals'] as const) expect(x[k]).toBeGreaterThanOrEqual(0);
            expect(x.referrals).toBeLessThanOrEqual(x.newCustomers);
            expect(x.active).toBe(active[i]! + x.newCustomers - x.churned);
            expect(x.active).toBeLessThanOrEqual(seg.marketSize);
            active[i] = x.active;
            for (const v of [x.revenue, x.cost, x.profit, x.clvPredicted]) expect(Number.isFinite(v)).toBe(true);
            expect(x.paidCustomers).toBeGreaterThanOrEqual(0);
            expect(x.paidCustomers).toBeLessThanOrEqual(x.newCustomers + 1e-9);
          });
        }
      }),
      { numRuns: 100 },
    );
    expect(played).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(5);
  });
});

describe('invalid input gets a clear message, never a crash', () => {
  it('any JSON value as a scenario is either valid or a ContentError naming the file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          resolveScenario(value, relationships, 'fuzz.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          expect((error as ContentError).problems[0]).toMatch(/^fuzz\.yaml: /);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mutating one field of a valid scenario to a wrong type names that field', () => {
    const valid = { id: 'ok', title: 'Ok', months: 3, startingCash: 10, budget: { monthly: 100 }, discountRate: 0.01, segments: [{ id: 'a', name: 'A', marketSize: 100, initialCustomers: 10, margin: 1, bass: { p: 0.01, q: 0.1 }, churn: { rate: 0.1 } }] };
    const fields = ['months', 'startingCash', 'discountRate', 'title', 'budget'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.oneof(fc.string(), fc.constant(null), fc.constant(-5), fc.array(fc.integer())), (field, bad) => {
        try {
          resolveScenario({ ...valid, [field]: bad }, relationships, 'mutant.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          expect((error as ContentError).problems.join('\n')).toMatch(new RegExp(`mutant\\.yaml: ${field}[.:]`));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the YAML reader names the line of bad text and refuses unknown tags instead of warning', () => {
    expect(parseYamlText('a: 1\nb: [2, 3]\n', 'ok.yaml')).toEqual({ a: 1, b: [2, 3] });
    const problems = (text: string) => {
      try { parseYamlText(text, 'bad.yaml'); return []; } catch (error) { return (error as ContentError).problems; }
    };
    expect(problems('a: 1\nb: [2, 3\n')).toEqual([expect.stringMatching(/^bad\.yaml: line \d: not valid YAML or JSON \(/)]);
    expect(problems('a: 1\nb: !thing 2\n')).toEqual(['bad.yaml: line 2: a YAML tag that scenarios do not use (TAG_RESOLVE_FAILED)']);
  });

  it('arbitrary text as a scenario file never crashes the YAML reader', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          resolveScenario(parseYamlText(text, 'text.yaml'), relationships, 'text.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary plans are run or rejected with InvalidInputError', () => {
    const { scenario } = resolveScenario({ id: 'ok', title: 'Ok', months: 2, startingCash: 10, budget: { monthly: 1e9 }, cash: { overdraftLimit: 1e12, overdraftRate: 0 }, discountRate: 0.01, segments: [{ id: 'a', name: 'A', marketSize: 100, initialCustomers: 10, margin: 1, bass: { p: 0.01, q: 0.1 }, churn: { rate: 0.1 } }] }, relationships, 'ok.yaml');
    fc.assert(
      fc.property(fc.jsonValue(), (plan) => {
        try {
          simulate(scenario, plan as never, 'fuzz');
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
