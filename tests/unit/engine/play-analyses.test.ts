// What play shows besides the numbers (issue 15): the causes of a month, the voices of actual
// simulated customers, paid surveys with honest sampling error, and branches with the same luck.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  RELATIONSHIP_TYPES, applyMove, causesRuns, compareBranches, customerVoices, explainDecisions, fitPlan, monthCauses, movesOf, newGame, planMove, replay, resolveMarket,
  type Decisions, type GameState, type Market, type Move,
} from '../../../src/engine';
import { stateHash } from '../../../src/engine/model/state-hash';

const { scenario, file } = loadScenario('coffee-chain');

function market(seed: string, months = scenario.months): Market {
  const m = resolveMarket({ scenario, goals: file.goals, seed, months });
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

function play(game: GameState, moves: readonly Move[]): GameState {
  let state = game;
  for (const move of moves) {
    const result = applyMove(state, move);
    if (!result.ok) throw new Error(result.error);
    state = result.state;
  }
  return state;
}

/** `months` months of `plan` from a new game (no questions in this market). */
function playMonths(m: Market, plan: Decisions, months: number): GameState {
  return play(newGame(m), [planMove(plan), ...Array.from({ length: months }, () => ({ type: 'play' }) as const)]);
}

const fit = fitPlan(scenario);
/** The fit plan on 85 % of the budget, leaving room for a survey. */
const roomy = fitPlan(scenario, scenario.budget.monthly * 0.85);

describe('a paid survey', () => {
  it('estimates each type\'s preference with a 90 % interval that covers the truth about 90 % of the time', () => {
    let covered = 0;
    let total = 0;
    let width = 0;
    for (let k = 0; k < 120; k++) {
      const game = playMonths(market(`survey-${k}`, 6), roomy, 2);
      const surveyed = play(game, [{ type: 'survey', segment: 'regulars', size: 50 }]);
      const survey = surveyed.surveys[0]!;
      const truth = scenario.segments.find((s) => s.id === 'regulars')!.preferences;
      for (const type of RELATIONSHIP_TYPES) {
        const e = survey.estimates[type];
        const p = truth[type] ?? 0;
        covered += e.low <= p && p <= e.high ? 1 : 0;
        width += e.high - e.low;
        total++;
      }
    }
    expect(covered / total).toBeGreaterThan(0.86);
    expect(covered / total).toBeLessThan(0.94);
    // 1.645 × 2 × 0.6 / √50 ≈ 0.28: narrow enough to tell a valued type (0.9) from an unvalued one (0).
    expect(width / total).toBeGreaterThan(0.22);
    expect(width / total).toBeLessThan(0.34);
  });

  it('a bigger survey narrows the interval by about √(n₂ ÷ n₁)', () => {
    const game = playMonths(market('survey-size', 6), roomy, 2);
    const small = play(game, [{ type: 'survey', segment: 'regulars', size: 25 }]).surveys[0]!;
    const big = play(game, [{ type: 'survey', segment: 'regulars', size: 200 }]).surveys[0]!;
    const mean = (s: typeof small) => RELATIONSHIP_TYPES.reduce((a, t) => a + s.estimates[t].high - s.estimates[t].low, 0) / RELATIONSHIP_TYPES.length;
    expect(mean(small) / mean(big)).toBeGreaterThan(2.2);
    expect(mean(small) / mean(big)).toBeLessThan(3.5);
  });

  it('costs its answers in the coming month, against the budget, and changes nothing else in the market', () => {
    const m = market('survey-cost', 6);
    const game = playMonths(m, roomy, 2);
    const quiet = play(game, [{ type: 'play' }]);
    const surveyed = play(game, [{ type: 'survey', segment: 'offices', size: 25 }, { type: 'play' }]);
    const survey = surveyed.surveys[0]!;
    // The offices have fewer than 25 accounts: every one of them answers, and is paid for.
    const offices = game.run.segments[2]!.pop.count;
    expect(survey.respondents).toBe(Math.min(25, offices));
    expect(survey.cost).toBe(survey.respondents * scenario.model.surveyCostPerResponse);
    const [a, b] = [quiet.run.reports[2]!, surveyed.run.reports[2]!];
    expect(b.segments.offices!.research).toBe(survey.cost);
    expect(a.segments.offices!.profit - b.segments.offices!.profit).toBeCloseTo(survey.cost, 2);
    expect(b.segments.offices!.active).toBe(a.segments.offices!.active);
    expect(b.total.newCustomers).toBe(a.total.newCustomers);
    expect(b.total.nps).toBe(a.total.nps);
  });

  it('is refused with the month and the reason: twice for a segment, over the budget with the plan, or for a segment that does not exist', () => {
    const game = playMonths(market('survey-refused', 6), fit, 1);
    const once = play(game, [{ type: 'survey', segment: 'regulars', size: 50 }]);
    const twice = applyMove(once, { type: 'survey', segment: 'regulars', size: 25 });
    expect(twice.ok || twice.error).toMatch(/before month 2: regulars has already been surveyed this month/);
    const full = play(game, [planMove({ spend: { commuters: { 'self-service': scenario.budget.monthly } } })]);
    const over = play(full, [{ type: 'survey', segment: 'commuters', size: 200 }]);
    const played = applyMove(over, { type: 'play' });
    expect(played.ok || played.error).toMatch(/^month 2 cannot be played: the plan spends .* and the survey costs \$800(\.00)?, \$800(\.00)? over the month's budget/);
    const nowhere = applyMove(game, { type: 'survey', segment: 'nobody', size: 25 });
    expect(nowhere.ok || nowhere.error).toMatch(/there is no segment "nobody"/);
  });

  it('is part of the moves: a saved game with surveys replays to the same state', () => {
    const m = market('survey-replay', 6);
    const game = play(newGame(m), [
      { type: 'survey', segment: 'regulars', size: 25 }, planMove(roomy), { type: 'play' },
      planMove(roomy), { type: 'survey', segment: 'commuters', size: 100 }, { type: 'play' },
      { type: 'survey', segment: 'offices', size: 50 },
    ]);
    const moves = movesOf(game);
    const again = replay(m, moves);
    if (!again.ok) throw new Error(again.error);
    expect(again.state.surveys).toEqual(game.surveys);
    expect(again.state.run.reports.map((r) => r.hash)).toEqual(game.run.reports.map((r) => r.hash));
  });
});

describe('customer voices', () => {
  it('come from customers of that month, one of each group where the segment has them, and read nothing from the model\'s streams', () => {
    const game = playMonths(market('voices', 12), fit, 12);
    const before = stateHash(game.run);
    const voices = customerVoices(game.run);
    expect(stateHash(game.run)).toBe(before);
    for (const segment of scenario.segments) {
      const mine = voices.filter((v) => v.segment === segment.id);
      expect(mine.length).toBe(3);
      const s = scenario.segments.indexOf(segment);
      for (const v of mine) {
        expect(game.run.segments[s]!.cohortAlive[v.cohort], `a customer of month ${v.cohort} is still there`).toBeGreaterThan(0);
        expect(v.tenureMonths).toBeGreaterThanOrEqual(1);
        expect(v.tenureMonths).toBeLessThanOrEqual(12);
        expect(v.answer >= 9 ? 'promoter' : v.answer <= 6 ? 'detractor' : 'passive').toBe(v.group);
        expect(v.text.length).toBeGreaterThan(10);
        expect(v.text).not.toMatch(/\byou\b/i);
      }
    }
    // The same run gives the same voices.
    expect(customerVoices(game.run)).toEqual(voices);
  });

  it('name an unmet expectation when the regulars get no personal assistance, and the community they value when it is funded', () => {
    const bare: Decisions = { spend: { regulars: { 'automated-services': 3000 } } };
    const starved = customerVoices(playMonths(market('voices-unmet', 6), bare, 6).run, { perSegment: 6 }).filter((v) => v.segment === 'regulars' && v.group !== 'promoter');
    expect(starved.some((v) => v.reasons.some((r) => r.kind === 'unmet-expectation' && r.type === 'personal-assistance'))).toBe(true);
    expect(starved.some((v) => v.reasons.some((r) => r.kind === 'disliked-type' && r.type === 'automated-services'))).toBe(true);

    const served: Decisions = { spend: { regulars: { 'personal-assistance': 2000, communities: 1500 } } };
    const happy = customerVoices(playMonths(market('voices-met', 6), served, 6).run, { perSegment: 6 }).filter((v) => v.segment === 'regulars');
    expect(happy.some((v) => v.reasons.some((r) => r.kind === 'unmet-expectation'))).toBe(false);
    expect(happy.some((v) => v.group === 'promoter' && v.reasons.some((r) => r.kind === 'valued-type' && (r.type === 'communities' || r.type === 'personal-assistance')))).toBe(true);
  });
});

describe('the causes of a month', () => {
  const decisions = Array.from({ length: 6 }, () => fit);

  it('are the segment lines funded so far, robust ones first, and agree in sign with a re-run on fresh markets', () => {
    const causes = monthCauses(market('causes', 12), decisions, 6);
    const funded = Object.entries(fit.spend).flatMap(([segment, lines]) => Object.entries(lines).filter(([, x]) => (x ?? 0) > 0).map(([type]) => `${segment}/${type}`));
    expect(causes.map((c) => `${c.segment}/${c.type}`).sort()).toEqual(funded.sort());
    const robust = causes.filter((c) => c.effects.value.robust);
    expect(robust.length).toBeGreaterThan(0);
    expect(causes.slice(0, robust.length).every((c) => c.effects.value.robust)).toBe(true);
    // Fresh markets (another seed) find the same sign for every robust cause.
    const fresh = monthCauses(market('causes-fresh', 12), decisions, 6);
    for (const c of robust) {
      const again = fresh.find((f) => f.segment === c.segment && f.type === c.type)!;
      expect(Math.sign(again.effects.value.effect), `${c.segment}/${c.type}`).toBe(Math.sign(c.effects.value.effect));
    }
    for (const c of causes) expect(c.text).toMatch(c.effects.value.robust ? / (added|cost) \$[\d,]+ of value/ : /cannot be told from luck/);
  });

  it('at the last month are the debrief\'s segment findings, and kept runs give the same causes month by month, after a take-back too', () => {
    const m = market('causes-kept', 6);
    const options = { markets: 4 };
    const runs = causesRuns(m, options);
    const changed = [...decisions.slice(0, 3), { spend: { regulars: { communities: 900 } } }, ...decisions.slice(4)];
    const kept = [1, 2, 3, 4, 5, 6].map((month) => monthCauses(m, decisions, month, options, runs));
    const afterTakeBack = monthCauses(m, changed, 5, options, runs);
    [1, 3, 6].forEach((month) => expect(kept[month - 1], `month ${month}`).toEqual(monthCauses(m, decisions, month, options)));
    expect(afterTakeBack).toEqual(monthCauses(m, changed, 5, options));
    const debrief = explainDecisions(m, decisions, options).filter((f) => f.segment !== null);
    expect(kept[5]).toEqual(debrief);
  });

  it('never credit money on a type the segment dislikes', () => {
    const wasteful: Decisions = { spend: { ...fit.spend, regulars: { ...fit.spend.regulars, 'automated-services': 600 } } };
    const causes = monthCauses(market('causes-waste', 12), Array.from({ length: 6 }, () => wasteful), 6);
    const waste = causes.find((c) => c.segment === 'regulars' && c.type === 'automated-services')!;
    expect(waste.effects.value.high).toBeLessThan(0);
    expect(waste.text).toMatch(/^Your automated-services spend on Neighbourhood regulars cost \$[\d,]+ of value/);
  });

  it('are empty outside the months played', () => {
    expect(monthCauses(market('causes', 12), decisions, 7)).toEqual([]);
    expect(monthCauses(market('causes', 12), decisions, 0)).toEqual([]);
  });
});

describe('branches', () => {
  const game = playMonths(market('branches', 12), fit, 3);

  it('play two plans from the same month with the same luck', () => {
    const same = compareBranches(game, fit, fit, 4);
    if (!same.ok) throw new Error(same.error);
    expect(same.value.a).toEqual(same.value.b);
    // Branch A is exactly the game played on with that plan.
    const onward = play(game, Array.from({ length: 4 }, () => ({ type: 'play' }) as const));
    expect(same.value.a.map((r) => r.total)).toEqual(onward.run.reports.slice(3).map((r) => r.total));
    const none = compareBranches(game, fit, { spend: {} }, 4);
    if (!none.ok) throw new Error(none.error);
    expect(none.value.b[3]!.total.nps!).toBeLessThan(none.value.a[3]!.total.nps!);
    // The game itself is untouched.
    expect(game.run.month).toBe(3);
  });

  it('are cut to the months left and refused while questions wait or after the end', () => {
    const late = playMonths(market('branches-late', 12), fit, 10);
    const cut = compareBranches(late, fit, fit, 6);
    expect(cut.ok && cut.value.a.length).toBe(2);
    const over = compareBranches(playMonths(market('branches-over', 12), fit, 12), fit, fit, 1);
    expect(over.ok || over.error).toMatch(/the game is over/);
    const bad = compareBranches(game, fit, { spend: { commuters: { 'self-service': 1e6 } } }, 2);
    expect(bad.ok || bad.error).toMatch(/^plan B: month 4 cannot be played: the plan spends/);
  });
});
