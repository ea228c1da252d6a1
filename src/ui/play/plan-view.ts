// The plan screen: the month's budget split between segments and types (budget panel), a bar that
// stays in view with what is planned against the budget and the cash, where the plan leads by the
// end of the game and the button that runs the month (with the reason when it cannot run), presets,
// a paid survey of a segment, in practice taking back the last month and comparing two plans with
// the same luck, and the full forecast with the goals.
import { formatMoney, formatPercent, type Decisions } from '../../engine';
import { h } from '../dom';
import type { SessionStore } from '../../state/session';
import type { EngineWorker } from '../workers/engine-client';
import type { Announcer } from './access/announcer';
import { centsText } from './budget/amounts';
import { budgetPanel } from './budget/budget-panel';
import { moneyStatus, researchCentsOf } from './budget/money-status';
import { branchCompare } from './branch-compare';
import { forecastView } from './forecast-view';
import { surveyPanel } from './survey-panel';
import type { ScreenView } from './screen-view';
import { takeBackControl } from './take-back';

export function planView(store: SessionStore, worker: () => EngineWorker, announcer: Announcer): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const loaded = state.loaded!;
  const run = game.run;
  const scenario = game.market.scenario;
  const money = (cents: number) => centsText(cents, scenario.currency);
  const month = run.month + 1;
  const last = run.reports[run.reports.length - 1];
  const customers: Record<string, number> = {};
  for (const s of scenario.segments) customers[s.id] = last?.segments[s.id]?.active ?? s.initialCustomers;

  const totalLine = h('p', { class: 'plan-total', id: 'plan-total' });
  const meter = h('meter', { class: 'plan-meter', min: 0, 'aria-labelledby': 'plan-total' });
  const cashNotes = h('div', { class: 'plan-cash', role: 'status' });
  const reason = h('p', { class: 'plan-reason', id: 'run-reason' });
  const playButton = h('button', { type: 'button', class: 'play-primary', 'aria-describedby': 'run-reason', 'data-shortcut': 'primary' }, `Run month ${month}`);
  const forecast = forecastView(worker, game, (text) => announcer.say(text, 'forecast'));

  const refresh = (draft: Decisions) => {
    const m = moneyStatus(run, draft, researchCentsOf(store.getState().game ?? game));
    const used = m.plannedCents + m.researchCents;
    const share = m.budgetCents > 0 ? used / m.budgetCents : 0;
    totalLine.textContent = `Planned this month: ${money(m.plannedCents)}${m.researchCents > 0 ? ` and ${money(m.researchCents)} of surveys` : ''} of your ${money(m.budgetCents)} budget (${formatPercent(share)}). Cash now: ${formatMoney(run.cashCents / 100, scenario.currency)}; ${formatMoney(Math.max(0, m.payableCents) / 100, scenario.currency)} can be paid.`;
    meter.max = Math.max(1, m.budgetCents) / 100;
    meter.value = Math.min(used, Math.max(1, m.budgetCents)) / 100;
    meter.high = Math.max(0, m.limitCents) / 100 * 0.999;
    meter.optimum = 0;
    cashNotes.replaceChildren(...m.cashNotes.map((n) => h('p', { class: 'notice' }, n)));
    reason.textContent = m.problem ? `Run is off: ${m.problem}` : m.plannedCents === 0 ? 'Nothing is planned: the month would run with no relationship spend.' : '';
    reason.classList.toggle('plan-reason-blocking', m.problem !== null);
    if (m.problem) playButton.setAttribute('aria-disabled', 'true');
    else playButton.removeAttribute('aria-disabled');
    return m;
  };

  const onChange = (draft: Decisions, said: string) => {
    store.getState().setDraft(draft);
    const m = refresh(draft);
    if (said) announcer.say(`${said} Planned ${money(m.plannedCents)} of ${money(m.budgetCents)}.${m.problem ? ` ${m.problem}` : ''}`, 'control');
    forecast.request(draft);
  };
  const panel = budgetPanel({
    scenario, customers, initial: game.draft, budgetCents: refresh(game.draft).budgetCents,
    selected: state.session?.view.segment ?? null,
    onChange,
    onSelect: (id) => store.getState().selectSegment(id),
  });
  const survey = surveyPanel(store, (t) => announcer.say(t, 'control'), () => refresh(store.getState().game!.draft));
  const unsubscribe = store.subscribe((s, prev) => {
    const id = s.session?.view.segment;
    if (id && id !== prev.session?.view.segment) {
      panel.selectSegment(id);
      survey.selectSegment(id);
    }
  });

  const previous = game.decisions[game.decisions.length - 1];
  const suggested = loaded.file.suggestedSpend;
  const presets = h('div', { class: 'plan-presets', role: 'group', 'aria-label': 'Presets' },
    previous ? h('button', { type: 'button', class: 'secondary', onclick: () => { panel.setDecisions(previous); announcer.say('Last month\'s plan is back in the budget.', 'control'); } }, 'Last month\'s plan') : null,
    suggested ? h('button', { type: 'button', class: 'secondary', onclick: () => { panel.setDecisions({ spend: suggested } as Decisions); announcer.say('The suggested spend is filled in.', 'control'); } }, 'The suggested spend') : null,
    h('button', { type: 'button', class: 'secondary', onclick: () => { panel.setDecisions({ spend: {} }); announcer.say('Every amount is zero.', 'control'); } }, 'Clear all'));

  const error = h('p', { class: 'plan-error', role: 'alert' });
  playButton.addEventListener('click', () => {
    if (playButton.getAttribute('aria-disabled') === 'true') {
      announcer.say(reason.textContent ?? '', 'control');
      return;
    }
    const result = store.getState().playMonth();
    if (!result.ok) error.textContent = result.error;
  });
  forecast.request(game.draft);

  const heading = h('h2', { tabindex: -1, id: 'plan-heading' }, `Month ${month} of ${game.market.months}: plan your spend`);
  const element = h('section', { class: 'play-screen plan-screen', 'aria-labelledby': 'plan-heading' },
    heading,
    h('div', { class: 'plan-bar' },
      h('div', { class: 'plan-bar-text' }, totalLine, meter, forecast.line),
      h('div', { class: 'plan-bar-run' }, playButton, reason)),
    error,
    cashNotes,
    takeBackControl(store, (t) => announcer.say(t, 'control')),
    panel.element,
    presets,
    survey.element,
    branchCompare(store, worker, (t) => announcer.say(t, 'control'), (d) => panel.setDecisions(d)),
    forecast.element);
  return { element, heading, showsMarket: true, destroy: () => { forecast.destroy(); survey.destroy(); unsubscribe(); } };
}
