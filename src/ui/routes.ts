// The app's routes. Each page module is imported lazily so every route only loads what it needs.
import type { RouteDef } from './shell/router';
import { yieldToMain } from './yield-to-main';

/** Waits for `first` (already loading), lets the browser breathe, then gives what `then` loads. */
async function afterFirst<T>(first: Promise<unknown>, then: () => Promise<T>): Promise<T> {
  const rest = then();
  await first;
  await yieldToMain();
  return rest;
}

export const routes: readonly RouteDef[] = [
  { pattern: '', load: () => import('./home/home-page') },
  { pattern: 'lessons', load: () => import('./learn/lessons-page') },
  { pattern: 'lessons/:id', load: () => import('./learn/lesson-page') },
  { pattern: 'glossary', load: () => import('./learn/glossary-page') },
  { pattern: 'glossary/:id', load: () => import('./learn/glossary-page') },
  { pattern: 'review', load: () => import('./learn/review-page') },
  { pattern: 'progress', load: () => import('./learn/progress-page') },
  { pattern: 'play', load: () => import('./play/play-select-page') },
  // The game's state and engine are evaluated in a task of their own before the play screens: no
  // single task then blocks a phone for long (both start downloading at once).
  { pattern: 'play/:scenarioId', load: () => afterFirst(import('../state/session'), () => import('./play/play-page')) },
  { pattern: 'try/:lessonId', load: () => import('./play/try-page') },
  { pattern: 'teach', load: () => import('./teach/builder-page') },
  { pattern: 'teach/verify', load: () => import('./teach/verify-page') },
  { pattern: 'teach/guide', load: () => import('./learn/teaching-guide-page') },
  { pattern: 'challenge', load: () => import('./teach/challenge-page') },
];

/** Links shown in the main navigation, in order. */
export const navLinks: readonly { href: string; label: string }[] = [
  { href: '#/', label: 'Home' },
  { href: '#/lessons', label: 'Lessons' },
  { href: '#/play', label: 'Play' },
  { href: '#/glossary', label: 'Glossary' },
  { href: '#/review', label: 'Review' },
  { href: '#/progress', label: 'Progress' },
  { href: '#/teach', label: 'Teach' },
];
