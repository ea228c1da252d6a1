// The results screen: the month in one sentence, its events with what they mean, what bound it
// (expected service levels beside those reached, stretched capacity), why (the robust effects of
// the spend so far), the way on (a question, the next month's plan or the debrief), taking the month
// back in practice, what customers say, and the full table and charts one click away (their
// disclosure is remembered with the game).
import { formatCount, formatMoney, formatNumber, formatSigned } from '../../engine';
import { h } from '../dom';
import type { SessionStore } from '../../state/session';
import type { Announcer } from './access/announcer';
import type { EngineWorker } from '../workers/engine-client';
import { causesView } from './causes-view';
import { resultsCharts } from './results-charts';
import { resultsTable } from './results-table';
import type { ScreenView } from './screen-view';
import { takeBackControl } from './take-back';
import { voicesView } from './voices-view';
import { bindingSentences, eventSentences } from './what-binds';

export function monthSentence(store: SessionStore): string {
  const game = store.getState().game!;
  const run = game.run;
  const report = run.reports[run.reports.length - 1]!;
  const previous = run.reports[run.reports.length - 2];
  const money = (x: number) => formatMoney(x, run.scenario.currency);
  const t = report.total;
  const nps = t.nps === null ? 'no one to ask for an NPS' : `NPS ${formatNumber(t.nps, 0)}${previous?.total.nps != null ? ` (${formatSigned(t.nps - previous.total.nps, (x) => formatNumber(x, 0))})` : ''}`;
  return `Month ${report.month}: ${formatCount(t.newCustomers)} new ${t.newCustomers === 1 ? 'customer' : 'customers'} and ${formatCount(t.churned)} lost, ${formatCount(t.active)} now; profit ${money(t.profit)}; cash ${money(t.cash)}; ${nps}.`;
}

export function resultsView(store: SessionStore, announcer: Announcer, worker: () => EngineWorker): ScreenView {
  let alive = true;
  const state = store.getState();
  const game = state.game!;
  const run = game.run;
  const scenario = run.scenario;
  const report = run.reports[run.reports.length - 1]!;
  const previous = run.reports[run.reports.length - 2];
  const months = game.market.months;
  const next = game.phase === 'question'
    ? 'Answer a question about this month'
    : game.phase === 'over' ? 'See your debrief' : `Plan month ${run.month + 1}`;
  const heading = h('h2', { tabindex: -1, id: 'results-heading' }, `Month ${report.month} of ${months}: results`);
  const events = eventSentences(scenario, report);
  const binds = bindingSentences(scenario, report);
  const summary = monthSentence(store);
  announcer.say(summary, 'results');

  const details = h('details', { class: 'results-details', open: state.session?.view.details === true },
    h('summary', {}, 'All the numbers: the table and charts'));
  let filled = false;
  const fill = () => {
    if (filled || !details.open) return;
    filled = true;
    details.append(resultsTable(scenario, report, previous), h('h3', {}, 'Your game so far'), resultsCharts(run));
  };
  details.addEventListener('toggle', () => {
    fill();
    store.getState().setDetails(details.open);
  });
  fill();

  const element = h('section', { class: 'play-screen results-screen', 'aria-labelledby': 'results-heading' },
    heading,
    h('p', { class: 'results-summary' }, summary),
    events.length > 0 ? h('div', { class: 'notice results-events' }, h('h3', {}, report.events.length === 1 ? 'This month\'s event' : 'This month\'s events'), h('ul', {}, ...events.map((e) => h('li', {}, e)))) : null,
    binds.length > 0 ? h('section', { class: 'results-binds', 'aria-labelledby': 'binds-title' }, h('h3', { id: 'binds-title' }, 'What binds'), h('ul', {}, ...binds.map((b) => h('li', { class: /short/.test(b) ? 'bind-short' : '' }, b)))) : null,
    causesView(worker, game, () => alive, (t) => announcer.say(t, 'causes')),
    h('div', { class: 'plan-actions' },
      h('button', { type: 'button', class: 'play-primary', 'data-shortcut': 'primary', onclick: () => store.getState().continueFromResults() }, next)),
    takeBackControl(store, (t) => announcer.say(t, 'control')),
    voicesView(run),
    details);
  return { element, heading, showsMarket: true, destroy: () => { alive = false; } };
}
