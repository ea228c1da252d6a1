// The forecast: percentile bands over seeded futures of the current run, which bracket what then
// happens, never touch the run they start from, and are the same every time they are asked for.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, createRun, forecast, forecastFromSamples, forecastSamples, reseedRun, cloneRun, stepInPlace, type Band, type Decisions, type RunState } from '../../../src/engine';
import { shipped } from './helpers';

const coffee = shipped('coffee-chain');
const decisions: Decisions = {
  spend: { commuters: { transactional: 1200, 'self-service': 1000 }, regulars: { 'personal-assistance': 1800, communities: 700 }, offices: { 'dedicated-personal-assistance': 600 } },
};

function runTo(month: number, seed = 'forecast'): RunState {
  const run = createRun(coffee, seed);
  for (let m = 0; m < month; m++) {
    const r = stepInPlace(run, decisions);
    if (!r.ok) throw new Error(r.error);
  }
  return run;
}

const ordered = (b: Band) => b.p10 <= b.p50 && b.p50 <= b.p90;

describe('forecast', () => {
  it('gives one month per month ahead, numbered from the next month, with ordered bands', () => {
    const run = runTo(3);
    const f = forecast(run, decisions, { months: 6, seeds: 16, seedPrefix: 'f' });
    expect(f.map((m) => m.month)).toEqual([4, 5, 6, 7, 8, 9]);
    for (const m of f) {
      for (const b of [m.active, m.newCustomers, m.profit, m.cash, m.nps, m.churnRate]) expect(ordered(b)).toBe(true);
      expect(Object.keys(m.segments)).toEqual(['commuters', 'regulars', 'offices']);
      for (const s of Object.values(m.segments)) expect(ordered(s.active) && ordered(s.nps)).toBe(true);
    }
    // Customers are not created from nothing: the segment medians are near the total median.
    const last = f[5]!;
    const sum = Object.values(last.segments).reduce((a, s) => a + s.active.p50, 0);
    expect(Math.abs(sum / last.active.p50 - 1)).toBeLessThan(0.05);
  });

  it('stops at the end of the scenario', () => {
    const run = runTo(coffee.months - 2);
    expect(forecast(run, decisions, { months: 12, seeds: 4, seedPrefix: 'end' }).map((m) => m.month)).toEqual([coffee.months - 1, coffee.months]);
    expect(forecast(runTo(0), decisions, { months: 0, seeds: 4, seedPrefix: 'none' })).toEqual([]);
  });

  it('does not change the run it starts from: the run steps on exactly as an untouched twin', () => {
    const run = runTo(4, 'twin');
    const twin = runTo(4, 'twin');
    forecast(run, decisions, { months: 8, seeds: 8, seedPrefix: 'f' });
    expect(run.month).toBe(4);
    expect(run.reports).toHaveLength(4);
    const a = stepInPlace(run, decisions);
    const b = stepInPlace(twin, decisions);
    expect(a.ok && b.ok && a.value.hash === b.value.hash && a.value.hash.length === 64).toBe(true);
  });

  it('is deterministic, and future k is the run reseeded with `${seedPrefix}/${k}`', () => {
    const run = runTo(2);
    const a = forecast(run, decisions, { months: 4, seeds: 12, seedPrefix: 'same' });
    expect(forecast(run, decisions, { months: 4, seeds: 12, seedPrefix: 'same' })).toEqual(a);
    expect(forecast(run, decisions, { months: 4, seeds: 12, seedPrefix: 'other' })).not.toEqual(a);
    // With one future, every percentile is that future.
    const one = forecast(run, decisions, { months: 4, seeds: 1, seedPrefix: 'same' });
    const manual = reseedRun(cloneRun(run), 'same/0');
    const all = (x: number | null) => ({ p10: x ?? 0, p50: x ?? 0, p90: x ?? 0 });
    for (const m of one) {
      // The forecast's lean month gives exactly the numbers of a recorded month.
      const r = stepInPlace(manual, decisions);
      if (!r.ok) throw new Error(r.error);
      const { total, segments } = r.value;
      expect([m.active, m.newCustomers, m.profit, m.cash, m.nps, m.churnRate]).toEqual(
        [total.active, total.newCustomers, total.profit, total.cash, total.nps, total.churnRate].map(all),
      );
      for (const [id, seg] of Object.entries(m.segments)) {
        expect(seg).toEqual({ active: all(segments[id]!.active), nps: all(segments[id]!.nps) });
      }
    }
  });

  it('reuses a finished future\'s arrays without changing any number', () => {
    const run = runTo(5, 'spare');
    const spare = cloneRun(run);
    for (let m = 0; m < 4; m++) stepInPlace(spare, decisions);
    const fresh = cloneRun(run);
    const reused = cloneRun(run, spare);
    for (let m = 0; m < 6; m++) {
      const a = stepInPlace(fresh, decisions);
      const b = stepInPlace(reused, decisions);
      expect(a.ok && b.ok && a.value.hash === b.value.hash).toBe(true);
    }
    // The run it was cloned from is untouched: it steps on as before.
    const twin = runTo(5, 'spare');
    const x = stepInPlace(run, decisions);
    const y = stepInPlace(twin, decisions);
    expect(x.ok && y.ok && x.value.hash === y.value.hash).toBe(true);
  });

  it('brackets the realised outcome between p10 and p90 in most futures', () => {
    const run = runTo(3, 'bracket');
    const f = forecast(run, decisions, { months: 6, seeds: 32, seedPrefix: 'bands' });
    const trials = 24;
    let activeInside = 0;
    let cashInside = 0;
    for (let k = 0; k < trials; k++) {
      const realised = reseedRun(cloneRun(run), `realised-${k}`);
      let last;
      for (let m = 0; m < 6; m++) {
        const r = stepInPlace(realised, decisions);
        if (!r.ok) throw new Error(r.error);
        last = r.value;
      }
      const end = f[5]!;
      if (last!.total.active >= end.active.p10 && last!.total.active <= end.active.p90) activeInside++;
      if (last!.total.cash >= end.cash.p10 && last!.total.cash <= end.cash.p90) cashInside++;
    }
    // About 80% expected (a 10–90 band); allow for sampling error with 24 trials.
    expect(activeInside / trials).toBeGreaterThan(0.6);
    expect(cashInside / trials).toBeGreaterThan(0.6);
  });

  it('rejects decisions the engine cannot play with a clear error', () => {
    expect(() => forecast(runTo(0), { spend: { tourists: { transactional: 5 } } }, { months: 2, seeds: 2, seedPrefix: 'x' })).toThrow(InvalidInputError);
    expect(() => forecast(runTo(0), { spend: { tourists: { transactional: 5 } } }, { months: 2, seeds: 2, seedPrefix: 'x' })).toThrow(/unknown segment "tourists"/);
  });
});

