// The run screen: the month plays in the market picture (its text twin, a live region, tells the
// same story in words); speed (1×, 2×, 4×) and skip controls; reduced motion means no animation.
import { h } from '../dom';
import { SPEEDS, type SessionStore, type Speed } from '../../state/session';
import type { ScreenView } from './screen-view';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function runView(store: SessionStore): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const month = game.run.month;
  const heading = h('h2', { tabindex: -1, id: 'run-heading' }, `Month ${month} of ${game.market.months} is playing`);
  const progress = h('p', { class: 'run-progress' });
  const skip = h('button', { type: 'button', class: 'secondary', onclick: () => store.getState().skipAnimation() }, 'Skip the animation');
  const results = h('button', { type: 'button', class: 'play-primary', onclick: () => store.getState().showResults() }, `See the results of month ${month}`);

  const speedName = 'run-speed';
  const speeds = h('fieldset', { class: 'run-speed' },
    h('legend', {}, 'Animation speed'),
    ...SPEEDS.map((speed) => {
      const input = h('input', { type: 'radio', name: speedName, id: `${speedName}-${speed}`, value: speed, checked: state.speed === speed });
      input.addEventListener('change', () => { if (input.checked) store.getState().setSpeed(speed as Speed); });
      return h('span', { class: 'run-speed-option' }, input, h('label', { for: `${speedName}-${speed}` }, `${speed}×`));
    }));

  const showProgress = () => {
    const done = store.getState().animatedMonth >= month;
    progress.textContent = done
      ? `Month ${month} has played out.`
      : reducedMotion() ? 'Animation is off because your device asks for reduced motion.' : 'The month is playing in the picture below; the same story is told in words under it.';
    skip.disabled = done;
  };
  showProgress();
  const unsubscribe = store.subscribe((s, prev) => { if (s.animatedMonth !== prev.animatedMonth) showProgress(); });

  const element = h('section', { class: 'play-screen run-screen', 'aria-labelledby': 'run-heading' },
    heading,
    progress,
    h('div', { class: 'run-controls' }, speeds, skip, results));
  return { element, heading, showsMarket: true, destroy: unsubscribe };
}
