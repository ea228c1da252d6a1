// "Take back month N" (practice only): the game returns to just before that month, its plan back
// in the budget (and kept to compare with); absent in a challenge attempt.
import { h } from '../dom';
import { canTakeBack, type SessionStore } from '../../state/session';

export function takeBackControl(store: SessionStore, say: (text: string) => void): HTMLElement | null {
  const state = store.getState();
  if (!canTakeBack(state)) return null;
  const month = state.game!.run.month;
  const error = h('p', { class: 'plan-error', role: 'alert' });
  const button = h('button', { type: 'button', class: 'secondary take-back' }, `Take back month ${month}`);
  button.addEventListener('click', () => {
    const result = store.getState().takeBack();
    if (!result.ok) error.textContent = result.error;
    else say(`Month ${month} taken back. Its plan is in the budget again; play it differently, or the same way for the same result.`);
  });
  return h('div', { class: 'take-back-box' },
    button,
    h('span', { class: 'take-back-note' }, 'Practice: try another plan for that month, with the same luck.'),
    error);
}
