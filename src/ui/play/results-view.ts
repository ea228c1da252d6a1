// The results screen: this month's metrics per segment and in total (with changes), the events
// that hit, the charts of the game so far, and the way on (a question, the next month or the debrief).
import { h } from '../dom';
import type { SessionStore } from '../../state/session/store-types';
import { resultsCharts } from './results-charts';
import { resultsTable } from './results-table';
import type { ScreenView } from './screen-view';

export function resultsView(store: SessionStore): ScreenView {
  const state = store.getState();
  const session = state.session!;
  const run = state.run!;
  const report = state.reports[state.reports.length - 1]!;
  const previous = state.reports[state.reports.length - 2];
  const next = session.pendingPoints.length > 0
    ? 'Answer a question about this month'
    : session.decisions.length >= session.months ? 'See your debrief' : `Plan month ${session.decisions.length + 1}`;
  const heading = h('h2', { tabindex: -1, id: 'results-heading' }, `Month ${report.month} of ${session.months}: results`);
  const element = h('section', { class: 'play-screen results-screen', 'aria-labelledby': 'results-heading' },
    heading,
    report.events.length > 0
      ? h('div', { class: 'notice' }, h('p', {}, 'This month: ', report.events.map((e) => e.title).join('; '), '.'))
      : null,
    resultsTable(run.scenario, report, previous),
    h('div', { class: 'plan-actions' }, h('button', { type: 'button', class: 'play-primary', onclick: () => store.getState().continueFromResults() }, next)),
    h('h3', {}, 'Your game so far'),
    resultsCharts(run, state.reports));
  return { element, heading };
}
