// The one session store of the app, saved in this browser's localStorage (or kept in memory, with
// a notice, when the browser forbids storage), and `startSession` for the routes that start a game
// (scenario select, play again, an instructor's challenge link).
import { loadScenarioById } from '../../content/scenario/catalog';
import { createSessionStore } from './session-store';
import type { SessionNotice } from './session-notices';
import type { Outcome, SessionStore, StartOptions } from './store-types';
import { browserStorage, memoryStorage } from '../browser-storage';

let store: SessionStore | undefined;

export function sessionStore(): SessionStore {
  if (store) return store;
  const storage = browserStorage();
  const notices: SessionNotice[] = storage ? [] : [{
    id: 'storage-unavailable', kind: 'storage-unavailable',
    message: 'This browser does not let Rapport save anything, so this game will be lost if you close or reload the page.',
  }];
  store = createSessionStore({ storage: storage ?? memoryStorage(), loadScenario: loadScenarioById, initialNotices: notices });
  return store;
}

/**
 * Starts a new game (replacing any game in play) with a given scenario and seed, optionally a
 * shorter length, a challenge code, the player's name and a challenge's goals; then open
 * `#/play/<scenarioId>` to play it.
 */
export function startSession(options: StartOptions): Promise<Outcome> {
  return sessionStore().getState().startSession(options);
}

/** A fresh seed for a game nobody else needs to replay (not used by the engine itself). */
export function randomSeed(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 10);
}
