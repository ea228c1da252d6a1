// Route #/play: the scenario select page. One card per shipped scenario (tutorial first), each with
// its length, difficulty and what it teaches; a game in progress can be resumed.
import { append, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { loadAllScenarios } from '../../content/scenario/catalog';
import { sessionStore } from '../../state/session/session-instance';
import { DIFFICULTY_ORDER, scenarioCard } from './scenario-card';
import { sessionNoticesView } from './session-notices-view';
import './play.css';

const mountSelect: PageFactory = async (root) => {
  const store = sessionStore();
  const notices = sessionNoticesView(store);
  const scenarios = await loadAllScenarios();
  scenarios.sort((a, b) => DIFFICULTY_ORDER.indexOf(a.file.difficulty) - DIFFICULTY_ORDER.indexOf(b.file.difficulty) || a.file.title.localeCompare(b.file.title));
  const session = store.getState().session;
  const current = session ? scenarios.find((s) => s.file.id === session.game.scenarioId) : undefined;
  const titleOf = (id: string) => scenarios.find((s) => s.file.id === id)?.file.title ?? id;
  append(root,
    notices.element,
    h('h1', {}, 'Play a scenario'),
    h('p', { class: 'lead' }, 'Run a business for a few months: fund the seven relationship types for each customer segment, watch the market react, and find out what caused your results. A game takes 15 to 30 minutes and is saved in this browser after every month.'),
    current ? h('p', { class: 'notice' }, `You have a game of "${current.file.title}" in progress. Starting another game asks first, and can keep it aside.`) : null,
    h('div', { class: 'grid scenario-grid' }, ...scenarios.map((s) => scenarioCard(store, s, 'h2', titleOf))));
  return { title: 'Play a scenario', unmount: () => notices.destroy() };
};

export default mountSelect;
