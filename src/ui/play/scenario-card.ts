// A scenario's card on the scenario select page (and the play page when no game is in progress):
// title, summary, length, difficulty, what it teaches, and start or resume; starting asks first when
// it would replace a game in progress.
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { announce, h } from '../dom';
import { randomSeed, savedProgress } from '../../state/session';
import type { SessionStore } from '../../state/session/store-types';
import { startGuard } from './start-guard';

export const DIFFICULTY_ORDER = ['tutorial', 'easy', 'medium', 'hard'] as const;

const DIFFICULTY_LABEL: Readonly<Record<(typeof DIFFICULTY_ORDER)[number], string>> = {
  tutorial: 'Tutorial', easy: 'Easy', medium: 'Medium', hard: 'Hard',
};

/** Starts a new game of `id` with a fresh seed and opens it. */
export async function startNewGame(store: SessionStore, id: string, button?: HTMLButtonElement): Promise<void> {
  if (button) button.disabled = true;
  const result = await store.getState().startSession({ scenarioId: id, seed: randomSeed() });
  if (button) button.disabled = false;
  if (!result.ok) {
    announce(result.error);
    return;
  }
  const target = `#/play/${encodeURIComponent(id)}`;
  if (location.hash !== target) location.hash = target;
}

export function scenarioCard(store: SessionStore, { file }: LoadedScenario, headingLevel: 'h2' | 'h3' = 'h2', titleOf: (id: string) => string = (id) => id): HTMLElement {
  const session = store.getState().session;
  const mine = session?.game.scenarioId === file.id ? session : null;
  const headingId = `scenario-${file.id}-title`;
  const start = h('button', { type: 'button', class: mine ? 'secondary' : '', 'aria-describedby': headingId }, mine ? 'Start a new game' : 'Start this scenario');
  const guard = startGuard(store, titleOf, () => void startNewGame(store, file.id, start), () => start);
  start.addEventListener('click', () => guard.request());
  const saved = mine ? savedProgress(mine) : null;
  const progress = mine && saved ? (saved.finished ? 'finished: see the debrief' : `at month ${saved.played + 1} of ${mine.game.months}`) : '';
  return h('article', { class: 'card scenario-card', 'aria-labelledby': headingId },
    h(headingLevel, { id: headingId }, file.title),
    file.summary ? h('p', {}, file.summary) : null,
    h('ul', { class: 'scenario-facts' },
      h('li', {}, `${file.months} months`),
      h('li', {}, `Difficulty: ${DIFFICULTY_LABEL[file.difficulty]}`),
      h('li', {}, `${file.segments.length} customer ${file.segments.length === 1 ? 'segment' : 'segments'}`)),
    file.teaches.length > 0 ? h('p', { class: 'scenario-teaches-title' }, 'What it teaches:') : null,
    file.teaches.length > 0 ? h('ul', {}, ...file.teaches.map((t) => h('li', {}, t))) : null,
    h('div', { class: 'scenario-actions' },
      mine ? h('a', { href: `#/play/${encodeURIComponent(file.id)}`, class: 'button', 'aria-describedby': headingId }, `Resume your game (${progress})`) : null,
      start),
    guard.element);
}
