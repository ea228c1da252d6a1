// A verified student's game as a timeline: month by month, the spend per segment and the key
// metrics (customers, profit, cash, NPS, retention), recomputed by replaying the decisions on
// the market the file was verified on (the challenge's, with the student's variant).
import { decodeChallenge } from './challenge-code';
import { replayDecisions } from './replay';
import type { ScenarioForVerify, VerifiedResult } from './result-verify';
import { challengeMarket, type Market } from './variants';

export interface TimelineMonth {
  readonly month: number;
  /** Spend by segment id, summed over relationship types. */
  readonly spend: Readonly<Record<string, number>>;
  /** The types funded this month, per segment, with their amounts. */
  readonly detail: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly active: number;
  readonly newCustomers: number;
  readonly profit: number;
  readonly cash: number;
  readonly nps: number | null;
  readonly retentionRate: number | null;
  /** Questions answered after this month: "point: option (correct|not the best)". */
  readonly answers: readonly string[];
}

export function studentTimeline(result: VerifiedResult, resolved: ScenarioForVerify): { ok: true; months: TimelineMonth[]; segments: string[] } | { ok: false; error: string } {
  let market: Market = { scenario: resolved.scenario, seed: result.seed, months: result.months };
  if (result.challengeCode) {
    const challenge = decodeChallenge(result.challengeCode);
    if (!challenge.ok) return { ok: false, error: challenge.error };
    const m = challengeMarket(challenge.value, resolved.scenario, result.player);
    if (!m.ok) return m;
    market = m.value;
  }
  const replay = replayDecisions(market.scenario, market.seed, market.months, result.decisions);
  if (!replay.ok) return { ok: false, error: replay.error };
  const segments = market.scenario.segments.map((s) => s.id);
  const months = replay.reports.map((r, i): TimelineMonth => {
    const d = result.decisions[i]!;
    const detail = Object.fromEntries(Object.entries(d.spend).map(([s, t]) => [s, Object.fromEntries(Object.entries(t).filter(([, x]) => (x ?? 0) > 0)) as Record<string, number>]));
    return {
      month: r.month,
      spend: Object.fromEntries(segments.map((s) => [s, Object.values(d.spend[s] ?? {}).reduce<number>((a, x) => a + (x ?? 0), 0)])),
      detail,
      active: r.total.active, newCustomers: r.total.newCustomers, profit: r.total.profit, cash: r.total.cash, nps: r.total.nps, retentionRate: r.total.retentionRate,
      answers: result.answers.filter((a) => a.month === r.month).map((a) => `${a.point}: ${a.option} (${a.correct ? 'a good answer' : 'not the best answer'})`),
    };
  });
  return { ok: true, months, segments };
}
