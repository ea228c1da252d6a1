// Calibration against practice (model.md F9, F10, NPS): at the fit plan, every shipped scenario
// shows paid CLV:CAC of about 1.5–8, paybacks of months, monthly churn in a plausible band and a
// minority of word-of-mouth customers where the scenario is not about word of mouth; neutral service
// lands at a plausible NPS and unmet expectations pull it down; five points of annual retention are
// worth tens of per cent of a long-staying customer's value; and the churn and CSAT definitions are
// the lessons' own.
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioIds } from '../../../src/content/scenario/load-node';
import { fitPolicy, playPlan, retentionGain, simulate, type Metrics, type Scenario } from '../../../src/engine';
import { triangularLevelProbabilities } from '../../../src/engine/model/taste-draw';
import { marketOf, mean } from './helpers';

/** Mean of a segment metric over the months where it is defined (null where never defined). */
function monthly(reports: readonly { segments: Record<string, Metrics> }[], segment: string, pick: (m: Metrics) => number | null): number | null {
  const xs = reports.map((r) => pick(r.segments[segment]!)).filter((x): x is number => x !== null && Number.isFinite(x));
  return xs.length >= Math.min(6, reports.length) ? mean(xs) : null;
}

describe.each(scenarioIds())('at the fit plan in %s', (id) => {
  const { scenario } = loadScenario(id);
  const games = ['cal-1', 'cal-2'].map((seed) => playPlan(marketOf(scenario, seed), fitPolicy(scenario), { hash: false }).run.reports);

  it('paid CLV:CAC is about 1.5 to 8 and payback takes months, where customers are paid for every month', () => {
    for (const segment of scenario.segments) {
      const ratio = mean(games.map((r) => monthly(r, segment.id, (m) => m.clvToCac) ?? Number.NaN));
      const payback = mean(games.map((r) => monthly(r, segment.id, (m) => m.paybackMonths) ?? Number.NaN));
      if (Number.isNaN(ratio)) continue;
      expect(ratio, `${segment.id} CLV:CAC`).toBeGreaterThan(1.5);
      expect(ratio, `${segment.id} CLV:CAC`).toBeLessThan(8);
      expect(payback, `${segment.id} payback`).toBeGreaterThan(1);
      expect(payback, `${segment.id} payback`).toBeLessThan(24);
    }
  });

  it('monthly churn is in a plausible band, and word of mouth is a real share of new customers but not all of them', () => {
    for (const segment of scenario.segments) {
      const churn = mean(games.map((r) => monthly(r, segment.id, (m) => m.churnRate) ?? 0));
      expect(churn, `${segment.id} churn`).toBeGreaterThan(0.002);
      expect(churn, `${segment.id} churn`).toBeLessThan(0.12);
      const referrals = games.flat().reduce((a, r) => a + r.segments[segment.id]!.referrals, 0);
      const news = games.flat().reduce((a, r) => a + r.segments[segment.id]!.newCustomers, 0);
      if (news < 20) continue;
      expect(referrals / news, `${segment.id} word-of-mouth share`).toBeLessThan(0.85);
    }
  });
});

/** NPS of customers at experience 7 + `points` with the triangular answering styles and a shift. */
function nps(answerSpread: number, shift: number, points = 0): number {
  const style = triangularLevelProbabilities(21);
  let promoters = 0;
  let detractors = 0;
  style.forEach((p, l) => {
    const answer = Math.min(10, Math.max(0, 7 + points + (answerSpread * (l - 10)) / 10 + shift));
    if (answer >= 8.5) promoters += p;
    else if (answer < 6.5) detractors += p;
  });
  return 100 * (promoters - detractors);
}

describe('NPS calibration', () => {
  it('neutral service lands at a plausible NPS in every shipped scenario (its answer shift)', () => {
    for (const id of scenarioIds()) {
      const { model } = loadScenario(id).scenario;
      const neutral = nps(model.answerSpread, model.answerShift);
      expect(neutral, id).toBeGreaterThanOrEqual(-10);
      expect(neutral, id).toBeLessThanOrEqual(35);
    }
  });

  it('the engine gives that NPS for a neutral segment, and unmet expectations pull it down', () => {
    const { scenario } = loadScenario('coffee-chain');
    const neutral: Scenario = {
      ...scenario,
      events: [],
      segments: [{ ...scenario.segments[0]!, id: 'n', marketSize: 200_000, initialCustomers: 100_000, valueProposition: 0, preferences: {}, expectations: {}, tasteSpread: 0, bass: { p: 0, q: 0 } }],
    };
    const expecting: Scenario = { ...neutral, segments: [{ ...neutral.segments[0]!, expectations: { 'personal-assistance': 0.5 } }] };
    const first = (s: Scenario) => simulate(s, { spend: {} }, 'nps', { months: 1 }).months[0]!.total.nps!;
    expect(Math.abs(first(neutral) - nps(scenario.model.answerSpread, scenario.model.answerShift))).toBeLessThan(1);
    expect(first(expecting)).toBeLessThan(first(neutral) - 30);
  });
});

