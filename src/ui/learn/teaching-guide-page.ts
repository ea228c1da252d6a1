// #/teach/guide: the teaching guide (docs/teaching-guide.md, its lesson ↔ scenario ↔ objective
// table generated from the course at build time). Plain DOM: no Phaser, no game code.
import './learn.css';
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import { lessonHtml } from './lesson-html';

const mountGuide: PageFactory = async (root) => {
  const { default: guide } = await import('virtual:rapport-teaching-guide');
  root.classList.add('learn-page');
  root.append(
    h('nav', { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/teach' }, 'Teach'), ' › ', h('span', { 'aria-current': 'page' }, 'Teaching guide')),
    h('h1', {}, 'Teaching guide'),
    h('div', { class: 'lesson-text teaching-guide' }, lessonHtml(guide.html)));
  return { title: 'Teaching guide' };
};

export default mountGuide;
