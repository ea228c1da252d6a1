// Replays are verified by recomputation: the same scenario, seed and decisions must give
// bit-identical results; the step-wise API must agree with simulate; goldens pin behaviour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, createRun, decisionsForMonth, simulate, step, type Plan } from '../../../src/engine';
import { shipped } from './helpers';
import { metricsDigest } from '../../golden/metrics-digest';

const coffee = shipped('coffee-chain');
const plan: Plan = { spend: { commuters: { 'self-service': 1500, transactional: 800 }, regulars: { 'personal-assistance': 2000, communities: 600 } } };

describe('determinism', () => {
  it('the same scenario, seed and plan give identical reports and hashes', () => {
    const a = simulate(coffee, plan, 'same');
    const b = simulate(coffee, plan, 'same');
    expect(b).toEqual(a);
    expect(b.finalHash).toBe(a.finalHash);
  });

  it('different seeds give different runs', () => {
    const a = simulate(coffee, plan, 'seed-a');
    const b = simulate(coffee, plan, 'seed-b');
    expect(a.finalHash).not.toBe(b.finalHash);
    expect(a.months[0]!.total.newCustomers === b.months[0]!.total.newCustomers && a.months[0]!.total.churned === b.months[0]!.total.churned).toBe(false);
  });

  it('step() is pure and agrees with simulate(): stepping never changes the state it was given', () => {
    const whole = simulate(coffee, plan, 'steps');
    let run = createRun(coffee, 'steps');
    const first = run;
    for (let month = 1; month <= coffee.months; month++) {
      const result = step(run, decisionsForMonth(plan, month));
      if (!result.ok) throw new Error(result.error);
      expect(result.value.report.hash).toBe(whole.months[month - 1]!.hash);
      run = result.value.state;
    }
    expect(first.month).toBe(0);
    expect(first.reports).toHaveLength(0);
    // Stepping the untouched first state again gives the same first month.
    const again = step(first, decisionsForMonth(plan, 1));
    expect(again.ok && again.value.report.hash).toBe(whole.months[0]!.hash);
  });

  it('an invalid decision is an error value, not an exception', () => {
    const result = step(createRun(coffee, 's'), { spend: { regulars: { 'personal-assistance': -5 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/spend\.regulars\.personal-assistance must be a number from 0/);
    const unknown = step(createRun(coffee, 's'), { spend: { tourists: {} } });
    expect(!unknown.ok && unknown.error).toMatch(/unknown segment "tourists"/);
  });

  it('common random numbers: a plan that differs only from month 13 on gives the same first 12 months', () => {
    const a = simulate(coffee, plan, 'crn');
    const b = simulate(coffee, { months: [...Array.from({ length: 12 }, () => plan as { spend: never }), { spend: {} }] }, 'crn');
    expect(b.months.slice(0, 12).map((m) => m.hash)).toEqual(a.months.slice(0, 12).map((m) => m.hash));
    expect(b.months[12]!.hash).not.toBe(a.months[12]!.hash);
  });

  it('the golden replays still give their checked-in hashes (a change needs an engine version bump)', () => {
    const golden = JSON.parse(readFileSync('tests/golden/goldens.json', 'utf8')) as {
      engineVersion: string;
      replays: { scenario: string; seed: string; plan: Plan; hashes: string[]; metrics: string }[];
    };
    expect(golden.engineVersion).toBe(ENGINE_VERSION);
    expect(golden.replays.length).toBeGreaterThan(0);
    for (const replay of golden.replays) {
      const out = simulate(shipped(replay.scenario), replay.plan, replay.seed);
      expect(out.months.map((m) => m.hash), replay.scenario).toEqual(replay.hashes);
      expect(metricsDigest(out), `${replay.scenario} metrics`).toBe(replay.metrics);
    }
  });
});
