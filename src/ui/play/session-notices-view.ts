// Shows the session store's notices (a saved game kept aside, a game set aside before a new one,
// storage full…) above the play screens, each with a dismiss button (and a download of a kept copy); updates as notices arrive.
import { announce, h } from '../dom';
import { downloadTextFile } from '../download-file';
import type { SessionNotice } from '../../state/session/session-notices';
import type { SessionStore } from '../../state/session/store-types';

/** Saves a game kept aside in localStorage as a file, so it can be kept or shown to someone. */
function downloadKept(key: string): void {
  let text: string | null = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    text = null;
  }
  if (text === null) {
    announce('The kept copy is no longer in this browser.');
    return;
  }
  downloadTextFile(`${key.replace(/[^a-z0-9.-]+/gi, '-')}.json`, text);
}

export function sessionNoticesView(store: SessionStore): { element: HTMLElement; destroy(): void } {
  const element = h('div', { class: 'play-notices' });
  let shown: readonly SessionNotice[] | undefined;
  const render = (notices: readonly SessionNotice[]) => {
    if (notices === shown) return;
    shown = notices;
    element.replaceChildren(...notices.map((notice) => h('div', notice.kind === 'kept-game' ? { class: 'notice', role: 'status' } : { class: 'notice error', role: 'alert' },
      h('p', {}, notice.message),
      h('div', { class: 'plan-actions' },
        notice.asideKey ? h('button', { type: 'button', class: 'secondary', onclick: () => downloadKept(notice.asideKey!) }, notice.kind === 'kept-game' ? 'Download the game kept aside' : 'Download the kept copy') : null,
        h('button', { type: 'button', class: 'secondary', onclick: () => store.getState().dismissNotice(notice.id) }, 'Dismiss this message')))));
  };
  render(store.getState().notices);
  const unsubscribe = store.subscribe((s) => render(s.notices));
  return { element, destroy: unsubscribe };
}
