// Route #/try/:lessonId: opens a lesson's "Try it" block in the game. The game starts on the
// block's scenario with a seed of its own (every learner meets the same market, so the lesson's
// "what to look for" holds), plays the prepared months with the prepared spend, and hands over at
// the month the learner is to change. A game already in progress for another scenario is asked about
// first: starting replaces it.
import { h } from '../dom';
import type { PageFactory } from '../shell/router';
import { loadLesson } from '../learn/course-source';
import { savedProgress, sessionStore, trySeed } from '../../state/session';
import type { TryItBlock } from '../../content/learn/course-types';

function prepareOf(tryIt: TryItBlock): { months: number; spend: Record<string, Record<string, number>> } | undefined {
  if (!tryIt.prepare) return undefined;
  const spend: Record<string, Record<string, number>> = {};
  for (const line of tryIt.prepare.spend) (spend[line.segment] ??= {})[line.type] = line.amount;
  return { months: tryIt.prepare.months, spend };
}

const mountTry: PageFactory = async (root, match) => {
  const lessonId = match.params.lessonId ?? '';
  const bundle = await loadLesson(lessonId).catch(() => null);
  const tryIt = bundle?.lesson.tryIt;
  if (!bundle || !tryIt) {
    root.replaceChildren(
      h('h1', {}, 'Nothing to try here'),
      h('p', {}, bundle ? `The lesson “${bundle.lesson.title}” has no “Try it” block. ` : `There is no lesson called “${lessonId}”. `, h('a', { href: '#/lessons' }, 'Back to the lessons.')));
    return { title: 'Nothing to try here' };
  }
  const heading = h('h1', { tabindex: -1 }, `Try it: ${bundle.lesson.title}`);
  const status = h('p', { role: 'status' }, `Opening “${tryIt.scenarioTitle}”…`);
  const actions = h('div', { class: 'plan-actions' });
  root.replaceChildren(heading, status, actions);

  const start = async () => {
    status.textContent = `Opening “${tryIt.scenarioTitle}”…`;
    actions.replaceChildren();
    const prepare = prepareOf(tryIt);
    const result = await sessionStore().getState().startSession({
      scenarioId: tryIt.scenario, seed: trySeed(lessonId), lesson: lessonId, ...(prepare ? { prepare } : {}),
    });
    if (!result.ok) {
      status.textContent = `The game could not be opened: ${result.error}`;
      actions.replaceChildren(h('a', { href: `#/lessons/${encodeURIComponent(lessonId)}`, class: 'button secondary' }, 'Back to the lesson'));
      return;
    }
    location.hash = `#/play/${encodeURIComponent(tryIt.scenario)}`;
  };

  const current = sessionStore().getState().session;
  const progress = current ? savedProgress(current) : null;
  if (current && progress && progress.played > 0 && !progress.finished && current.game.lesson !== lessonId) {
    status.textContent = `You have a game of “${current.game.scenarioId}” in progress (${progress.played} month${progress.played === 1 ? '' : 's'} played). Trying this lesson's change starts a new game in its place.`;
    const go = h('button', { type: 'button', class: 'play-primary' }, 'Start the lesson’s game');
    go.addEventListener('click', () => { void start(); });
    actions.replaceChildren(go, h('a', { href: '#/play', class: 'button secondary' }, 'Keep my game'));
    heading.focus();
    return { title: `Try it: ${bundle.lesson.title}` };
  }
  await start();
  return { title: `Try it: ${bundle.lesson.title}` };
};

export default mountTry;
