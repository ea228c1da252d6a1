// Entry point: boots the DOM app shell (and, inside an LMS, the SCORM hand-in). Phaser is loaded
// later, only by the play routes.
import './ui/styles.css';
import { startApp } from './ui/shell/app';
import { registerServiceWorker } from './pwa-register';
import { findLmsApi } from './ui/lms/scorm-runtime';

const main = document.getElementById('main');
const nav = document.getElementById('main-nav');
if (main && nav) startApp(main, nav);
// Inside an LMS (a SCORM package), the game is saved to it as it goes and handed in at the end.
if (findLmsApi()) {
  const launched = /^#\/challenge\?(.*)$/.exec(location.hash);
  const code = launched ? new URLSearchParams(launched[1]).get('c') : null;
  void import('./ui/lms/lms-sync').then((m) => m.startLmsSync(code));
}
registerServiceWorker();
