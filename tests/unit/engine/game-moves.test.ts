// The game as a pure reducer: decision points fire after their month or the first month their
// metric crosses its threshold (from `fromMonth`), each at most once; a question must be answered
// before the next month is played; every invalid move comes back as an error naming the month and
// the question; replaying the moves gives the same game; the game state survives a structured clone.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MoveSchema, applyMove, movesOf, newGame, pointFires, replay, resolveMarket,
  type DecisionPointRule, type GameState, type Move, type MonthReport,
} from '../../../src/engine';
import { shipped } from './helpers';

const options = [{ id: 'yes', correct: true }, { id: 'no', correct: false }];
const points: DecisionPointRule[] = [
  { id: 'at-two', when: { month: 2 }, options },
  { id: 'many-customers', when: { metric: 'active', above: 0, fromMonth: 3 }, options },
  { id: 'never', when: { metric: 'cash', below: -1e12, fromMonth: 1 }, options },
];

function report(month: number, active: number, segmentActive: number): MonthReport {
  return { month, total: { active }, segments: { regulars: { active: segmentActive } }, events: [], hash: '' } as unknown as MonthReport;
}

const coffee = shipped('coffee-chain');
const market = (() => {
  const m = resolveMarket({ scenario: coffee, goals: [], points, seed: 'moves', months: 5 });
  if (!m.ok) throw new Error(m.error);
  return m.value;
})();
const spend = { regulars: { 'personal-assistance': 2000 }, commuters: { 'self-service': 800 } };

