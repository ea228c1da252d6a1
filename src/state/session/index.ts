// The session store's public face for the pages and the game.
export { sessionStore, startSession, randomSeed } from './session-instance';
export { createSessionStore, SESSION_STORAGE_KEY, type SessionStoreOptions } from './session-store';
export type { SessionState, SessionStore, StartOptions, Outcome, Speed, RunStatus } from './store-types';
export { SPEEDS } from './store-types';
export { PHASES, type Phase, type SessionData, type SessionAnswer } from './session-schema';
export type { SessionNotice } from './session-notices';
export * from './session-selectors';
export { monthStory, openingStory, type MonthStory, type SegmentStory } from './month-story';
