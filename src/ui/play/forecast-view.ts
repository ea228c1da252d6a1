// The plan screen's forecast: where the plan leads if it is kept to the end of the game, as bands
// over many possible futures (10th to 90th percentile, median dashed) of customers, monthly profit,
// cash and NPS, with the goals drawn where they apply, the projected score, and each goal's
// chances. Computed in the engine worker from what the player knows (no scripted event that has
// not started); follows the controls without jank: requests are debounced, a newer one overtakes
// an older one, the view says "Updating" meanwhile, and the summary goes to the announcement queue.
import { formatCount, formatMoney, formatNumber, type Band, type Decisions, type ForecastMonth, type GameState, type Goal } from '../../engine';
import { h } from '../dom';
import type { EngineWorker } from '../workers/engine-client';
import { bandChart, type ReferenceLine } from './charts/band-chart';

export const FORECAST_SEEDS = 24;
const DEBOUNCE_MS = 250;

export interface ForecastView {
  readonly element: HTMLElement;
  /** One line for the plan bar: where the plan leads by the end. */
  readonly line: HTMLElement;
  request(draft: Decisions): void;
  destroy(): void;
}

function range(b: Band, f: (x: number) => string): string {
  return f(b.p10) === f(b.p90) ? f(b.p50) : `${f(b.p10)} to ${f(b.p90)}`;
}

/** How a goal stands in the forecast's last month, or null for goals the forecast cannot tell. */
export function goalChance(goal: Goal, last: ForecastMonth, startingCash: number): { band: Band; verdict: 'likely' | 'uncertain' | 'unlikely' } | null {
  const seg = goal.segment === undefined ? null : last.segments[goal.segment];
  let band: Band | null = null;
  if (goal.metric === 'finalActive') band = seg ? seg.active : last.active;
  else if (goal.metric === 'finalNps') band = seg ? seg.nps : last.nps;
  else if (goal.segment === undefined && goal.metric === 'finalCash') band = last.cash;
  else if (goal.segment === undefined && goal.metric === 'cumulativeProfit') band = { p10: last.cash.p10 - startingCash, p50: last.cash.p50 - startingCash, p90: last.cash.p90 - startingCash };
  if (!band) return null;
  const verdict = band.p10 >= goal.target ? 'likely' : band.p90 < goal.target ? 'unlikely' : 'uncertain';
  return { band, verdict };
}

const VERDICT_WORDS = { likely: 'likely met', uncertain: 'could go either way', unlikely: 'unlikely to be met' } as const;

