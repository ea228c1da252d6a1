// Route #/play/:scenarioId: the game. Restores the saved game (replaying its moves), then shows
// the screen of its phase (briefing, plan, running, results, question, debrief) beside the market
// panel (key numbers, picture, the market in words) on one board; moves focus to each new screen's
// heading. One announcement queue speaks for the page; a toolbar offers keyboard help, sounds and
// voicing; Alt+Shift shortcuts reach the market, the budget, the forecast and the main button.
// Without a game of this scenario it offers to start one (asking before replacing another).
import { append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { loadScenarioById } from '../../content/scenario/catalog';
import { formatMoney } from '../../engine';
import { displayedReport, phaseOf, sessionStore, type SessionState } from '../../state/session';
import { EngineWorker } from '../workers/engine-client';
import { createAnnouncer } from './access/announcer';
import { keyboardHelp, shortcutOf } from './access/keyboard-help';
import { playToolbar } from './access/play-toolbar';
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
import { yieldToMain } from '../yield-to-main';
import './play.css';

/** Changes of this key mean a different screen. */
function screenKey(s: SessionState, scenarioId: string): string {
  const g = s.session;
  if (!g || g.game.scenarioId !== scenarioId) return `start/${s.gameStatus}`;
  if (!s.game || s.gameStatus !== 'ready') return `loading/${s.gameStatus}`;
  const phase = phaseOf(s);
  // A question keeps its screen while its feedback shows after the answer.
  const question = phase === 'question' ? (g.view.feedback ?? s.game.pending[0]) : '';
  return `${g.game.seed}/${phase}/${s.game.run.month}/${question}/${s.game.decisions.length}`;
}

const mountPlay: PageFactory = async (root, match) => {
  // The page's code has just been evaluated: the page itself is built in the next tasks.
  await yieldToMain();
  const scenarioId = match.params.scenarioId ?? '';
  const store = sessionStore();
  const notices = sessionNoticesView(store);
  const announcer = createAnnouncer();
  const help = keyboardHelp();
  const toolbar = playToolbar(help, root, (t) => announcer.say(t, 'toolbar'));
  const header = h('header', { class: 'play-header' });
  const host = h('div', { class: 'play-host' });
  const banner = tryBanner(store);
  const board = h('div', { class: 'play-board' }, host);
  append(root, notices.element, header, banner.element, board, help.dialog);

  let worker: EngineWorker | null = null;
  const getWorker = () => (worker ??= new EngineWorker());
  let panel: MarketPanel | null = null;
  let view: ScreenView | null = null;
  let key = '';
  let first = true;
  let title = 'Play';

  // Restoring, loading the scenario and building the screen each run in a task of their own.
  await store.getState().restoreGame();
  await yieldToMain();
  const shipped = await loadScenarioById(scenarioId).catch(() => null);
  await yieldToMain();
  if (!shipped) {
    root.replaceChildren(h('h1', {}, 'Scenario not found'), h('p', {}, `There is no scenario called "${scenarioId}". `, h('a', { href: '#/play' }, 'Choose a scenario.')));
    notices.destroy();
    toolbar.destroy();
    announcer.destroy();
    return { title: 'Scenario not found' };
  }
  title = shipped.file.title;
  const otherTitles = new Map<string, string>([[shipped.file.id, shipped.file.title]]);
  const titleOf = (id: string) => otherTitles.get(id) ?? id;

  let headerKey = '';
  const status = h('p', { class: 'play-status' });
  const renderHeader = (s: SessionState) => {
    const g = s.session?.game.scenarioId === scenarioId ? s.game : null;
    const phase = phaseOf(s);
    const shown = displayedReport(s);
    // The cash of the month the screen shows: a running month's only once it has played out.
    const cash = shown ? shown.total.cash : g?.market.scenario.startingCash;
    const month = g ? Math.min(g.run.month + (phase === 'plan' || phase === 'briefing' ? 1 : 0), g.market.months) : 0;
    status.textContent = g ? `${phase === 'debrief' ? 'Finished' : `Month ${month} of ${g.market.months}`} · Cash ${formatMoney(cash ?? 0, g.market.scenario.currency)}${g.market.challenge ? ' · Challenge attempt' : ' · Practice'}` : '';
    const nextKey = g ? `${g.market.seed}/${phase === 'debrief'}` : 'none';
    if (nextKey === headerKey) return;
    headerKey = nextKey;
    header.replaceChildren();
    append(header,
      h('p', { class: 'play-breadcrumb' }, h('a', { href: '#/play' }, 'All scenarios')),
      h('h1', {}, shipped.file.title),
      g ? status : null,
      g ? toolbar.element : null,
      g ? startOverControl(() => store.getState().startOver()) : null);
  };

  const build = (s: SessionState): ScreenView => {
    const g = s.session;
    if (!g || g.game.scenarioId !== scenarioId) {
      const heading = h('h2', { tabindex: -1, id: 'start-heading' }, 'Start a game');
      if (g && !otherTitles.has(g.game.scenarioId)) {
        void loadScenarioById(g.game.scenarioId).then((other) => { otherTitles.set(other.file.id, other.file.title); }).catch(() => undefined);
      }
      const other = g ? h('p', { class: 'notice' }, 'You have a game of another scenario in progress; starting this one asks first, and can keep that game aside. ',
        h('a', { href: `#/play/${encodeURIComponent(g.game.scenarioId)}` }, 'Go back to that game.')) : null;
      const element = h('section', { class: 'play-screen', 'aria-labelledby': 'start-heading' }, heading);
      append(element, other, scenarioCard(store, shipped, 'h3', titleOf));
      return { heading, element };
    }
    if (!s.game || s.gameStatus !== 'ready') {
      const heading = h('h2', { tabindex: -1 }, s.gameStatus === 'failed' ? 'Your game could not be opened' : 'Loading your game…');
      return { heading, element: h('section', { class: 'play-screen' }, heading, s.gameError ? h('p', {}, s.gameError) : null) };
    }
    switch (phaseOf(s)!) {
      case 'briefing': return briefingView(store);
      case 'plan': return planView(store, getWorker, announcer);
      case 'running': return runView(store);
      case 'results': return resultsView(store, announcer, getWorker);
      case 'question': return questionView(store, announcer);
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
      panel = marketPanel(store, announcer);
      board.prepend(panel.element);
    }
    if (panel) {
      if (view.showsMarket) panel.show();
      else panel.hide();
    }
    board.classList.toggle('with-market', panel !== null && view.showsMarket === true);
    if (!first) {
      view.heading.focus({ preventScroll: true });
      // A running month is watched in the picture; any other screen is read from its heading.
      const figure = root.querySelector('.market-figure');
      if (phaseOf(s) === 'running' && figure && panel) figure.scrollIntoView({ block: 'nearest' });
      else {
        const top = view.heading.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight * 0.5) view.heading.scrollIntoView({ block: 'start' });
      }
    }
    first = false;
  };

  const onKey = (event: KeyboardEvent) => {
    const target = shortcutOf(event);
    if (!target || help.dialog.open) return;
    event.preventDefault();
    if (target === 'help') help.open();
    else if (target === 'market') panel?.focusDescription();
    else {
      const selector = target === 'budget' ? '#budget-title' : target === 'forecast' ? '#forecast-title' : '[data-shortcut="primary"]:not([hidden])';
      const el = root.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      else announcer.say(target === 'primary' ? 'There is no main button on this screen.' : `There is no ${target} on this screen.`, 'toolbar');
    }
  };
  document.addEventListener('keydown', onKey);

  render();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.session !== prev.session || s.game !== prev.game || s.gameStatus !== prev.gameStatus || s.animatedMonth !== prev.animatedMonth) render();
  });

  return {
    title: `Play: ${title}`,
    unmount() {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      view?.destroy?.();
      panel?.destroy();
      worker?.terminate();
      notices.destroy();
      banner.destroy();
      toolbar.destroy();
      announcer.destroy();
      if (help.dialog.open) help.dialog.close();
    },
  };
};

export default mountPlay;
