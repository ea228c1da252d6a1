// How scenes reach the session store: the game keeps it in its registry, and scenes subscribe to
// slices of it through a helper that unsubscribes when the scene shuts down (no leaked listeners).
import Phaser from 'phaser';
import type { SessionState, SessionStore } from '../state/session/store-types';

const STORE_KEY = 'rapport.sessionStore';

export function attachStore(game: Phaser.Game, store: SessionStore): void {
  game.registry.set(STORE_KEY, store);
}

export function storeOf(scene: Phaser.Scene): SessionStore {
  const store = scene.registry.get(STORE_KEY) as SessionStore | undefined;
  if (!store) throw new Error('The market view was started without a session store.');
  return store;
}

/**
 * Calls `listener` whenever `select(state)` changes (by Object.is), until the scene shuts down or
 * is destroyed. Returns the unsubscribe function too, for scenes that stop listening earlier.
 */
export function subscribeScene<T>(
  scene: Phaser.Scene,
  store: SessionStore,
  select: (state: SessionState) => T,
  listener: (value: T, previous: T) => void,
): () => void {
  const unsubscribe = store.subscribe((state, prev) => {
    const value = select(state);
    const before = select(prev);
    if (!Object.is(value, before)) listener(value, before);
  });
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    unsubscribe();
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  scene.events.once(Phaser.Scenes.Events.DESTROY, stop);
  return stop;
}
