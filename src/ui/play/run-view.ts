// The run screen: the month plays in the market picture (short by default; 1×, 2× or 4×, or
// skipped), and its results replace this screen as soon as it has played out, so running a month
// and reading it takes one action. Reduced motion means no animation at all.
import { h } from '../dom';
import { SPEEDS, type SessionStore, type Speed } from '../../state/session';
import type { ScreenView } from './screen-view';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function runView(store: SessionStore): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const month = game.run.month;
  const heading = h('h2', { tabindex: -1, id: 'run-heading' }, `Month ${month} of ${game.market.months} is playing`);
  const progress = h('p', { class: 'run-progress' },
    reducedMotion() ? 'Animation is off because your device asks for reduced motion.' : 'Watch the market picture: customers arrive, are served, change their minds and leave. The results follow by themselves.');
  const skip = h('button', { type: 'button', class: 'secondary', 'data-shortcut': 'primary', onclick: () => store.getState().skipAnimation() }, 'Skip to the results');

  const speedName = 'run-speed';
  const speeds = h('fieldset', { class: 'run-speed' },
    h('legend', {}, 'Animation speed'),
    ...SPEEDS.map((speed) => {
      const input = h('input', { type: 'radio', name: speedName, id: `${speedName}-${speed}`, value: speed, checked: state.speed === speed });
      input.addEventListener('change', () => { if (input.checked) store.getState().setSpeed(speed as Speed); });
      return h('span', { class: 'run-speed-option' }, input, h('label', { for: `${speedName}-${speed}` }, `${speed}×`));
    }));

  const element = h('section', { class: 'play-screen run-screen', 'aria-labelledby': 'run-heading' },
    heading,
    progress,
    h('div', { class: 'run-controls' }, speeds, skip));
  return { element, heading, showsMarket: true };
}
