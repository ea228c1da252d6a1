// The plan screen's forecast: customers, monthly profit and cash for the coming months if the
// planned spend is kept, as p10–p90 bands with the median, computed in the play worker. Follows the
// controls without jank: requests are debounced, a newer one overtakes an older one, and the view
// says "Updating" meanwhile; the summary is announced politely once the numbers settle.
import { formatCount, formatMoney, type Band, type Decisions, type ForecastMonth, type RunState, type Scenario } from '../../engine';
import { h } from '../dom';
import type { EngineWorker } from '../workers/engine-client';
import { bandChart } from './charts/band-chart';

export const FORECAST_SEEDS = 20;
export const FORECAST_HORIZON = 12;
const DEBOUNCE_MS = 250;

export interface ForecastView {
  readonly element: HTMLElement;
  request(draft: Decisions): void;
  destroy(): void;
}

function range(b: Band, f: (x: number) => string): string {
  return f(b.p10) === f(b.p90) ? f(b.p50) : `between ${f(b.p10)} and ${f(b.p90)} (median ${f(b.p50)})`;
}

export function forecastView(worker: () => EngineWorker, run: RunState, startCash: number, months: number): ForecastView {
  const scenario: Scenario = run.scenario;
  const reports = run.reports;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const customers = bandChart('forecast-customers', 'Active customers', formatCount);
  const profit = bandChart('forecast-profit', 'Profit per month', money);
  const cash = bandChart('forecast-cash', 'Cash', money);
  const status = h('p', { class: 'forecast-status', 'aria-hidden': 'true' }, '');
  const summary = h('p', { class: 'forecast-summary', 'aria-live': 'polite' });
  const horizon = Math.min(FORECAST_HORIZON, months - run.month);
  const element = h('section', { class: 'forecast', 'aria-labelledby': 'forecast-title', 'aria-busy': 'false' },
    h('h3', { id: 'forecast-title' }, `Forecast: the next ${horizon} ${horizon === 1 ? 'month' : 'months'} if you keep this plan`),
    h('p', { class: 'forecast-note' }, `The band is where ${FORECAST_SEEDS} possible futures mostly land (from the 10th to the 90th percentile); the dashed line is the middle one. The solid line is what has happened so far.`),
    status, summary,
    h('div', { class: 'forecast-charts' }, customers.element, profit.element, cash.element));

  const historyCustomers = [{ month: 0, value: scenario.segments.reduce((a, s) => a + s.initialCustomers, 0) }, ...reports.map((r) => ({ month: r.month, value: r.total.active }))];
  const historyProfit = reports.map((r) => ({ month: r.month, value: r.total.profit }));
  const historyCash = [{ month: 0, value: startCash }, ...reports.map((r) => ({ month: r.month, value: r.total.cash }))];

  function show(result: readonly ForecastMonth[]): void {
    const last = result[result.length - 1];
    if (!last) return;
    const at = `by month ${last.month}`;
    customers.update({ history: historyCustomers, forecast: result.map((m) => ({ month: m.month, band: m.active })), summary: `${at}: ${range(last.active, formatCount)} active customers.` });
    profit.update({ history: historyProfit, forecast: result.map((m) => ({ month: m.month, band: m.profit })), summary: `In month ${last.month}: ${range(last.profit, money)} profit.` });
    cash.update({ history: historyCash, forecast: result.map((m) => ({ month: m.month, band: m.cash })), summary: `${at}: ${range(last.cash, money)} in cash.` });
    summary.textContent = `Forecast ${at}: ${range(last.active, formatCount)} customers, ${range(last.cash, money)} in cash.`;
  }

  let timer: number | undefined;
  let alive = true;
  function request(draft: Decisions): void {
    if (horizon <= 0) return;
    status.textContent = 'Updating the forecast…';
    element.setAttribute('aria-busy', 'true');
    element.classList.add('updating');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      worker().forecast(run, draft, horizon, FORECAST_SEEDS).then((result) => {
        if (!alive || result === null) return;
        show(result);
        status.textContent = 'Forecast up to date.';
        element.setAttribute('aria-busy', 'false');
        element.classList.remove('updating');
      }).catch((error: unknown) => {
        if (!alive) return;
        status.textContent = '';
        summary.textContent = `The forecast is not available: ${error instanceof Error ? error.message : String(error)}`;
        element.setAttribute('aria-busy', 'false');
        element.classList.remove('updating');
      });
    }, DEBOUNCE_MS);
  }

  return {
    element,
    request,
    destroy() {
      alive = false;
      window.clearTimeout(timer);
    },
  };
}
