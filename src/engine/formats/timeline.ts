// A verified student's game as a timeline: month by month, the spend per segment, the surveys
// taken, the key metrics (customers, profit, cash, NPS, retention) and the answers, recomputed by
// replaying the file's moves on the market it was verified on (the challenge's, with the
// student's variant).
import { resolveMarket } from '../game/market';
import { replay } from '../game/replay';
import type { ScenarioForVerify, VerifiedResult } from './result-verify';

export interface TimelineMonth {
  readonly month: number;
  /** Spend by segment id, summed over relationship types. */
  readonly spend: Readonly<Record<string, number>>;
  /** The types funded this month, per segment, with their amounts. */
  readonly detail: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Surveys taken before this month: "segment (N customers)". */
  readonly surveys: readonly string[];
  readonly active: number;
  readonly newCustomers: number;
  readonly profit: number;
  readonly cash: number;
  readonly nps: number | null;
  readonly retentionRate: number | null;
  /** Questions answered after this month: "point: option (correct|not the best)". */
  readonly answers: readonly string[];
}

export type Timeline = { ok: true; months: TimelineMonth[]; segments: string[] } | { ok: false; error: string };

export function studentTimeline(result: VerifiedResult, resolved: ScenarioForVerify): Timeline {
  const market = resolveMarket({
    scenario: resolved.scenario, goals: resolved.goals, points: resolved.points, seed: result.seed, months: result.months,
    challengeCode: result.challengeCode, player: result.player, playerId: result.playerId ?? undefined,
  });
  if (!market.ok) return market;
  const replayed = replay(market.value, result.moves, { hash: false });
  if (!replayed.ok) return { ok: false, error: `The game cannot be replayed: ${replayed.error}.` };
  const game = replayed.state;
  const segments = market.value.scenario.segments.map((s) => s.id);
  const months = game.run.reports.map((r, i): TimelineMonth => {
    const d = game.decisions[i]!;
    const detail = Object.fromEntries(Object.entries(d.spend).map(([s, t]) => [s, Object.fromEntries(Object.entries(t).filter(([, x]) => (x ?? 0) > 0)) as Record<string, number>]));
    return {
      month: r.month,
      spend: Object.fromEntries(segments.map((s) => [s, Object.values(d.spend[s] ?? {}).reduce<number>((a, x) => a + (x ?? 0), 0)])),
      detail,
      surveys: game.surveys.filter((s) => s.month === i).map((s) => `${s.segment} (${s.size} customers)`),
      active: r.total.active, newCustomers: r.total.newCustomers, profit: r.total.profit, cash: r.total.cash, nps: r.total.nps, retentionRate: r.total.retentionRate,
      answers: game.answers.filter((a) => a.month === r.month).map((a) => `${a.point}: ${a.option} (${a.correct ? 'a good answer' : 'not the best answer'})`),
    };
  });
  return { ok: true, months, segments };
}