describe('F10: tenure makes retention compound', () => {
  it('five points of annual retention raise a long-staying customer’s value by tens of per cent, and more with tenure growth than without', () => {
    const { scenario } = loadScenario('coffee-chain');
    const offices = retentionGain(scenario, 'offices', 0.05);
    expect(offices.annualAfter - offices.annualBefore).toBeCloseTo(0.05, 6);
    expect(offices.change).toBeGreaterThan(0.15);
    const flat: Scenario = { ...scenario, model: { ...scenario.model, tenure: { marginPerYear: 0, serveSavingPerYear: 0, referralPerYear: 0, maxYears: 0 } } };
    expect(offices.change).toBeGreaterThan(retentionGain(flat, 'offices', 0.05).change);
  });
});

describe('the lessons’ definitions', () => {
  it('churn rate is the share of the start-of-month customers who left; new customers who leave count as churned, not in the rate', () => {
    const { scenario } = loadScenario('coffee-chain');
    const one: Scenario = { ...scenario, events: [], segments: [{ ...scenario.segments[0]!, id: 'one', marketSize: 300_000, initialCustomers: 100_000, churn: { kind: 'rate', rate: 0.2 }, preferences: {}, expectations: {}, valueProposition: 0, tasteSpread: 0, bass: { p: 0.1, q: 0 } }] };
    const m = simulate(one, { spend: {} }, 'churn', { months: 1 }).months[0]!.segments.one!;
    expect(m.customersStart).toBe(100_000);
    expect(m.churnRate!).toBeCloseTo(0.2, 1);
    expect(m.retentionRate!).toBeCloseTo(1 - m.churnRate!, 10);
    // About a fifth of the new customers also left in their first month: churned counts them.
    const churnedStart = Math.round(m.churnRate! * m.customersStart);
    expect(m.churned - churnedStart).toBeGreaterThan(0.15 * m.newCustomers);
    expect(m.churned - churnedStart).toBeLessThan(0.25 * m.newCustomers);
    expect(m.active).toBe(m.customersStart + m.newCustomers - m.churned);
  });

  it('CSAT is the share answering 4 or 5 on a 1–5 scale (an answer of 6.25 or more out of 10)', () => {
    const { scenario } = loadScenario('coffee-chain');
    const neutral: Scenario = { ...scenario, events: [], segments: [{ ...scenario.segments[0]!, id: 'n', marketSize: 200_000, initialCustomers: 100_000, valueProposition: 0, preferences: {}, expectations: {}, tasteSpread: 0, bass: { p: 0, q: 0 } }] };
    const style = triangularLevelProbabilities(21);
    const expected = 100 * style.reduce((a, p, l) => a + (Math.min(10, Math.max(0, 7 + (scenario.model.answerSpread * (l - 10)) / 10 + scenario.model.answerShift)) >= 6.25 ? p : 0), 0);
    expect(simulate(neutral, { spend: {} }, 'csat', { months: 1 }).months[0]!.total.csat!).toBeCloseTo(expected, 0);
  });

  it('paid customers are none without relationship spend, so paid CAC is not given; blended CAC divides by all new customers', () => {
    const { scenario } = loadScenario('coffee-chain');
    const none = simulate(scenario, { spend: {} }, 'cac', { months: 3 }).months[2]!.segments.commuters!;
    expect(none.paidCustomers).toBe(0);
    expect(none.cac).toBeNull();
    const spend = simulate(scenario, { spend: { commuters: { transactional: 1000 } } }, 'cac', { months: 3 }).months[2]!.segments.commuters!;
    expect(spend.paidCustomers).toBeGreaterThan(1);
    expect(spend.paidCustomers).toBeLessThan(spend.newCustomers);
    expect(spend.blendedCac!).toBeCloseTo(800 / spend.newCustomers, 4);
    expect(spend.cac!).toBeCloseTo(800 / spend.paidCustomers, 4);
  });
});
