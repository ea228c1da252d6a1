// The money a month's plan must fit, said before the player hits a limit: the budget, what can be
// paid (cash plus the overdraft left), what negative cash costs this month, and, when the plan does
// not fit, the engine's own reason (the same sentence that refuses the move).
import { centsText } from './amounts';
import { decisionsToCents, formatMoney, formatPercent, monthBudget, payableNow, spendProblem, type Decisions, type GameState, type RunState } from '../../../engine';

export interface MoneyStatus {
  readonly budgetCents: number;
  readonly payableCents: number;
  readonly plannedCents: number;
  /** Surveys taken before this month, paid from its budget. */
  readonly researchCents: number;
  /** The most that can be spent: the budget or what can be paid, whichever is lower (never below 0). */
  readonly limitCents: number;
  /** Sentences about cash the player must know before running the month (negative cash, interest). */
  readonly cashNotes: readonly string[];
  /** Why the plan cannot be run, or null when it can. */
  readonly problem: string | null;
}

/** What this month's surveys cost the coming month, in cents. */
export function researchCentsOf(game: Pick<GameState, 'run' | 'surveys'>): number {
  return game.surveys.filter((s) => s.month === game.run.month).reduce((a, s) => a + Math.round(s.cost * 100), 0);
}

export function moneyStatus(run: RunState, draft: Decisions, researchCents = 0): MoneyStatus {
  const { scenario } = run;
  const money = (cents: number) => centsText(cents, scenario.currency);
  /** Cash and what it can pay are shown in whole units, as everywhere else. */
  const whole = (cents: number) => formatMoney(cents / 100, scenario.currency);
  const budgetCents = Math.round(monthBudget(run) * 100);
  const payableCents = Math.round(payableNow(run) * 100);
  const cents = decisionsToCents(scenario, draft);
  const plannedCents = cents.ok ? cents.value.reduce((a, line) => a + line.reduce((b, x) => b + x, 0), 0) : 0;
  const limitCents = Math.max(0, Math.min(budgetCents, payableCents) - researchCents);
  const cash = run.cashCents;
  const { overdraftLimit, overdraftRate } = scenario.cash;
  const notes: string[] = [];
  if (cash < 0) {
    const interest = Math.round(-cash * overdraftRate);
    notes.push(`Cash is ${whole(cash)}: ${overdraftRate > 0 ? `interest of ${whole(interest)} (${formatPercent(overdraftRate, 1)} a month) is charged this month, and profit pays back the overdraft.` : 'profit pays it back.'}`);
  }
  if (payableCents <= 0) {
    notes.push(overdraftLimit > 0
      ? `No relationship spend can be paid this month: cash is at the overdraft limit of ${whole(-Math.round(overdraftLimit * 100))}. A month with no spend still earns its margin.`
      : `No relationship spend can be paid this month: cash is ${whole(cash)} and there is no overdraft. A month with no spend still earns its margin.`);
  } else if (payableCents < budgetCents) {
    notes.push(overdraftLimit > 0
      ? `Only ${whole(payableCents)} can be paid this month: cash of ${whole(cash)} plus the overdraft left, down to ${whole(-Math.round(overdraftLimit * 100))}.`
      : `Only ${whole(payableCents)} can be paid this month, the cash you have (there is no overdraft).`);
  } else if (overdraftLimit > 0 && cash - Math.min(plannedCents + researchCents, budgetCents) < 0) {
    notes.push(`This plan takes cash below zero: the overdraft pays for it, at ${formatPercent(overdraftRate, 1)} interest a month.`);
  }
  let problem: string | null = null;
  if (!cents.ok) problem = cents.error;
  else {
    const refused = spendProblem(run, cents.value, researchCents);
    if (refused) problem = `${refused.charAt(0).toUpperCase()}${refused.slice(1)}.`;
  }
  return { budgetCents, payableCents, plannedCents, researchCents, limitCents, cashNotes: notes, problem };
}
