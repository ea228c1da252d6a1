// The market panel beside the play screens: the month's key numbers, the Phaser canvas (loaded on
// demand, only by the play route) with its legend, and the market in words (a structured,
// keyboard-navigable description in step with the picture). Built once per play page and shown or
// hidden by screen; if the picture cannot be loaded the words still tell everything, and a running
// month goes straight to its results.
import type Phaser from 'phaser';
import { h } from '../dom';
import { phaseOf, type SessionStore } from '../../state/session';
import type { Announcer } from './access/announcer';
import { keyNumbers } from './key-numbers';
import { marketDescription } from './market-description';
import { marketLegend } from './market-legend';

export interface MarketPanel {
  readonly element: HTMLElement;
  show(): void;
  hide(): void;
  /** Moves the keyboard focus to the segment in focus in the description. */
  focusDescription(): void;
  destroy(): void;
}

export function marketPanel(store: SessionStore, announcer: Announcer): MarketPanel {
  const canvasHost = h('div', { class: 'market-canvas' }, h('p', { class: 'market-loading' }, 'Loading the market picture…'));
  const numbers = keyNumbers(store);
  const description = marketDescription(store, announcer);
  const scenario = store.getState().game!.market.scenario;
  const element = h('section', { class: 'play-market', 'aria-labelledby': 'market-title' },
    h('h2', { id: 'market-title', class: 'market-title' }, 'Your market'),
    numbers.element,
    h('figure', { class: 'market-figure', 'aria-labelledby': 'market-caption' },
      canvasHost,
      h('figcaption', { id: 'market-caption' }, 'Each region is a customer segment, drawn on one scale; "The market in words" below describes it.')),
    h('details', { class: 'market-legend-box' }, h('summary', {}, 'What the picture shows'), marketLegend(scenario)),
    description.element);
  let game: Phaser.Game | null = null;
  let destroyed = false;
  let failed = false;

  /** Without a picture, a running month has nothing to wait for. */
  const finishWithoutPicture = () => {
    const s = store.getState();
    if (failed && phaseOf(s) === 'running' && s.game) s.markAnimated(s.game.run.month);
  };

  void import('../../game/create-game').then(({ createGame }) => {
    if (destroyed) return;
    canvasHost.replaceChildren();
    game = createGame(canvasHost, store);
  }).catch((error: unknown) => {
    console.warn('The market picture could not be loaded', error);
    failed = true;
    canvasHost.replaceChildren(h('p', { class: 'notice' }, 'The market picture could not be loaded in this browser. "The market in words" tells the same story.'));
    finishWithoutPicture();
  });
  const unsubscribe = store.subscribe(finishWithoutPicture);

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
    focusDescription: () => description.focus(),
    destroy() {
      destroyed = true;
      unsubscribe();
      numbers.destroy();
      description.destroy();
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
