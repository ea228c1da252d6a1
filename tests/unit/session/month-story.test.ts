// What the market view animates and the text twin says come from the engine's reports alone:
// the month story adds up (start + new − lost = end), satisfaction groups match NPS and CSAT, and
// the glyph sampling keeps those sums while showing large counts with few glyphs.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { simulate } from '../../../src/engine';
import { monthStory, openingStory, satisfactionGroups } from '../../../src/state/session/month-story';
import { apportion, customersPerGlyph, gameScale, glyphMonth, niceCeil, prospectsPerDot } from '../../../src/game/glyph-counts';
import { segmentSummary } from '../../../src/ui/play/market-words';

const coffee = loadScenario('coffee-chain');
const plan = { spend: { commuters: { 'self-service': 1200 }, regulars: { 'personal-assistance': 2400, communities: 800 }, offices: { 'dedicated-personal-assistance': 600 } } };
const run = simulate(coffee.scenario, plan, 'story', { months: 6 });

describe('the month story', () => {
  it('accounts for every customer of every segment: start + new − lost = end', () => {
    let previous = openingStory(coffee.scenario);
    for (const report of run.months) {
      const story = monthStory(coffee.scenario, report);
      story.segments.forEach((s, i) => {
        expect(s.activeStart).toBe(previous.segments[i]!.active);
        expect(s.activeStart + s.newCustomers - s.churned).toBe(s.active);
        expect(s.promoters + s.passives + s.detractors).toBe(s.active);
        expect(s.referrals).toBeLessThanOrEqual(s.newCustomers);
      });
      previous = story;
    }
  });

  it('splits customers into promoters, passives and detractors as NPS and CSAT say', () => {
    // NPS 20 = 40% promoters − 20% detractors; CSAT 80 = 80% rate 7 or more.
    expect(satisfactionGroups(1000, 20, 80)).toEqual({ promoters: 400, passives: 400, detractors: 200 });
    expect(satisfactionGroups(0, 20, 80)).toEqual({ promoters: 0, passives: 0, detractors: 0 });
    expect(satisfactionGroups(10, null, null)).toEqual({ promoters: 0, passives: 10, detractors: 0 });
  });

  it('is said in words with the same numbers', () => {
    const story = monthStory(coffee.scenario, run.months[2]!);
    const regulars = story.segments.find((s) => s.id === 'regulars')!;
    const said = segmentSummary(regulars);
    expect(said).toMatch(/^Neighbourhood regulars: /);
    expect(said).toContain(`${regulars.active.toLocaleString('en-US')} customers`);
    expect(said).toContain(`${Math.round((100 * regulars.promoters) / regulars.active)}% promoters`);
  });
});

describe('glyph sampling', () => {
  it('uses round scales: 1, 2, 5, 10, 20, 50 …', () => {
    expect([0.3, 1, 1.2, 3, 7, 11, 160, 999].map(niceCeil)).toEqual([1, 1, 2, 5, 10, 20, 200, 1000]);
    expect(customersPerGlyph(1600)).toBe(10);
    expect(prospectsPerDot(30000)).toBe(100);
  });

  it('uses one scale for every segment and month: room for the largest to grow, within its market', () => {
    expect(gameScale(coffee.scenario.segments)).toBe(customersPerGlyph(Math.min(30000, 4 * 1200)));
    expect(gameScale([{ initialCustomers: 100, marketSize: 150 }, { initialCustomers: 10, marketSize: 5000 }])).toBe(1);
    const tiny = monthStory(coffee.scenario, run.months[0]!).segments.find((s) => s.id === 'offices')!;
    expect(glyphMonth(tiny, gameScale(coffee.scenario.segments), 100).end).toBeGreaterThanOrEqual(1);
  });

  it('apportions a whole number exactly, by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 5, 0])).toEqual([0, 7, 0]);
    expect(apportion(0, [3, 2])).toEqual([0, 0]);
  });

  it('keeps start + arrivals − departures = end in glyphs, and shows any arrival or departure', () => {
    for (const report of run.months) {
      for (const s of monthStory(coffee.scenario, report).segments) {
        for (const perGlyph of [1, 5, 50, 1000]) {
          const g = glyphMonth(s, perGlyph, 100);
          expect(g.start + g.arrivals - g.departures).toBe(g.end);
          expect(g.promoters + g.passives + g.detractors).toBe(g.end);
          expect(g.referred).toBeLessThanOrEqual(g.arrivals);
          if (s.newCustomers > 0) expect(g.arrivals).toBeGreaterThan(0);
          expect(g.departures).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
