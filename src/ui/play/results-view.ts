// The results screen: this month's metrics per segment and in total (with changes), the events
// that hit, the charts of the game so far, and the way on (a question, the next month or the debrief).
import { h } from '../dom';
import type { SessionStore } from '../../state/session';
import { resultsCharts } from './results-charts';
import { resultsTable } from './results-table';
import type { ScreenView } from './screen-view';

export function resultsView(store: SessionStore): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const run = game.run;
  const report = run.reports[run.reports.length - 1]!;
  const previous = run.reports[run.reports.length - 2];
  const months = game.market.months;
  const next = game.phase === 'question'
    ? 'Answer a question about this month'
    : game.phase === 'over' ? 'See your debrief' : `Plan month ${run.month + 1}`;
  const heading = h('h2', { tabindex: -1, id: 'results-heading' }, `Month ${report.month} of ${months}: results`);
  const element = h('section', { class: 'play-screen results-screen', 'aria-labelledby': 'results-heading' },
    heading,
    report.events.length > 0
      ? h('div', { class: 'notice' }, h('p', {}, 'This month: ', report.events.map((e) => e.title).join('; '), '.'))
      : null,
    resultsTable(run.scenario, report, previous),
    h('div', { class: 'plan-actions' }, h('button', { type: 'button', class: 'play-primary', onclick: () => store.getState().continueFromResults() }, next)),
    h('h3', {}, 'Your game so far'),
    resultsCharts(run));
  return { element, heading };
}
