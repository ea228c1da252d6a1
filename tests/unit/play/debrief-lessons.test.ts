// The debrief's lessons fit what happened: a game whose spend lost value, answered badly and ran
// out of cash gets lessons on those, a good game gets lessons on what worked, and the word on
// negative cash is said only when cash went below zero.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/content/scenario/load-node';
import { simulate, type Finding, type MetricEffect } from '../../../src/engine';
import { chooseLessons, negativeCashWord } from '../../../src/ui/play/debrief-lessons';

const coffee = loadScenario('coffee-chain').scenario;
const effect = (value: number, robust = true): MetricEffect => ({ effect: value, low: value, high: value, robust });
const finding = (type: Finding['type'], segment: string | null, value: number, robust = true): Finding => ({
  type, segment, spend: 1000, markets: 8, incidents: { with: 0, without: 0 }, text: '',
  effects: { value: effect(value, robust), profit: effect(value, robust), active: effect(0), nps: effect(0), referrals: effect(0) },
});

describe('the debrief\'s lessons', () => {
  const good = simulate(coffee, { spend: { regulars: { 'personal-assistance': 1500 } } }, 'lessons', { months: 4 }).months;

  it('start with spend that lost value, then wrong answers, then cash', () => {
    const broke = good.map((r, i) => (i === 2 ? { ...r, total: { ...r.total, cash: -500 } } : r));
    const lessons = chooseLessons({
      scenario: coffee, reports: broke, fallback: ['measuring-success'],
      findings: [finding('personal-assistance', 'regulars', 4000), finding('dedicated-personal-assistance', 'commuters', -2500), finding('communities', null, 900, false)],
      answers: [{ correct: false, lesson: 'relationship-economics', month: 2 }, { correct: true, lesson: 'measuring-success', month: 3 }],
    });
    expect(lessons.map((l) => l.lesson)).toEqual(['canvas-and-segments', 'personal-assistance', 'relationship-economics']);
    expect(lessons[0]!.why).toContain('dedicated personal assistance for Morning commuters');
  });

  it('keep the lesson on negative cash when other lessons fill the list', () => {
    const broke = good.map((r, i) => (i === 2 ? { ...r, total: { ...r.total, cash: -500 } } : r));
    const lessons = chooseLessons({
      scenario: coffee, reports: broke, fallback: [],
      findings: [finding('communities', 'regulars', -3000), finding('self-service', 'commuters', -2000)],
      answers: [{ correct: false, lesson: 'measuring-success', month: 2 }, { correct: false, lesson: 'personal-assistance', month: 3 }],
    });
    expect(lessons.map((l) => l.lesson)).toEqual(['canvas-and-segments', 'communities-and-co-creation', 'efficient-relationships', 'relationship-economics']);
    expect(lessons[3]!.why).toBe('Your cash went below zero: spend has to pay back through the customers it wins and keeps.');
  });

  it('point a good game to what worked, and a game with nothing found to the scenario\'s lessons', () => {
    expect(chooseLessons({ scenario: coffee, reports: good, fallback: [], answers: [], findings: [finding('communities', 'regulars', 800)] }).map((l) => l.lesson)).toEqual(['communities-and-co-creation']);
    expect(chooseLessons({ scenario: coffee, reports: good, fallback: ['measuring-success'], answers: [], findings: [] })).toEqual([{ lesson: 'measuring-success', why: 'The lesson behind this scenario.' }]);
  });

  it('say a word on negative cash only when cash went below zero', () => {
    expect(negativeCashWord(coffee, good)).toBeNull();
    const broke = good.map((r, i) => (i >= 1 ? { ...r, total: { ...r.total, cash: -1000 * i, interest: 10 } } : r));
    const word = negativeCashWord(coffee, broke)!;
    expect(word).toMatch(/^Your cash went below zero in month 2 and was lowest in month 4, at -\$3,000/);
    expect(word).toContain('$30 in interest');
  });
});
