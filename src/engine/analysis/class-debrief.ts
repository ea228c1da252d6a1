// The class debrief, made by the engine from a class's verified results (research on simulation-based
// teaching finds the debrief, more than the score, is what students learn from): the spread of the
// scores and of each goal, the strategies the class played (each student's spend profile matched to
// the nearest reference strategy by cosine similarity), what the top quarter did differently from
// the bottom quarter (lines of spend whose share differs most, with the engine's own counterfactual
// findings for a typical top-quarter game), and what the answers to the decision points show.
import type { Decisions } from '../model/decisions';
import type { GoalResult } from '../model/goals';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../model/relationship-types';
import type { Market } from '../game/market';
import { playPlan } from '../game/simulate';
import { explainDecisions, type Finding } from './counterfactual';
import { referenceStrategies } from './reference-strategies';

/** One student's verified game, as the class debrief needs it. */
export interface ClassEntry {
  readonly player: string;
  readonly score: number;
  readonly goals: readonly GoalResult[];
  /** Each month's decisions, month 1 first. */
  readonly decisions: readonly Decisions[];
  readonly answers: readonly { readonly point: string; readonly option: string; readonly correct: boolean }[];
}

export interface ScoreSpread {
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  /** Students per band of ten points: [0, 10), [10, 20) … [90, 100]. */
  readonly bands: readonly number[];
}

export interface StrategyGroup {
  /** A reference strategy's id, or 'other' when no reference is close (similarity below 0.6). */
  readonly id: string;
  readonly label: string;
  readonly players: readonly string[];
  readonly meanScore: number;
  /** Share of the spend in the first half of the game (when the money went in). */
  readonly earlyShare: number;
}

export interface LineContrast {
  readonly segment: string;
  readonly segmentName: string;
  readonly type: RelationshipTypeId;
  /** Share of all spend on this line, in the top quarter and the bottom quarter (0–1). */
  readonly top: number;
  readonly bottom: number;
}

export interface PointSummary {
  readonly point: string;
  readonly prompt: string;
  readonly answered: number;
  readonly correct: number;
  /** The wrong option chosen most, with how many chose it and its feedback (the misconception). */
  readonly commonWrong: { readonly option: string; readonly text: string; readonly count: number; readonly feedback: string } | null;
}

export interface ClassDebrief {
  readonly scores: ScoreSpread;
  readonly goals: readonly { readonly id: string; readonly label: string; readonly met: number; readonly of: number }[];
  readonly strategies: readonly StrategyGroup[];
  /** The lines of spend whose share differs most between the top and the bottom quarter. */
  readonly contrasts: readonly LineContrast[];
  /** The engine's robust findings for the median game of the top quarter (null below 4 students). */
  readonly topGame: { readonly player: string; readonly score: number; readonly findings: readonly Finding[] } | null;
  readonly points: readonly PointSummary[];
}

/** A decision point with its texts (the content's; the engine's rules carry none). */
export interface PointText {
  readonly id: string;
  readonly prompt: string;
  readonly options: readonly { readonly id: string; readonly text: string; readonly correct: boolean; readonly feedback: string }[];
}

export interface ClassDebriefOptions {
  /** Markets for the top game's counterfactual findings (default 4). */
  readonly markets?: number;
  /** The scenario's decision points with their texts, for the answers' summary. */
  readonly points?: readonly PointText[];
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function spread(scores: readonly number[]): ScoreSpread {
  const sorted = [...scores].sort((a, b) => a - b);
  const bands = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bands[Math.min(9, Math.floor(s / 10))]!++;
  if (sorted.length === 0) return { count: 0, mean: 0, min: 0, q1: 0, median: 0, q3: 0, max: 0, bands };
  return {
    count: sorted.length,
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    min: sorted[0]!, q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75), max: sorted[sorted.length - 1]!,
    bands,
  };
}

