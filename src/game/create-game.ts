// Builds the Phaser game of the market view inside `parent`, bound to the session store (the
// official template's factory style: the app shell mounts it, tests can too). WebGL where
// available (Phaser.AUTO); Phaser never listens to the keyboard, so the DOM keeps every key.
import Phaser from 'phaser';
import type { SessionStore } from '../state/session/store-types';
import { GAME_HEIGHT, GAME_WIDTH } from './market-layout';
import { VIEW_COLOURS } from './palette';
import { Boot } from './scenes/Boot';
import { Market } from './scenes/Market';
import { Preloader } from './scenes/Preloader';
import { attachStore } from './store-link';

export function createGame(parent: HTMLElement, store: SessionStore): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
    backgroundColor: VIEW_COLOURS.background,
    roundPixels: true,
    antialias: true,
    banner: false,
    audio: { noAudio: true },
    // The month animation lasts its set time however slowly frames come (a phone, a busy machine):
    // game time follows the real clock from the first frame (no slowed "cool-down" start).
    fps: { panicMax: 0 },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    scene: [Boot, Preloader, Market],
  });
  attachStore(game, store);
  // The canvas is a picture of what the text twin beside it says: hidden from screen readers.
  const hide = () => game.canvas?.setAttribute('aria-hidden', 'true');
  if (game.canvas) hide();
  game.events.once(Phaser.Core.Events.READY, hide);
  return game;
}
