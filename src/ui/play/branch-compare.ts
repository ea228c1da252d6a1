// Practice: two plans side by side from the month being planned, with the same luck (the engine's
// branches): plan A is a plan kept (a month taken back keeps its own) or last month's, plan B the
// one in the budget now. The numbers that differ are the plans' doing alone.
import { canonicalJson, formatCount, formatMoney, formatNumber, formatSigned, type Decisions, type MonthReport } from '../../engine';
import { h } from '../dom';
import { isPractice, type SessionStore } from '../../state/session';
import type { EngineWorker } from '../workers/engine-client';

interface Outcome { customers: number; profit: number; cash: number; nps: number | null }

function outcome(reports: readonly MonthReport[]): Outcome {
  const last = reports[reports.length - 1]!;
  return { customers: last.total.active, profit: reports.reduce((a, r) => a + Math.round(r.total.profit * 100), 0) / 100, cash: last.total.cash, nps: last.total.nps };
}

export function branchCompare(store: SessionStore, worker: () => EngineWorker, say: (text: string) => void, putInBudget: (d: Decisions) => void): HTMLElement | null {
  const state = store.getState();
  const game = state.game!;
  if (!isPractice(state) || game.phase !== 'plan') return null;
  const scenario = game.market.scenario;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const left = game.market.months - game.run.month;
  const planA = (): Decisions | null => {
    const pinned = store.getState().session?.view.pinned;
    if (pinned) return { spend: pinned };
    return game.decisions[game.decisions.length - 1] ?? null;
  };
  const describeA = h('p', {});
  const showA = () => {
    const pinned = store.getState().session?.view.pinned;
    describeA.textContent = pinned ? 'Plan A: the plan you kept (a month taken back keeps its plan). Plan B: the plan in the budget now.'
      : planA() ? 'Plan A: last month\'s plan. Plan B: the plan in the budget now.' : 'Keep a plan as plan A first, then change the budget and compare.';
  };
  const monthsSelect = h('select', { id: 'branch-months' }, ...[1, 3, 6, 12].filter((m) => m < left).map((m) => h('option', { value: m }, `${m} ${m === 1 ? 'month' : 'months'}`)),
    h('option', { value: left, selected: true }, `to the end (${left} ${left === 1 ? 'month' : 'months'})`));
  const status = h('p', { role: 'status' });
  const result = h('div', {});
  const keep = h('button', { type: 'button', class: 'secondary' }, 'Keep the budget\'s plan as plan A');
  const use = h('button', { type: 'button', class: 'secondary' }, 'Put plan A in the budget');
  const compare = h('button', { type: 'button', class: 'secondary' }, 'Compare A and B');
  keep.addEventListener('click', () => {
    store.getState().pinPlan(structuredClone(store.getState().game!.draft.spend));
    showA();
    say('The budget\'s plan is kept as plan A.');
  });
  use.addEventListener('click', () => {
    const a = planA();
    if (!a) return;
    putInBudget(a);
    say('Plan A is in the budget.');
  });
  compare.addEventListener('click', () => {
    const a = planA();
    const b = store.getState().game!.draft;
    if (!a) {
      status.textContent = 'There is no plan A yet: keep the budget\'s plan as plan A, change the budget, then compare.';
      return;
    }
    if (canonicalJson(a.spend as never) === canonicalJson(b.spend as never)) {
      status.textContent = 'Plans A and B are the same: change the budget to compare another plan.';
      return;
    }
    const months = Number(monthsSelect.value);
    status.textContent = `Playing both plans for ${months} ${months === 1 ? 'month' : 'months'} with the same luck…`;
    compare.disabled = true;
    worker().branches(store.getState().game!, a, b, months).then((branches) => {
      const oa = outcome(branches.a);
      const ob = outcome(branches.b);
      const until = branches.a[branches.a.length - 1]!.month;
      const rows: [string, number | null, number | null, (x: number) => string][] = [
        [`Customers after month ${until}`, oa.customers, ob.customers, formatCount],
        ['Profit over these months', oa.profit, ob.profit, money],
        [`Cash after month ${until}`, oa.cash, ob.cash, money],
        [`NPS in month ${until}`, oa.nps, ob.nps, (x) => formatNumber(x, 0)],
      ];
      result.replaceChildren(h('div', { class: 'table-scroll' }, h('table', {},
        h('caption', {}, `Plans A and B from month ${game.run.month + 1} to month ${until}, with the same luck`),
        h('thead', {}, h('tr', {}, ...['Result', 'Plan A', 'Plan B', 'B − A'].map((c, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : '' }, c)))),
        h('tbody', {}, ...rows.map(([label, x, y, f]) => h('tr', {}, h('th', { scope: 'row' }, label),
          h('td', { class: 'num' }, x === null ? '–' : f(x)), h('td', { class: 'num' }, y === null ? '–' : f(y)),
          h('td', { class: 'num' }, x === null || y === null ? '–' : formatSigned(y - x, f))))))));
      const text = `By month ${until}, plan B has ${formatSigned(ob.customers - oa.customers, formatCount)} customers and ${formatSigned(ob.cash - oa.cash, money)} of cash compared with plan A.`;
      status.textContent = text;
      say(text);
    }).catch((error: unknown) => {
      status.textContent = `The plans could not be compared: ${error instanceof Error ? error.message : String(error)}`;
    }).finally(() => { compare.disabled = false; });
  });
  showA();
  return h('details', { class: 'branch-compare', open: state.session?.view.pinned !== null },
    h('summary', {}, 'Compare two plans with the same luck (practice)'),
    describeA,
    h('div', { class: 'plan-actions' }, keep, use),
    h('div', { class: 'plan-actions' }, h('label', { for: 'branch-months' }, 'Months to play'), monthsSelect, compare),
    status, result);
}
