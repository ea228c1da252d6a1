// The money that binds a plan: the month's relationship budget (a fixed amount, plus a share of
// last month's revenue when the scenario grows it with the business) and the cash the company can
// pay it from (cash plus the overdraft limit). A plan over either is refused with a sentence naming
// the excess and where the money goes, segment by segment (the caller names the month).
import { formatMoney } from '../number-format';
import { decisionsToCents, type Decisions } from './decisions';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from './relationship-types';
import type { RunState } from './run-state';

/** The budget of the coming month, in cents. */
export function budgetCents(run: RunState): number {
  const { budget } = run.scenario;
  return Math.round(budget.monthly * 100 + budget.revenueShare * run.lastRevenueCents);
}

/** What the company can pay this month, in cents: its cash plus the overdraft it may still use. */
export function payableCents(run: RunState): number {
  return run.cashCents + Math.round(run.scenario.cash.overdraftLimit * 100);
}

/** Interest due this month on negative cash, in cents. */
export function interestCents(run: RunState): number {
  return run.cashCents < 0 ? Math.round(-run.cashCents * run.scenario.cash.overdraftRate) : 0;
}

/** Null when `spendCents` (per segment and type) and `researchCents` (surveys) can be played in the
 * coming month, else why not. */
export function spendProblem(run: RunState, spendCents: readonly (readonly number[])[], researchCents = 0): string | null {
  const { scenario } = run;
  const money = (cents: number) => formatMoney(cents / 100, scenario.currency);
  const bySegment = spendCents.map((line) => line.reduce((a, b) => a + b, 0));
  const spend = bySegment.reduce((a, b) => a + b, 0);
  const total = spend + researchCents;
  if (total === 0) return null;
  const where = () => {
    const parts = scenario.segments.map((s, i) => ({ name: s.name, cents: bySegment[i]! })).filter((p) => p.cents > 0).sort((a, b) => b.cents - a.cents);
    return parts.map((p) => `${money(p.cents)} on ${p.name}`).join(', ');
  };
  const what = () => {
    if (researchCents === 0) return `the plan spends ${money(spend)} (${where()})`;
    const survey = `the survey costs ${money(researchCents)}`;
    return spend === 0 ? survey : `the plan spends ${money(spend)} (${where()}) and ${survey}`;
  };
  const budget = budgetCents(run);
  if (total > budget) return `${what()}, ${money(total - budget)} over the month's budget of ${money(budget)}`;
  const payable = payableCents(run);
  if (total > payable) {
    const limit = money(Math.round(scenario.cash.overdraftLimit * 100));
    return payable <= 0
      ? `${researchCents === 0 ? 'no relationship spend' : 'neither the plan nor the survey'} can be paid: cash is ${money(run.cashCents)}, at or past the overdraft limit of ${limit}`
      : `${what()} but only ${money(payable)} can be paid: cash is ${money(run.cashCents)} and the overdraft limit is ${limit}`;
  }
  return null;
}

/** The coming month's budget, in the scenario's currency. */
export function monthBudget(run: RunState): number {
  return budgetCents(run) / 100;
}

/** What can be paid in the coming month, in the scenario's currency (cash plus the overdraft left). */
export function payableNow(run: RunState): number {
  return payableCents(run) / 100;
}

/** `decisions` scaled down, line by line in proportion, so that the coming month can pay for them
 * (within the budget and the cash); unchanged when it already can. For the reference plans, which
 * must play every month whatever their cash. */
export function affordable(run: RunState, decisions: Decisions): Decisions {
  const cents = decisionsToCents(run.scenario, decisions);
  if (!cents.ok) return decisions;
  const total = cents.value.reduce((a, line) => a + line.reduce((b, x) => b + x, 0), 0);
  const limit = Math.max(0, Math.min(budgetCents(run), payableCents(run)));
  if (total <= limit) return decisions;
  const factor = limit / total;
  const spend: Record<string, Partial<Record<RelationshipTypeId, number>>> = {};
  run.scenario.segments.forEach((segment, s) => {
    const line: Partial<Record<RelationshipTypeId, number>> = {};
    RELATIONSHIP_TYPES.forEach((type, k) => {
      const scaled = Math.floor(cents.value[s]![k]! * factor) / 100;
      if (scaled > 0) line[type] = scaled;
    });
    spend[segment.id] = line;
  });
  return { spend };
}
