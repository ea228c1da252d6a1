// Route #/play/:scenarioId: the game. Restores the saved game (replaying its decisions), then shows
// the screen of its phase (briefing, plan, running, results, question, debrief) with the market
// picture beside the screens that need it; moves focus to each new screen's heading. Without a game
// of this scenario it offers to start one.
import { append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { loadScenarioById } from '../../content/scenario/catalog';
import { formatMoney } from '../../engine';
import { phaseOf, sessionStore, type SessionState } from '../../state/session';
import { EngineWorker } from '../workers/engine-client';
import { briefingView } from './briefing-view';
import { debriefView } from './debrief-view';
import { marketPanel, type MarketPanel } from './market-panel';
import { planView } from './plan-view';
import { questionView } from './question-view';
import { resultsView } from './results-view';
import { runView } from './run-view';
import { scenarioCard } from './scenario-card';
import type { ScreenView } from './screen-view';
import { sessionNoticesView } from './session-notices-view';
import { startOverControl } from './start-over';
import { tryBanner } from './try-banner';
import './play.css';

/** Changes of this key mean a different screen. */
function screenKey(s: SessionState, scenarioId: string): string {
  const g = s.session;
  if (!g || g.game.scenarioId !== scenarioId) return `start/${s.gameStatus}`;
  if (!s.game || s.gameStatus !== 'ready') return `loading/${s.gameStatus}`;
  const phase = phaseOf(s);
  // A question keeps its screen while its feedback shows after the answer.
  const question = phase === 'question' ? (g.view.feedback ?? s.game.pending[0]) : '';
  return `${g.game.seed}/${phase}/${s.game.run.month}/${question}`;
}

const mountPlay: PageFactory = async (root, match) => {
  const scenarioId = match.params.scenarioId ?? '';
  const store = sessionStore();
  const notices = sessionNoticesView(store);
  const header = h('header', { class: 'play-header' });
  const host = h('div', { class: 'play-host' });
  const banner = tryBanner(store);
  append(root, notices.element, header, banner.element, host);

  let worker: EngineWorker | null = null;
  const getWorker = () => (worker ??= new EngineWorker());
  let panel: MarketPanel | null = null;
  let view: ScreenView | null = null;
  let key = '';
  let first = true;
  let title = 'Play';

  await store.getState().restoreGame();
  const shipped = await loadScenarioById(scenarioId).catch(() => null);
  if (!shipped) {
    root.replaceChildren(h('h1', {}, 'Scenario not found'), h('p', {}, `There is no scenario called "${scenarioId}". `, h('a', { href: '#/play' }, 'Choose a scenario.')));
    notices.destroy();
    return { title: 'Scenario not found' };
  }
  title = shipped.file.title;

  let headerKey = '';
  const renderHeader = (s: SessionState) => {
    const g = s.session?.game.scenarioId === scenarioId ? s.game : null;
    const phase = phaseOf(s);
    const last = g?.run.reports[g.run.reports.length - 1];
    const cash = last ? last.total.cash : g?.market.scenario.startingCash;
    const nextKey = `${g ? `${g.market.seed}/${phase}/${g.run.month}` : 'none'}/${cash ?? ''}`;
    if (nextKey === headerKey) return;
    headerKey = nextKey;
    header.replaceChildren();
    append(header,
      h('p', { class: 'play-breadcrumb' }, h('a', { href: '#/play' }, 'All scenarios')),
      h('h1', {}, shipped.file.title),
      g ? h('p', { class: 'play-status' },
        `${phase === 'debrief' ? 'Finished' : `Month ${Math.min(g.run.month + (phase === 'plan' || phase === 'briefing' ? 1 : 0), g.market.months)} of ${g.market.months}`} · Cash ${formatMoney(cash ?? 0, g.market.scenario.currency)}`) : null,
      g ? startOverControl(() => store.getState().startOver()) : null);
  };

  const build = (s: SessionState): ScreenView => {
    const g = s.session;
    if (!g || g.game.scenarioId !== scenarioId) {
      const heading = h('h2', { tabindex: -1, id: 'start-heading' }, 'Start a game');
      const other = g ? h('p', { class: 'notice' }, 'You have a game of another scenario in progress; starting this one replaces it. ',
        h('a', { href: `#/play/${encodeURIComponent(g.game.scenarioId)}` }, 'Go back to that game.')) : null;
      const element = h('section', { class: 'play-screen', 'aria-labelledby': 'start-heading' }, heading);
      append(element, other, scenarioCard(store, shipped, 'h3'));
      return { heading, element };
    }
    if (!s.game || s.gameStatus !== 'ready') {
      const heading = h('h2', { tabindex: -1 }, s.gameStatus === 'failed' ? 'Your game could not be opened' : 'Loading your game…');
      return { heading, element: h('section', { class: 'play-screen' }, heading, s.gameError ? h('p', {}, s.gameError) : null) };
    }
    switch (phaseOf(s)!) {
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
    if (s.game && s.session?.game.scenarioId === scenarioId && !panel) {
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
    if (s.session !== prev.session || s.game !== prev.game || s.gameStatus !== prev.gameStatus) render();
  });

  return {
    title: `Play: ${title}`,
    unmount() {
      unsubscribe();
      view?.destroy?.();
      panel?.destroy();
      worker?.terminate();
      notices.destroy();
      banner.destroy();
    },
  };
};

export default mountPlay;
