// Asks before a new game replaces the one in progress: the question appears under the start
// button with three answers (keep the old game aside, where it can be downloaded, and start; replace
// it and start; cancel), focus moves to the safe one and back to the start button on cancel.
import { h } from '../dom';
import { savedProgress, type SessionStore } from '../../state/session';

export interface StartGuard {
  readonly element: HTMLElement;
  /** Starts at once when no game is in progress; otherwise asks first. */
  request(): void;
}

export function startGuard(store: SessionStore, titleOf: (scenarioId: string) => string, start: () => void, returnFocus: () => HTMLElement): StartGuard {
  const question = h('p', { class: 'start-guard-question' });
  const keep = h('button', { type: 'button', class: 'play-primary' }, 'Keep it aside and start');
  const replace = h('button', { type: 'button', class: 'danger' }, 'Replace it and start');
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const element = h('div', { class: 'start-guard', role: 'group', hidden: true }, question, h('div', { class: 'plan-actions' }, keep, replace, cancel));
  const questionId = `start-guard-${Math.random().toString(36).slice(2, 8)}`;
  question.id = questionId;
  element.setAttribute('aria-labelledby', questionId);

  const closeAnd = (then: () => void) => {
    element.hidden = true;
    then();
  };
  keep.addEventListener('click', () => closeAnd(() => {
    store.getState().keepGameAside();
    start();
  }));
  replace.addEventListener('click', () => closeAnd(start));
  cancel.addEventListener('click', () => closeAnd(() => returnFocus().focus()));

  return {
    element,
    request() {
      const session = store.getState().session;
      if (!session) {
        start();
        return;
      }
      const progress = savedProgress(session);
      const where = progress.finished ? 'finished' : progress.played === 0 ? 'not yet started' : `after ${progress.played} of ${session.game.months} months`;
      question.textContent = `You have a game of "${titleOf(session.game.scenarioId)}" in progress (${where}). A new game replaces it: keep it aside first (you can download it), or replace it?`;
      element.hidden = false;
      keep.focus();
    },
  };
}
