// The one progress store of the app, saved in this browser's localStorage (or, when the browser
// forbids storage, kept in memory with a notice saying so).
import { createProgressStore, type ProgressStore } from '../../state/progress/progress-store';
import type { ProgressNotice } from '../../state/progress/progress-notices';
import { browserStorage, memoryStorage } from '../../state/browser-storage';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (store) return store;
  const storage = browserStorage();
  const notices: ProgressNotice[] = storage ? [] : [{
    id: 'storage-unavailable', kind: 'storage-unavailable', severity: 'error',
    message: 'This browser does not let Rapport save anything, so your progress will be lost when you close the page. Use "Export progress" on the Progress page to keep it.',
  }];
  store = createProgressStore({ storage: storage ?? memoryStorage(), initialNotices: notices });
  return store;
}