function apply(state: GameState, move: Move): GameState {
  const result = applyMove(state, move);
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

describe('decision points', () => {
  it('fire on their month, or on a metric crossing its threshold from fromMonth on, for a segment or the total', () => {
    expect(pointFires(points[0]!, report(1, 10, 10))).toBe(false);
    expect(pointFires(points[0]!, report(2, 10, 10))).toBe(true);
    expect(pointFires(points[1]!, report(2, 10, 10))).toBe(false);
    expect(pointFires(points[1]!, report(3, 10, 10))).toBe(true);
    expect(pointFires(points[1]!, report(3, 0, 10))).toBe(false);
    const segmentBelow: DecisionPointRule = { id: 'few', when: { metric: 'active', segment: 'regulars', below: 5, fromMonth: 1 }, options };
    expect(pointFires(segmentBelow, report(1, 100, 4))).toBe(true);
    expect(pointFires(segmentBelow, report(1, 1, 6))).toBe(false);
  });

  it('fire on a fall of at least `drop` from the month before (an NPS that collapses), never in the first month', () => {
    const npsReport = (month: number, nps: number) => ({ month, total: {}, segments: { regulars: { nps } }, events: [], hash: '' } as unknown as MonthReport);
    const falls: DecisionPointRule = { id: 'falls', when: { metric: 'nps', segment: 'regulars', drop: 20 }, options };
    expect(pointFires(falls, npsReport(1, 10))).toBe(false);
    expect(pointFires(falls, npsReport(2, 40), npsReport(1, 61))).toBe(true);
    expect(pointFires(falls, npsReport(2, 42), npsReport(1, 61))).toBe(false);
    expect(pointFires(falls, npsReport(2, 70), npsReport(1, 50))).toBe(false);
  });

  it('fire on a service level that falls (a type\'s level in a segment), read from the month\'s service levels', () => {
    const levelReport = (month: number, level: number) => ({ month, total: {}, segments: { regulars: { serviceLevels: { 'personal-assistance': level, communities: 0.9 } } }, events: [], hash: '' } as unknown as MonthReport);
    const thinner: DecisionPointRule = { id: 'thinner', when: { metric: 'serviceLevel', segment: 'regulars', type: 'personal-assistance', drop: 0.2 }, options };
    expect(pointFires(thinner, levelReport(3, 0.5), levelReport(2, 0.75))).toBe(true);
    expect(pointFires(thinner, levelReport(3, 0.6), levelReport(2, 0.75))).toBe(false);
    const low: DecisionPointRule = { id: 'low', when: { metric: 'serviceLevel', segment: 'regulars', type: 'communities', below: 0.95 }, options };
    expect(pointFires(low, levelReport(1, 0))).toBe(true);
  });
});

describe('the game reducer', () => {
  it('asks each point after the month it fires, at most once, and keeps the answers with their month', () => {
    let game = apply(newGame(market), { type: 'plan', spend });
    const asked: string[] = [];
    for (let month = 1; month <= 5; month++) {
      game = apply(game, { type: 'play' });
      while (game.phase === 'question') {
        asked.push(`${month}:${game.pending[0]}`);
        game = apply(game, { type: 'answer', point: game.pending[0]!, option: month === 2 ? 'yes' : 'no' });
      }
    }
    expect(asked).toEqual(['2:at-two', '3:many-customers']);
    expect(game.phase).toBe('over');
    expect(game.answers).toEqual([
      { point: 'at-two', option: 'yes', month: 2, correct: true },
      { point: 'many-customers', option: 'no', month: 3, correct: false },
    ]);
    expect(game.decisions).toEqual(Array.from({ length: 5 }, () => ({ spend })));
  });

  it('refuses every move out of turn with an error naming the month and the question, leaving the state unchanged', () => {
    let game = apply(newGame(market), { type: 'plan', spend });
    game = apply(apply(game, { type: 'play' }), { type: 'play' });
    expect(game.phase).toBe('question');
    const frozen = JSON.stringify({ ...game, run: game.run.month });
    expect(applyMove(game, { type: 'play' })).toEqual({ ok: false, month: 2, error: 'month 3 was played before the question "at-two" (asked after month 2) was answered' });
    expect(applyMove(game, { type: 'answer', point: 'at-two', option: 'maybe' })).toEqual({ ok: false, month: 2, error: 'the question "at-two" (asked after month 2) has no option "maybe"' });
    expect(applyMove(game, { type: 'answer', point: 'never', option: 'yes' })).toEqual({ ok: false, month: 2, error: 'the answer to "never" after month 2: that question was not asked in this game by then' });
    expect(applyMove(game, { type: 'plan', spend: { nobody: { transactional: 1 } } })).toEqual({ ok: false, month: 2, error: 'the plan for month 3 cannot be played: spend names an unknown segment "nobody"' });
    expect(applyMove(game, { type: 'plan', spend: { regulars: { transactional: 12.345 } } })).toEqual({ ok: false, month: 2, error: 'the plan for month 3 cannot be played: spend.regulars.transactional must be in whole cents (at most two decimals), not 12.345' });
    expect(v.safeParse(MoveSchema, { type: 'plan', spend: { regulars: { transactional: 12.345 } } }).issues?.[0]?.message).toBe('expected whole cents (at most two decimals)');
    expect(v.safeParse(MoveSchema, { type: 'plan', spend: { regulars: { transactional: 12.34 } } }).success).toBe(true);
    expect(JSON.stringify({ ...game, run: game.run.month })).toBe(frozen);
    game = apply(game, { type: 'answer', point: 'at-two', option: 'yes' });
    expect(applyMove(game, { type: 'answer', point: 'at-two', option: 'no' })).toEqual({ ok: false, month: 2, error: 'the question "at-two" (asked after month 2) is answered more than once' });
  });

  it('never changes the state it is given: the run is copied when a month is played', () => {
    const start = apply(newGame(market), { type: 'plan', spend });
    const before = structuredClone(start.run);
    const next = apply(start, { type: 'play' });
    expect(next.run).not.toBe(start.run);
    expect(start.run).toEqual(before);
    expect(next.run.month).toBe(1);
  });

  it('replays its own moves to the same game, and continues the same after a structured clone', () => {
    let game = apply(newGame(market), { type: 'plan', spend });
    for (let m = 1; m <= 3; m++) {
      game = apply(game, { type: 'play' });
      while (game.phase === 'question') game = apply(game, { type: 'answer', point: game.pending[0]!, option: 'yes' });
    }
    const replayed = replay(market, movesOf(game));
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    expect(replayed.state.run.reports.map((r) => r.hash)).toEqual(game.run.reports.map((r) => r.hash));
    expect(replayed.state.answers).toEqual(game.answers);
    const cloned = structuredClone(game);
    const a = apply(game, { type: 'play' });
    const b = apply(cloned, { type: 'play' });
    expect(b.run.reports.at(-1)!.hash).toBe(a.run.reports.at(-1)!.hash);
  });
});
