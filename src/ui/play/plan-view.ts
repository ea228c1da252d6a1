// The plan screen: spend per segment and relationship type for the coming month, the total against
// the monthly budget and the cash, presets (last month's spend, the suggested spend, clear), the
// forecast of the coming months, and the button that plays the month.
import { formatMoney, monthBudget, payableNow, type Decisions } from '../../engine';
import { announce, h } from '../dom';
import { spendTotal } from '../../state/session';
import type { SessionStore } from '../../state/session';
import type { EngineWorker } from '../workers/engine-client';
import { forecastView } from './forecast-view';
import { spendControls } from './spend-controls';
import type { ScreenView } from './screen-view';

export function planView(store: SessionStore, worker: () => EngineWorker): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const loaded = state.loaded!;
  const run = game.run;
  const scenario = game.market.scenario;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const month = run.month + 1;
  const last = run.reports[run.reports.length - 1];
  const cash = last ? last.total.cash : scenario.startingCash;
  const budget = monthBudget(run);
  const payable = payableNow(run);
  const customers: Record<string, number> = {};
  for (const s of scenario.segments) customers[s.id] = last?.segments[s.id]?.active ?? s.initialCustomers;

  const totalLine = h('p', { class: 'plan-total' });
  const warning = h('p', { class: 'plan-warning', role: 'alert' });
  const playButton = h('button', { type: 'button', class: 'play-primary' }, `Run month ${month}`);
  const forecast = forecastView(worker, run, scenario.startingCash, game.market.months);

  const refreshTotals = (draft: Decisions) => {
    const total = spendTotal(draft);
    totalLine.textContent = `Planned this month: ${money(total)} of your ${money(budget)} budget. Cash now: ${money(cash)}.`;
    const over = total > budget + 0.005;
    const unpaid = !over && total > payable + 0.005;
    warning.textContent = over
      ? `This plan is ${money(total - budget)} over the month's budget: lower some amounts to play the month.`
      : unpaid ? `Only ${money(Math.max(0, payable))} can be paid this month (your cash plus the overdraft left): lower some amounts to play the month.` : '';
    playButton.disabled = over || unpaid;
  };

  const onChange = (draft: Decisions) => {
    store.getState().setDraft(draft);
    refreshTotals(draft);
    forecast.request(draft);
  };
  const controls = spendControls(scenario, game.draft, customers, onChange);

  const previous = game.decisions[game.decisions.length - 1];
  const suggested = loaded.file.suggestedSpend;
  const presets = h('div', { class: 'plan-presets', role: 'group', 'aria-label': 'Presets' },
    h('button', { type: 'button', class: 'secondary', disabled: !previous, onclick: () => { if (previous) { controls.setDecisions(previous); announce('Last month\'s spend copied.'); } } }, 'Copy last month'),
    suggested ? h('button', { type: 'button', class: 'secondary', onclick: () => { controls.setDecisions({ spend: suggested } as Decisions); announce('Suggested spend filled in.'); } }, 'Use the suggested spend') : null,
    h('button', { type: 'button', class: 'secondary', onclick: () => { controls.setDecisions({ spend: {} }); announce('All amounts set to zero.'); } }, 'Clear all'));

  const error = h('p', { class: 'plan-error', role: 'alert' });
  playButton.addEventListener('click', () => {
    const result = store.getState().playMonth();
    if (!result.ok) error.textContent = result.error;
  });

  refreshTotals(game.draft);
  forecast.request(game.draft);

  const heading = h('h2', { tabindex: -1, id: 'plan-heading' }, `Month ${month} of ${game.market.months}: plan your spend`);
  const element = h('section', { class: 'play-screen plan-screen', 'aria-labelledby': 'plan-heading' },
    heading,
    h('p', {}, 'Choose how much to spend this month on each relationship type in each segment. Amounts are per month. The forecast shows where the next months are likely to go if you keep this plan.'),
    h('div', { class: 'plan-summary' }, totalLine, warning, presets),
    h('div', { class: 'plan-layout' }, controls.element, forecast.element),
    h('div', { class: 'plan-actions' }, playButton, error));
  return { element, heading, showsMarket: true, destroy: () => forecast.destroy() };
}
