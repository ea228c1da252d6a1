// The play page's toolbar: keyboard help, sounds (charts heard as tone sweeps) and voicing (the
// announcements spoken aloud), the last two off until the player turns them on.
import { h } from '../../dom';
import type { KeyboardHelp } from './keyboard-help';
import { onPreferences, preferences, setPreference, type PlayPreferences } from './preferences';

export function playToolbar(help: KeyboardHelp, root: HTMLElement, say: (text: string) => void): { element: HTMLElement; destroy(): void } {
  const canSpeak = typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
  const sound = h('button', { type: 'button', class: 'secondary toggle' }, 'Sounds');
  const voicing = h('button', { type: 'button', class: 'secondary toggle', disabled: !canSpeak, title: canSpeak ? null : 'This browser cannot speak' }, 'Voicing');
  const show = (p: PlayPreferences) => {
    sound.setAttribute('aria-pressed', String(p.sound));
    voicing.setAttribute('aria-pressed', String(p.voicing && canSpeak));
    root.classList.toggle('sounds-on', p.sound);
  };
  sound.addEventListener('click', () => {
    const on = !preferences().sound;
    setPreference('sound', on);
    say(on ? 'Sounds on: each chart has a Listen button that plays it as a sweep of tones, higher for more.' : 'Sounds off.');
  });
  voicing.addEventListener('click', () => {
    const on = !preferences().voicing;
    setPreference('voicing', on);
    if (!on && canSpeak) speechSynthesis.cancel();
    say(on ? 'Voicing on: announcements are spoken aloud.' : 'Voicing off.');
  });
  show(preferences());
  const unsubscribe = onPreferences(show);
  return { element: h('div', { class: 'play-toolbar', role: 'group', 'aria-label': 'Play options' }, help.button, sound, voicing), destroy: unsubscribe };
}
