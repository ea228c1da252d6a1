// The market panel: the Phaser canvas (loaded on demand, only by the play route), its legend and
// its text twin. Built once per play page and shown or hidden by phase; if the picture cannot be
// loaded the text still tells the whole story.
import type Phaser from 'phaser';
import { h } from '../dom';
import { monthStory, openingStory, type SessionStore } from '../../state/session';
import { marketLegend } from './market-legend';
import { narrateMonth, narrateOpening } from './month-narration';
import { typeNamesOf } from './play-format';

export interface MarketPanel {
  readonly element: HTMLElement;
  show(): void;
  hide(): void;
  destroy(): void;
}

export function marketPanel(store: SessionStore): MarketPanel {
  const canvasHost = h('div', { class: 'market-canvas' }, h('p', { class: 'market-loading' }, 'Loading the market picture…'));
  const twin = h('div', { class: 'market-twin', 'aria-live': 'polite' });
  const legendHost = h('details', { class: 'market-legend-box' }, h('summary', {}, 'What the picture shows'));
  const element = h('figure', { class: 'market-panel', 'aria-labelledby': 'market-caption' },
    h('figcaption', { id: 'market-caption' }, 'Your market: each region is a customer segment. The picture is described in words below it.'),
    canvasHost, legendHost, twin);
  let game: Phaser.Game | null = null;
  let destroyed = false;
  let legendFor = '';

  void import('../../game/create-game').then(({ createGame }) => {
    if (destroyed) return;
    canvasHost.replaceChildren();
    game = createGame(canvasHost, store);
  }).catch((error: unknown) => {
    console.warn('The market picture could not be loaded', error);
    canvasHost.replaceChildren(h('p', { class: 'notice' }, 'The market picture could not be loaded in this browser. The text below tells the same story.'));
  });

  const renderText = () => {
    const run = store.getState().game?.run;
    if (!run) return;
    const reports = run.reports;
    if (legendFor !== run.scenario.id) {
      legendFor = run.scenario.id;
      legendHost.replaceChildren(h('summary', {}, 'What the picture shows'), marketLegend(run.scenario));
    }
    const last = reports[reports.length - 1];
    const lines = last ? narrateMonth(monthStory(run.scenario, last), typeNamesOf(run.scenario)) : [narrateOpening(openingStory(run.scenario))];
    twin.replaceChildren(h('h3', {}, last ? `In words: month ${last.month}` : 'In words: your market today'), h('ul', {}, ...lines.map((l) => h('li', {}, l))));
  };
  renderText();
  const unsubscribe = store.subscribe((s, prev) => { if (s.game?.run !== prev.game?.run) renderText(); });

  return {
    element,
    show() {
      element.hidden = false;
      if (game) {
        game.scale.refresh();
        if (!game.loop.running) game.loop.wake(true);
      }
    },
    hide() {
      element.hidden = true;
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      if (game) {
        // Phaser destroys a game (and its scenes' store subscriptions) on its next frame; the
        // market's loop sleeps between months, so wake it or the game lives on unseen.
        if (!game.loop.running) game.loop.wake(true);
        game.destroy(true);
      }
      game = null;
    },
  };
}
