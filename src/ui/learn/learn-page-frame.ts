// Shared setup of the learning pages: the stylesheet, the progress store, the notices at the top
// and a single place to collect clean-up work for when the page is left.
import './learn.css';
import { h } from '../dom';
import type { ProgressStore } from '../../state/progress/progress-store';
import { noticesView } from './notices-view';
import { progressStore } from './progress-instance';

export interface LearnPageContext {
  readonly store: ProgressStore;
  /** Registers work to run when the page is left (unsubscribe and so on). */
  onLeave(cleanup: () => void): void;
  leave(): void;
}

export function startLearnPage(root: HTMLElement): LearnPageContext {
  const store = progressStore();
  const cleanups: (() => void)[] = [];
  const notices = noticesView(store);
  cleanups.push(() => notices.destroy());
  root.append(notices.element);
  root.classList.add('learn-page');
  return {
    store,
    onLeave: (cleanup) => { cleanups.push(cleanup); },
    leave: () => { for (const cleanup of cleanups.splice(0)) cleanup(); },
  };
}

/** A paragraph shown when the course itself cannot be loaded (should never happen offline). */
export function courseUnavailable(): HTMLElement {
  return h('p', { class: 'notice error' }, 'The course could not be loaded. Reload the page to try again; your saved progress is safe.');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
