// "Start over" with an inline confirmation (no browser dialog): the first button reveals a clear
// question and two answers; focus moves to the safe one, and back when the player keeps playing.
import { h } from '../dom';

export function startOverControl(onConfirm: () => void): HTMLElement {
  const open = h('button', { type: 'button', class: 'secondary' }, 'Start over');
  const keep = h('button', { type: 'button', class: 'secondary' }, 'Keep playing');
  const confirm = h('button', { type: 'button', class: 'danger' }, 'Yes, delete this game');
  const box = h('div', { class: 'start-over-confirm', role: 'group', 'aria-labelledby': 'start-over-question', hidden: true },
    h('p', { id: 'start-over-question' }, 'Start over? This deletes the game in progress, with its months and answers.'),
    confirm, keep);
  open.addEventListener('click', () => {
    box.hidden = false;
    open.hidden = true;
    keep.focus();
  });
  keep.addEventListener('click', () => {
    box.hidden = true;
    open.hidden = false;
    open.focus();
  });
  confirm.addEventListener('click', () => onConfirm());
  return h('div', { class: 'start-over' }, open, box);
}
