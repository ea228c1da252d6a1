// Shows the progress store's notices (damaged save kept aside, storage full, …) at the top of
// every learning page, each with a dismiss button; updates as new notices arrive.
import { h } from '../dom';
import type { ProgressStore } from '../../state/progress/progress-store';
import type { ProgressNotice } from '../../state/progress/progress-notices';

export interface MountedView {
  readonly element: HTMLElement;
  destroy(): void;
}

export function noticesView(store: ProgressStore): MountedView {
  const element = h('div', { class: 'progress-notices' });
  let shown: readonly ProgressNotice[] | undefined;
  const render = (notices: readonly ProgressNotice[]) => {
    if (notices === shown) return;
    shown = notices;
    element.replaceChildren(...notices.map((notice) =>
      h('div', { class: `notice ${notice.severity === 'error' ? 'error' : ''}`, role: 'alert' },
        h('p', {}, notice.message),
        notice.asideKey ? h('p', {}, h('a', { href: '#/progress' }, 'Go to the Progress page to download the kept copy.')) : null,
        h('button', { type: 'button', class: 'secondary', onclick: () => store.getState().dismissNotice(notice.id) }, 'Dismiss this message'),
      )));
  };
  render(store.getState().notices);
  const unsubscribe = store.subscribe((state) => render(state.notices));
  return { element, destroy: unsubscribe };
}
