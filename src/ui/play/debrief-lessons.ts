// The debrief's lessons, chosen from what happened in this game: spend that lost value (robust
// findings), wrong answers at decision points, cash that ran below zero; then spend that worked,
// to read more about it. Each lesson comes with the reason it was chosen. And the debrief's word
// on negative cash, from the monthly reports. Pure functions of the game's data.
import { formatMoney, type Finding, type MonthReport, type RelationshipTypeId, type Scenario } from '../../engine';

/** The lesson behind each relationship type. */
export const TYPE_LESSON: Readonly<Record<RelationshipTypeId, string>> = {
  transactional: 'efficient-relationships',
  'self-service': 'efficient-relationships',
  'automated-services': 'efficient-relationships',
  communities: 'communities-and-co-creation',
  'co-creation': 'communities-and-co-creation',
  'personal-assistance': 'personal-assistance',
  'dedicated-personal-assistance': 'personal-assistance',
};

export interface ChosenLesson {
  readonly lesson: string;
  readonly why: string;
}

export interface LessonInputs {
  readonly scenario: Scenario;
  readonly findings: readonly Finding[];
  /** Answers given, with the lesson of the question asked. */
  readonly answers: readonly { readonly correct: boolean; readonly lesson?: string | undefined; readonly month: number }[];
  readonly reports: readonly MonthReport[];
  /** Lessons of the scenario's questions, when nothing else points anywhere. */
  readonly fallback: readonly string[];
}

const MAX_LESSONS = 4;

export function chooseLessons(input: LessonInputs): ChosenLesson[] {
  const { scenario } = input;
  const out: ChosenLesson[] = [];
  const add = (lesson: string, why: string) => {
    if (!out.some((l) => l.lesson === lesson)) out.push({ lesson, why });
  };
  const name = (f: Finding) => `${scenario.types[f.type].name.toLowerCase()}${f.segment === null ? '' : ` for ${scenario.segments.find((s) => s.id === f.segment)?.name ?? f.segment}`}`;
  const losers = input.findings.filter((f) => f.effects.value.robust && f.effects.value.effect < 0).sort((a, b) => a.effects.value.effect - b.effects.value.effect);
  for (const f of losers) {
    add('canvas-and-segments', `Your spend on ${name(f)} lost value: the same type helps one segment and not another.`);
    add(TYPE_LESSON[f.type], `Your spend on ${name(f)} lost value.`);
  }
  for (const a of input.answers) if (!a.correct && a.lesson) add(a.lesson, `Your answer after month ${a.month} was not the best one.`);
  const low = lowestCash(input.reports);
  const broke = low !== null && low.cash < 0;
  if (broke) add('relationship-economics', 'Your cash went below zero: spend has to pay back through the customers it wins and keeps.');
  const winners = input.findings.filter((f) => f.effects.value.robust && f.effects.value.effect > 0).sort((a, b) => b.effects.value.effect - a.effects.value.effect);
  for (const f of winners) add(TYPE_LESSON[f.type], `Your spend on ${name(f)} created value: read why it works.`);
  if (out.length === 0) for (const lesson of input.fallback) add(lesson, 'The lesson behind this scenario.');
  // Negative cash blocks spend, so its lesson is never the one cut for room.
  const cash = out.findIndex((l) => l.lesson === 'relationship-economics');
  if (broke && cash >= MAX_LESSONS) return [...out.slice(0, MAX_LESSONS - 1), out[cash]!];
  return out.slice(0, MAX_LESSONS);
}

/** The month cash was lowest, if any month was played. */
export function lowestCash(reports: readonly MonthReport[]): { month: number; cash: number } | null {
  let low: { month: number; cash: number } | null = null;
  for (const r of reports) if (!low || r.total.cash < low.cash) low = { month: r.month, cash: r.total.cash };
  return low;
}

/** A sentence on negative cash, or null when cash never went below zero. */
export function negativeCashWord(scenario: Scenario, reports: readonly MonthReport[]): string | null {
  const money = (x: number) => formatMoney(x, scenario.currency);
  const first = reports.find((r) => r.total.cash < 0);
  if (!first) return null;
  const low = lowestCash(reports)!;
  const interest = reports.reduce((a, r) => a + Math.round(r.total.interest * 100), 0) / 100;
  const end = reports[reports.length - 1]!.total.cash;
  const limit = scenario.cash.overdraftLimit;
  const blocked = reports.filter((r, i) => i > 0 && reports[i - 1]!.total.cash <= -limit && r.total.cash < 0).length;
  return [
    `Your cash went below zero in month ${first.month} and was lowest in month ${low.month}, at ${money(low.cash)}; it ended at ${money(end)}.`,
    interest > 0 ? `The overdraft cost ${money(interest)} in interest.` : '',
    blocked > 0 ? `In ${blocked} ${blocked === 1 ? 'month' : 'months'} no relationship spend could be paid at all.` : '',
    'Negative cash means the spend did not pay for itself in time: a plan has to win and keep customers who bring in more than they cost.',
  ].filter((s) => s !== '').join(' ');
}
