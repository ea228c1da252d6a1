// The session store's public face for the pages and the game.
export { sessionStore, startSession, randomSeed } from './session-instance';
export { createSessionStore, SESSION_STORAGE_KEY, type SessionStoreOptions } from './session-store';
export type { SessionState, SessionStore, StartOptions, Outcome, Speed, GameStatus, Phase } from './store-types';
export { PHASES, SPEEDS } from './store-types';
export type { SessionData, GameRef } from './session-schema';
export type { SessionNotice } from './session-notices';
export * from './session-selectors';
export { monthStory, openingStory, type MonthStory, type SegmentStory } from './month-story';