describe('a forecast knows only what the player knows', () => {
  it('is the same whether or not a scripted event the player has not met exists in the scenario', () => {
    // The coffee chain's national chain opens in month 9: a forecast made in month 4 must not see it.
    const withEvent = runTo(4, 'known');
    const without = { ...coffee, events: coffee.events.filter((e) => e.id !== 'chain-opens-nearby') };
    const run = createRun(without, 'known');
    for (let m = 0; m < 4; m++) {
      const r = stepInPlace(run, decisions);
      if (!r.ok) throw new Error(r.error);
    }
    const options = { months: 12, seeds: 8, seedPrefix: 'known' };
    expect(forecast(withEvent, decisions, options)).toEqual(forecast(run, decisions, options));
    // Once the event is under way, the forecast carries it on.
    const during = runTo(9, 'during');
    expect(during.events.some((e) => e.id === 'chain-opens-nearby')).toBe(true);
    const f = forecast(during, decisions, { months: 3, seeds: 8, seedPrefix: 'during' });
    const calm = createRun(without, 'during');
    for (let m = 0; m < 9; m++) stepInPlace(calm, decisions);
    expect(f[0]!.segments.commuters!.active.p50).toBeLessThan(forecast(calm, decisions, { months: 3, seeds: 8, seedPrefix: 'during' })[0]!.segments.commuters!.active.p50);
  });

  it('reaches the end of the game with the value created there (profit since the start plus customer equity)', () => {
    const run = runTo(20, 'end');
    const f = forecast(run, decisions, { months: 12, seeds: 8, seedPrefix: 'end' });
    expect(f.map((m) => m.month)).toEqual([21, 22, 23, 24]);
    expect(f.slice(0, 3).every((m) => m.value === undefined)).toBe(true);
    const value = f[3]!.value!;
    expect(value.p10 <= value.p50 && value.p50 <= value.p90).toBe(true);
    // Profit since the start alone is below the value; equity adds the customers' future.
    expect(value.p50).toBeGreaterThan(f[3]!.cash.p50 - coffee.startingCash);
  });
});

