// "Listen": a chart's values as a short tone sweep. The button shows only when the player has
// turned sounds on (the play page's `sounds-on` class), so nothing makes a sound by surprise.
import { h } from '../../dom';
import { playSweep } from '../access/sonify';

export function listenButton(title: string, values: () => readonly (number | null)[]): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary chart-listen' }, `Listen to ${title.charAt(0).toLowerCase()}${title.slice(1)}`);
  button.addEventListener('click', () => {
    const series = values();
    if (series.every((v) => v === null)) return;
    button.disabled = true;
    playSweep(series)
      .catch(() => { button.title = 'This browser cannot play sounds.'; })
      .finally(() => { button.disabled = false; });
  });
  return button;
}
