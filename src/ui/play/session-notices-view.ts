// Shows the session store's notices (a saved game kept aside, storage full…) above the play
// screens, each with a dismiss button; updates as new notices arrive.
import { h } from '../dom';
import type { SessionNotice } from '../../state/session/session-notices';
import type { SessionStore } from '../../state/session/store-types';

export function sessionNoticesView(store: SessionStore): { element: HTMLElement; destroy(): void } {
  const element = h('div', { class: 'play-notices' });
  let shown: readonly SessionNotice[] | undefined;
  const render = (notices: readonly SessionNotice[]) => {
    if (notices === shown) return;
    shown = notices;
    element.replaceChildren(...notices.map((notice) => h('div', { class: 'notice error', role: 'alert' },
      h('p', {}, notice.message),
      h('button', { type: 'button', class: 'secondary', onclick: () => store.getState().dismissNotice(notice.id) }, 'Dismiss this message'))));
  };
  render(store.getState().notices);
  const unsubscribe = store.subscribe((s) => render(s.notices));
  return { element, destroy: unsubscribe };
}