/** The spend of a game by segment × type, over all its months (a vector in a fixed order). */
function profile(market: Market, months: readonly Decisions[]): number[] {
  const { segments } = market.scenario;
  const out = new Array<number>(segments.length * RELATIONSHIP_TYPES.length).fill(0);
  for (const d of months) {
    segments.forEach((segment, s) => {
      RELATIONSHIP_TYPES.forEach((type, k) => { out[s * RELATIONSHIP_TYPES.length + k]! += d.spend[segment.id]?.[type] ?? 0; });
    });
  }
  return out;
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  if (na === 0 && nb === 0) return 1;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function share(vector: readonly number[]): number[] {
  const total = vector.reduce((a, b) => a + b, 0);
  return vector.map((x) => (total > 0 ? x / total : 0));
}

function earlyShare(months: readonly Decisions[]): number {
  const total = (d: Decisions) => Object.values(d.spend).reduce((a, s) => a + Object.values(s).reduce((b, x) => b + (x ?? 0), 0), 0);
  const all = months.reduce((a, d) => a + total(d), 0);
  const early = months.slice(0, Math.ceil(months.length / 2)).reduce((a, d) => a + total(d), 0);
  return all > 0 ? early / all : 0;
}

/**
 * The debrief of a class that played `market` (the challenge's market, before any student's variant;
 * its points are the decision points asked). Entries with no months played are left out.
 */
export function classDebrief(market: Market, entries: readonly ClassEntry[], options: ClassDebriefOptions = {}): ClassDebrief {
  const games = entries.filter((e) => e.decisions.length > 0);
  const { scenario } = market;
  // The reference strategies' spend profiles, each played once on the challenge's market.
  const references = referenceStrategies(scenario).map((r) => {
    const game = playPlan(market, r.plan, { hash: false, affordable: true });
    return { id: r.id, label: r.label, profile: profile(market, game.decisions) };
  });
  const profiles = games.map((g) => profile(market, g.decisions));
  const groups = new Map<string, { label: string; players: string[]; scores: number[]; early: number[] }>();
  games.forEach((g, i) => {
    let best = { id: 'other', label: 'A mix of their own', similarity: 0.6 };
    for (const r of references) {
      const similarity = cosine(profiles[i]!, r.profile);
      if (similarity > best.similarity) best = { id: r.id, label: r.label, similarity };
    }
    const group = groups.get(best.id) ?? { label: best.label, players: [], scores: [], early: [] };
    group.players.push(g.player);
    group.scores.push(g.score);
    group.early.push(earlyShare(g.decisions));
    groups.set(best.id, group);
  });
  const strategies = [...groups].map(([id, g]) => ({
    id, label: g.label, players: g.players,
    meanScore: round(g.scores.reduce((a, b) => a + b, 0) / g.scores.length),
    earlyShare: round(g.early.reduce((a, b) => a + b, 0) / g.early.length, 2),
  })).sort((a, b) => b.players.length - a.players.length || b.meanScore - a.meanScore);

  // Top and bottom quarters by score (at least one student each once there are four).
  const ranked = games.map((g, i) => ({ g, shares: share(profiles[i]!) })).sort((a, b) => b.g.score - a.g.score);
  const quarter = Math.max(1, Math.floor(ranked.length / 4));
  const top = ranked.slice(0, quarter);
  const bottom = ranked.slice(ranked.length - quarter);
  const contrasts: LineContrast[] = [];
  if (ranked.length >= 4) {
    scenario.segments.forEach((segment, s) => {
      RELATIONSHIP_TYPES.forEach((type, k) => {
        const at = s * RELATIONSHIP_TYPES.length + k;
        const mean = (list: typeof top) => list.reduce((a, x) => a + x.shares[at]!, 0) / list.length;
        contrasts.push({ segment: segment.id, segmentName: segment.name, type, top: round(mean(top), 3), bottom: round(mean(bottom), 3) });
      });
    });
    contrasts.sort((a, b) => Math.abs(b.top - b.bottom) - Math.abs(a.top - a.bottom));
  }
  const median = top[Math.floor((top.length - 1) / 2)];
  const topGame = ranked.length >= 4 && median
    ? { player: median.g.player, score: median.g.score, findings: explainDecisions(market, median.g.decisions, { markets: options.markets ?? 4 }).filter((f) => f.effects.value.robust).slice(0, 5) }
    : null;

  const points = (options.points ?? []).map((point) => {
    const given = games.flatMap((g) => g.answers.filter((a) => a.point === point.id));
    const wrong = new Map<string, number>();
    for (const a of given) if (!a.correct) wrong.set(a.option, (wrong.get(a.option) ?? 0) + 1);
    const [option, count] = [...wrong].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const chosen = option === null ? undefined : point.options.find((o) => o.id === option);
    return {
      point: point.id,
      prompt: point.prompt,
      answered: given.length,
      correct: given.filter((a) => a.correct).length,
      commonWrong: chosen ? { option: chosen.id, text: chosen.text, count, feedback: chosen.feedback } : null,
    };
  }).filter((p) => p.answered > 0);

  const goalIds = market.goals.map((g) => g.id);
  const goals = goalIds.map((id) => {
    const first = games.flatMap((g) => g.goals.filter((x) => x.id === id))[0];
    return { id, label: first?.label ?? id, met: games.filter((g) => g.goals.some((x) => x.id === id && x.met)).length, of: games.length };
  });
  return { scores: spread(games.map((g) => g.score)), goals, strategies, contrasts: contrasts.slice(0, 5), topGame, points };
}