export function forecastView(worker: () => EngineWorker, game: GameState, say: (text: string) => void): ForecastView {
  const run = game.run;
  const scenario = run.scenario;
  const months = game.market.months;
  const goals = game.market.goals;
  const start = scenario.startingCash;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const npsGoal = goals.find((g) => g.metric === 'finalNps' || g.metric === 'averageNps');
  const npsSegment = npsGoal?.segment !== undefined ? scenario.segments.find((s) => s.id === npsGoal.segment) : undefined;
  const customers = bandChart('forecast-customers', 'Active customers', formatCount);
  const profit = bandChart('forecast-profit', 'Profit per month', money);
  const cash = bandChart('forecast-cash', 'Cash', money);
  const nps = bandChart('forecast-nps', npsSegment ? `NPS of ${npsSegment.name}` : 'Net Promoter Score', (x) => formatNumber(x, 0));
  const status = h('p', { class: 'forecast-status', 'aria-hidden': 'true' }, '');
  const summary = h('p', { class: 'forecast-summary' });
  const score = h('p', { class: 'forecast-score' });
  const goalList = h('ul', { class: 'forecast-goals' });
  const line = h('p', { class: 'plan-bar-forecast' });
  const horizon = months - run.month;
  const element = h('section', { class: 'forecast', 'aria-labelledby': 'forecast-title', 'aria-busy': 'false', 'data-shortcut': 'forecast' },
    h('h3', { id: 'forecast-title', tabindex: -1 }, `Forecast to the end of the game (month ${months}) if you keep this plan`),
    h('p', { class: 'forecast-note' }, `Bands show where ${FORECAST_SEEDS} possible futures mostly land (10th to 90th percentile), the dashed line the middle one, the solid line what has happened; dotted lines are your goals. The forecast knows what you know: events under way and the chance of random ones, not the future.`),
    status, summary, score, goalList,
    h('div', { class: 'forecast-charts' }, customers.element, profit.element, cash.element, nps.element));

  const historyCustomers = [{ month: 0, value: scenario.segments.reduce((a, s) => a + s.initialCustomers, 0) }, ...run.reports.map((r) => ({ month: r.month, value: r.total.active }))];
  const historyProfit = run.reports.map((r) => ({ month: r.month, value: r.total.profit }));
  const historyCash = [{ month: 0, value: start }, ...run.reports.map((r) => ({ month: r.month, value: r.total.cash }))];
  const npsOf = (r: (typeof run.reports)[number]) => (npsSegment ? r.segments[npsSegment.id]?.nps : r.total.nps) ?? null;
  const historyNps = run.reports.flatMap((r) => { const v = npsOf(r); return v === null ? [] : [{ month: r.month, value: v }]; });
  const goalLines = (metrics: readonly Goal['metric'][], value: (g: Goal) => number, scope: (g: Goal) => boolean): ReferenceLine[] =>
    goals.filter((g) => metrics.includes(g.metric) && scope(g)).map((g) => ({ value: value(g), label: `Goal: ${g.label}` }));
  const cashLines: ReferenceLine[] = [
    ...goalLines(['finalCash'], (g) => g.target, (g) => g.segment === undefined),
    ...goalLines(['cumulativeProfit'], (g) => start + g.target, (g) => g.segment === undefined).map((l) => ({ ...l, label: `${l.label} (cash at the end)` })),
    ...(scenario.cash.overdraftLimit > 0 ? [{ value: -scenario.cash.overdraftLimit, label: 'Overdraft limit' }] : []),
  ];

  function show(result: readonly ForecastMonth[], points: Band | null): void {
    const last = result[result.length - 1];
    if (!last) return;
    const at = last.month === months ? `By month ${last.month} (the end)` : `By month ${last.month}`;
    customers.update({ history: historyCustomers, forecast: result.map((m) => ({ month: m.month, band: m.active })), summary: `${at}: ${range(last.active, formatCount)} active customers.`, lines: goalLines(['finalActive'], (g) => g.target, (g) => g.segment === undefined) });
    profit.update({ history: historyProfit, forecast: result.map((m) => ({ month: m.month, band: m.profit })), summary: `In month ${last.month}: ${range(last.profit, money)} profit.`, lines: [{ value: 0, label: 'Break-even' }] });
    cash.update({ history: historyCash, forecast: result.map((m) => ({ month: m.month, band: m.cash })), summary: `${at}: ${range(last.cash, money)} in cash.`, lines: cashLines });
    const npsBand = (m: ForecastMonth) => (npsSegment ? m.segments[npsSegment.id]!.nps : m.nps);
    nps.update({ history: historyNps, forecast: result.map((m) => ({ month: m.month, band: npsBand(m) })), summary: `${at}: NPS ${range(npsBand(last), (x) => formatNumber(x, 0))}.`, lines: goalLines(['finalNps', 'averageNps'], (g) => g.target, (g) => (npsSegment ? g.segment === npsSegment.id : g.segment === undefined)) });
    const overdrawn = result.find((m) => m.cash.p50 < 0);
    const text = `${at}: ${range(last.active, formatCount)} customers and ${range(last.cash, money)} in cash.${overdrawn ? ` Cash falls below zero in month ${overdrawn.month} in most futures.` : ''}`;
    summary.textContent = text;
    score.textContent = points ? `Projected score: ${range(points, (x) => formatNumber(x, 0))} out of 100 (median ${formatNumber(points.p50, 0)}).` : '';
    const chances = goals.map((g) => ({ g, chance: goalChance(g, last, start) }));
    goalList.replaceChildren(...chances.map(({ g, chance }) => h('li', { class: chance ? `goal-${chance.verdict}` : '' },
      `${g.label}: ${chance ? VERDICT_WORDS[chance.verdict] : 'not forecast'}`)));
    line.textContent = `${at}: ${range(last.active, formatCount)} customers, cash ${range(last.cash, money)}${points ? `, score ${range(points, (x) => formatNumber(x, 0))}` : ''}.`;
    say(`Forecast. ${text}${points ? ` Projected score ${range(points, (x) => formatNumber(x, 0))}.` : ''}`);
  }

  let timer: number | undefined;
  let alive = true;
  function request(draft: Decisions): void {
    if (horizon <= 0) return;
    status.textContent = 'Updating the forecast…';
    element.setAttribute('aria-busy', 'true');
    element.classList.add('updating');
    line.classList.add('updating');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      worker().forecast(game.market, run, draft, horizon, FORECAST_SEEDS).then((result) => {
        if (!alive || result === null) return;
        show(result.months, result.points);
        status.textContent = 'Forecast up to date.';
        element.setAttribute('aria-busy', 'false');
        element.classList.remove('updating');
        line.classList.remove('updating');
      }).catch((error: unknown) => {
        if (!alive) return;
        status.textContent = '';
        summary.textContent = `The forecast is not available: ${error instanceof Error ? error.message : String(error)}`;
        element.setAttribute('aria-busy', 'false');
        element.classList.remove('updating');
        line.classList.remove('updating');
      });
    }, DEBOUNCE_MS);
  }

  return {
    element,
    line,
    request,
    destroy() {
      alive = false;
      window.clearTimeout(timer);
    },
  };
}