describe('a forecast split between threads', () => {
  // The play screen computes half the futures in a helper worker: the bands must not depend on the split.
  it('gives exactly the one-thread forecast, however the futures are split', () => {
    const run = runTo(18, 'split');
    const options = { months: 12, seeds: 12, seedPrefix: 'split' };
    const whole = forecast(run, decisions, options);
    expect(whole[whole.length - 1]!.value).toBeDefined();
    for (const cut of [1, 5, 6, 11]) {
      const parts = [forecastSamples(run, decisions, options, cut, 12), forecastSamples(run, decisions, options, 0, cut)];
      expect(forecastFromSamples(run, options, parts)).toEqual(whole);
    }
    expect(forecastFromSamples(run, options, [0, 3, 7, 9].map((from, i, cuts) => forecastSamples(run, decisions, options, from, cuts[i + 1] ?? 12)))).toEqual(whole);
  });

  it('takes each band at the nearest ranks of its futures sorted as numbers, missing values left out', () => {
    // Samples rewritten by hand: both zeros, missing values (NaN), and a month with none present.
    const run = runTo(2, 'ranks');
    const options = { months: 2, seeds: 10, seedPrefix: 'ranks' };
    const parts = [forecastSamples(run, decisions, options, 0, 4), forecastSamples(run, decisions, options, 4, 10)];
    const futures = [
      [0, Number.NaN, -2.5, Number.NaN, Number.NaN, -0, Number.NaN, 1e9, Number.NaN, Number.NaN],
      [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN],
    ];
    for (const part of parts) {
      const n = part.to - part.from;
      futures.forEach((values, m) => { for (let k = part.from; k < part.to; k++) part.totals[0]![m * n + k - part.from] = values[k]!; });
    }
    const [first, second] = forecastFromSamples(run, options, parts);
    // The reference: Float64Array's own sort, then the nearest rank ⌈q·n⌉ of the n present values.
    const present = Float64Array.from(futures[0]!.filter((x) => !Number.isNaN(x))).sort();
    const rank = (q: number) => present[Math.ceil(q * present.length) - 1];
    expect(Object.is(first!.active.p10, rank(0.1))).toBe(true);
    expect(Object.is(first!.active.p50, rank(0.5))).toBe(true);
    expect(Object.is(first!.active.p90, rank(0.9))).toBe(true);
    // By hand: four present values, −2.5 < −0 < +0 < 1e9; ranks ⌈0.4⌉, ⌈2⌉ and ⌈3.6⌉.
    expect(first!.active).toEqual({ p10: -2.5, p50: -0, p90: 1e9 });
    expect(Object.is(first!.active.p50, -0)).toBe(true);
    expect(second!.active).toEqual({ p10: 0, p50: 0, p90: 0 });
  });

  it('refuses parts that leave out, repeat or mismatch futures', () => {
    const run = runTo(2, 'split');
    const options = { months: 3, seeds: 8, seedPrefix: 'split' };
    const half = forecastSamples(run, decisions, options, 0, 4);
    expect(() => forecastFromSamples(run, options, [half])).toThrow(/do not cover all/);
    expect(() => forecastFromSamples(run, options, [half, half])).toThrow(/do not fit/);
    const later = forecastSamples(runTo(3, 'split'), decisions, options, 4, 8);
    expect(() => forecastFromSamples(run, options, [half, later])).toThrow(/do not fit/);
  });
});
