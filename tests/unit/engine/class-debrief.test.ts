// The class debrief from a generated class: students who fit each segment, who put the human touch
// everywhere, who push acquisition, and who spread money at random. The debrief must recognise the
// strategies, rank fitting above the others, find the lines that set the top quarter apart, and
// summarise the answers by the misconception chosen most.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import {
  classDebrief, fitPlan, playPlan, referenceStrategies, resolveMarket, scoreGame,
  type ClassEntry, type Decisions, type Market,
} from '../../../src/engine';
import { lcg, randomPlan } from '../../support/plan-space';

const { scenario, file, points } = loadScenario('coffee-chain');
const market: Market = (() => {
  const m = resolveMarket({ scenario, goals: file.goals, points, seed: 'class-debrief', months: 12 });
  if (!m.ok) throw new Error(m.error);
  return m.value;
})();

/** `plan` with each line scaled by a factor between 0.85 and 1.15 (a student's own version of it). */
function wobble(plan: Decisions, random: () => number): Decisions {
  const spend: Record<string, Record<string, number>> = {};
  for (const [segment, lines] of Object.entries(plan.spend)) spend[segment] = Object.fromEntries(Object.entries(lines).map(([t, x]) => [t, Math.floor((x ?? 0) * (0.85 + 0.15 * random()))]));
  return { spend };
}

function entry(player: string, plan: Decisions, seed: number): ClassEntry {
  const studentMarket = { ...market, seed: `class-debrief/${player}` };
  const game = playPlan(studentMarket, plan, { hash: false, affordable: true });
  const score = scoreGame(game);
  const random = lcg(seed);
  const answers = file.decisionPoints.slice(0, 3).map((p) => {
    const option = p.options[Math.floor(random() * p.options.length)]!;
    return { point: p.id, option: option.id, correct: option.correct };
  });
  return { player, score: score.points, goals: score.goals, decisions: game.decisions, answers };
}

const random = lcg(42);
const refs = referenceStrategies(scenario);
const humanTouch = refs.find((r) => r.id === 'human-touch')!.plan as Decisions;
const push = refs.find((r) => r.id === 'acquisition-push')!.plan as Decisions;
const fit = fitPlan(scenario);
const students: ClassEntry[] = [
  ...Array.from({ length: 6 }, (_, i) => entry(`fit ${i}`, wobble(fit, random), i)),
  ...Array.from({ length: 6 }, (_, i) => entry(`human ${i}`, wobble(humanTouch, random), 10 + i)),
  ...Array.from({ length: 6 }, (_, i) => entry(`push ${i}`, wobble(push, random), 20 + i)),
  ...Array.from({ length: 6 }, (_, i) => entry(`random ${i}`, randomPlan(scenario, random), 30 + i)),
];
const debrief = classDebrief(market, students, { points: file.decisionPoints });

describe('the class debrief', () => {
  it('spreads the scores: every student counted once, quartiles in order', () => {
    const s = debrief.scores;
    expect(s.count).toBe(24);
    expect(s.bands.reduce((a, b) => a + b, 0)).toBe(24);
    expect(s.min).toBeLessThanOrEqual(s.q1);
    expect(s.q1).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.q3);
    expect(s.q3).toBeLessThanOrEqual(s.max);
  });

  it('recognises the strategies played, and the fitting group scores highest', () => {
    const group = (id: string) => debrief.strategies.find((g) => g.id === id);
    expect(group('fit-to-segment')!.players.filter((p) => p.startsWith('fit')).length).toBeGreaterThanOrEqual(5);
    expect(group('human-touch')!.players.filter((p) => p.startsWith('human')).length).toBeGreaterThanOrEqual(5);
    expect(group('acquisition-push')!.players.filter((p) => p.startsWith('push')).length).toBeGreaterThanOrEqual(5);
    const best = [...debrief.strategies].filter((g) => g.players.length >= 3).sort((a, b) => b.meanScore - a.meanScore)[0]!;
    expect(best.id).toBe('fit-to-segment');
  });

  it('names the lines that set the top quarter apart, and the engine\'s robust findings for a typical top game', () => {
    expect(debrief.contrasts.length).toBe(5);
    const first = debrief.contrasts[0]!;
    expect(Math.abs(first.top - first.bottom)).toBeGreaterThan(0.1);
    expect(debrief.topGame).not.toBeNull();
    expect(debrief.topGame!.findings.length).toBeGreaterThan(0);
    for (const f of debrief.topGame!.findings) expect(f.effects.value.robust).toBe(true);
  });

  it('summarises the answers by the wrong option chosen most, with its feedback', () => {
    expect(debrief.points.length).toBeGreaterThan(0);
    for (const p of debrief.points) {
      expect(p.answered).toBe(24);
      const wrong = students.flatMap((s) => s.answers.filter((a) => a.point === p.point && !a.correct));
      if (wrong.length === 0) expect(p.commonWrong).toBeNull();
      else {
        const counts = new Map<string, number>();
        for (const a of wrong) counts.set(a.option, (counts.get(a.option) ?? 0) + 1);
        expect(p.commonWrong!.count).toBe(Math.max(...counts.values()));
        expect(p.commonWrong!.feedback.length).toBeGreaterThan(10);
      }
    }
    expect(debrief.goals.map((g) => g.of)).toEqual(file.goals.map(() => 24));
  });
});
