// Route #/play/:scenarioId: the game. Restores the saved game (replaying its decisions), then shows
// the screen of its phase (briefing, plan, running, results, question, debrief) with the market
// picture beside the screens that need it; moves focus to each new screen's heading. Without a game
// of this scenario it offers to start one.
import { append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { loadScenarioById } from '../../content/scenario/catalog';
import { formatMoney } from '../../engine';
import { sessionStore } from '../../state/session/session-instance';
import type { SessionState } from '../../state/session/store-types';
import { briefingView } from './briefing-view';
import { debriefView } from './debrief-view';
import { marketPanel, type MarketPanel } from './market-panel';
import { planView } from './plan-view';
import { PlayWorker } from './play-worker-client';
import { questionView } from './question-view';
import { resultsView } from './results-view';
import { runView } from './run-view';
import { scenarioCard } from './scenario-card';
import type { ScreenView } from './screen-view';
import { sessionNoticesView } from './session-notices-view';
import { startOverControl } from './start-over';
import './play.css';

/** Changes of this key mean a different screen. */
function screenKey(s: SessionState, scenarioId: string): string {
  const g = s.session;
  if (!g || g.scenarioId !== scenarioId) return `start/${s.runStatus}`;
  if (!s.run || s.runStatus !== 'ready') return `loading/${s.runStatus}`;
  return `${g.seed}/${g.phase}/${g.decisions.length}/${g.pendingPoints.length}`;
}

const mountPlay: PageFactory = async (root, match) => {
  const scenarioId = match.params.scenarioId ?? '';
  const store = sessionStore();
  const notices = sessionNoticesView(store);
  const header = h('header', { class: 'play-header' });
  const host = h('div', { class: 'play-host' });
  append(root, notices.element, header, host);

  let worker: PlayWorker | null = null;
  const getWorker = () => (worker ??= new PlayWorker());
  let panel: MarketPanel | null = null;
  let view: ScreenView | null = null;
  let key = '';
  let first = true;
  let title = 'Play';

  await store.getState().restoreRun();
  const shipped = await loadScenarioById(scenarioId).catch(() => null);
  if (!shipped) {
    root.replaceChildren(h('h1', {}, 'Scenario not found'), h('p', {}, `There is no scenario called "${scenarioId}". `, h('a', { href: '#/play' }, 'Choose a scenario.')));
    notices.destroy();
    return { title: 'Scenario not found' };
  }
  title = shipped.file.title;

  let headerKey = '';
  const renderHeader = (s: SessionState) => {
    const g = s.session?.scenarioId === scenarioId ? s.session : null;
    const last = s.reports[s.reports.length - 1];
    const cash = last ? last.total.cash : s.run?.scenario.startingCash;
    const nextKey = `${g ? `${g.seed}/${g.phase}/${g.decisions.length}` : 'none'}/${s.run ? 'run' : ''}/${cash ?? ''}`;
    if (nextKey === headerKey) return;
    headerKey = nextKey;
    header.replaceChildren();
    append(header,
      h('p', { class: 'play-breadcrumb' }, h('a', { href: '#/play' }, 'All scenarios')),
      h('h1', {}, shipped.file.title),
      g && s.run ? h('p', { class: 'play-status' },
        `${g.phase === 'debrief' ? 'Finished' : `Month ${Math.min(g.decisions.length + (g.phase === 'plan' || g.phase === 'briefing' ? 1 : 0), g.months)} of ${g.months}`} · Cash ${formatMoney(cash ?? 0, s.run.scenario.currency)}`) : null,
      g ? startOverControl(() => store.getState().startOver()) : null);
  };

  const build = (s: SessionState): ScreenView => {
    const g = s.session;
    if (!g || g.scenarioId !== scenarioId) {
      const heading = h('h2', { tabindex: -1, id: 'start-heading' }, 'Start a game');
      const other = g ? h('p', { class: 'notice' }, 'You have a game of another scenario in progress; starting this one replaces it. ',
        h('a', { href: `#/play/${encodeURIComponent(g.scenarioId)}` }, 'Go back to that game.')) : null;
      const element = h('section', { class: 'play-screen', 'aria-labelledby': 'start-heading' }, heading);
      append(element, other, scenarioCard(store, shipped, 'h3'));
      return { heading, element };
    }
    if (!s.run || s.runStatus !== 'ready') {
      const heading = h('h2', { tabindex: -1 }, s.runStatus === 'failed' ? 'Your game could not be opened' : 'Loading your game…');
      return { heading, element: h('section', { class: 'play-screen' }, heading, s.runError ? h('p', {}, s.runError) : null) };
    }
    switch (g.phase) {
      case 'briefing': return briefingView(store);
      case 'plan': return planView(store, getWorker);
      case 'running': return runView(store);
      case 'results': return resultsView(store);
      case 'question': return questionView(store);
      case 'debrief': return debriefView(store, getWorker);
    }
  };

  const render = () => {
    const s = store.getState();
    renderHeader(s);
    const next = screenKey(s, scenarioId);
    if (next === key) return;
    key = next;
    view?.destroy?.();
    view = build(s);
    host.replaceChildren(view.element);
    if (s.run && s.session?.scenarioId === scenarioId && !panel) {
      panel = marketPanel(store);
      root.append(panel.element);
    }
    if (panel) {
      if (view.showsMarket) panel.show();
      else panel.hide();
    }
    if (!first) {
      view.heading.focus();
      window.scrollTo(0, 0);
    }
    first = false;
  };

  render();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.session !== prev.session || s.run !== prev.run || s.runStatus !== prev.runStatus || s.reports !== prev.reports) render();
  });

  return {
    title: `Play: ${title}`,
    unmount() {
      unsubscribe();
      view?.destroy?.();
      panel?.destroy();
      worker?.terminate();
      notices.destroy();
    },
  };
};

export default mountPlay;
