// Entry point: boots the DOM app shell. Phaser is loaded later, only by the play routes.
import './ui/styles.css';
import { startApp } from './ui/shell/app';
import { registerServiceWorker } from './pwa-register';

const main = document.getElementById('main');
const nav = document.getElementById('main-nav');
if (main && nav) startApp(main, nav);
registerServiceWorker();
