// The debrief: goals met and the score, what the player's decisions caused, how they compare with
// reference strategies over many markets, the answers given, the key lessons, the result file to
// hand in, and playing again.
import { formatNumber, monthHash, type GoalMetric } from '../../engine';
import { append, announce, h } from '../dom';
import { goalsOf, scoreOf } from '../../state/session/session-selectors';
import type { SessionStore } from '../../state/session/store-types';
import { randomSeed } from '../../state/session/session-instance';
import { comparisonSection, findingsSection } from './debrief-analysis';
import { gameRef } from './game-ref';
import { lessonLink } from './lesson-links';
import { formatValue, type ValueKind } from './play-format';
import type { PlayWorker } from './play-worker-client';
import { downloadResultFile } from './result-download';
import { reportGameToLms } from '../lms/lms-report';
import type { ScreenView } from './screen-view';

const GOAL_KIND: Readonly<Record<GoalMetric, ValueKind>> = {
  cumulativeProfit: 'money', finalCash: 'money', finalActive: 'count', finalNps: 'score',
  averageNps: 'score', finalClvToCac: 'ratio', averageRetention: 'rate', totalReferrals: 'count',
};

export function debriefView(store: SessionStore, worker: () => PlayWorker): ScreenView {
  const state = store.getState();
  const session = state.session!;
  const loaded = state.loaded!;
  const scenario = state.run!.scenario;
  const goals = goalsOf(state);
  const score = scoreOf(state);
  let alive = true;
  const isAlive = () => alive;
  const last = state.reports[state.reports.length - 1]!;
  const heading = h('h2', { tabindex: -1, id: 'debrief-heading' }, 'Debrief');

  const goalsTable = h('div', { class: 'table-scroll' }, h('table', {},
    h('caption', {}, 'Your goals'),
    h('thead', {}, h('tr', {}, ...['Goal', 'Your result', 'Target', 'Met?'].map((c, i) => h('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : '' }, c)))),
    h('tbody', {}, ...score.goals.map((g, i) => {
      const kind = GOAL_KIND[goals[i]!.metric];
      return h('tr', {},
        h('th', { scope: 'row' }, g.label),
        h('td', { class: 'num' }, formatValue(g.value, kind, scenario.currency)),
        h('td', { class: 'num' }, formatValue(g.target, kind, scenario.currency)),
        h('td', { class: g.met ? 'goal-met' : 'goal-missed' }, g.met ? '✓ Met' : '✗ Not met'));
    }))));

  const points = loaded.file.decisionPoints;
  const answers = session.answers.map((a) => {
    const point = points.find((p) => p.id === a.point);
    const option = point?.options.find((o) => o.id === a.option);
    return h('li', {}, `Month ${a.month}: ${point?.prompt ?? a.point} You answered "${option?.text ?? a.option}" (${a.correct ? 'a good answer' : 'not the best answer'}).`);
  });
  const lessonIds = [...new Set(points.map((p) => p.lesson).filter((id): id is string => id !== undefined))];

  const downloadStatus = h('p', { role: 'status' });
  const download = h('button', { type: 'button', class: 'play-primary' }, 'Download the result file');
  download.addEventListener('click', () => {
    try {
      const name = downloadResultFile(store.getState());
      downloadStatus.textContent = `Saved as ${name}. Hand this file in if your teacher asked for it.`;
    } catch (error) {
      downloadStatus.textContent = `The result file could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  const playAgain = h('button', { type: 'button', class: 'secondary' }, session.challengeCode ? 'Play this challenge again' : 'Play this scenario again (a new market)');
  playAgain.addEventListener('click', () => {
    const s = store.getState().session!;
    void store.getState().startSession(s.challengeCode
      ? { scenarioId: s.scenarioId, seed: s.seed, months: s.months, challengeCode: s.challengeCode, player: s.player, ...(s.playerId ? { playerId: s.playerId } : {}) }
      : { scenarioId: s.scenarioId, seed: randomSeed(), months: s.months }).then((r) => { if (!r.ok) announce(r.error); });
  });

  const element = h('section', { class: 'play-screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    heading,
    h('p', { class: 'debrief-score' }, `Your score: ${formatNumber(score.points, 1)} out of 100`),
    h('p', {}, `Goals met: ${score.goals.filter((g) => g.met).length} of ${score.goals.length}. A goal you miss still earns up to half its weight for getting close.`),
    goalsTable,
    findingsSection(worker, gameRef(state), isAlive),
    comparisonSection(worker, gameRef(state), goals, loaded.file.monthlyBudget, score.points, isAlive));
  append(element,
    answers.length > 0 ? h('h3', {}, 'Your answers at the decision points') : null,
    answers.length > 0 ? h('ul', {}, ...answers) : null,
    h('h3', {}, 'Key lessons'),
    loaded.file.teaches.length > 0 ? h('ul', {}, ...loaded.file.teaches.map((t) => h('li', {}, t))) : null,
    lessonIds.length > 0 ? h('ul', { class: 'debrief-lessons' }, ...lessonIds.map((id) => h('li', {}, lessonLink(id, 'Lesson: ')))) : null,
    h('h3', {}, 'Your result file'),
    h('p', {}, 'The file holds every month\'s decisions and your answers; a teacher\'s tool replays them to check the score.'),
    h('p', { class: 'debrief-hash' }, 'Fingerprint of your final month: ', h('code', { 'data-final-hash': monthHash(last) }, monthHash(last))),
    h('div', { class: 'plan-actions' }, download, playAgain, h('a', { href: '#/play', class: 'button secondary' }, 'Choose another scenario')),
    downloadStatus);
  reportGameToLms(store.getState()); // a SCORM package hands the score and the short code to its LMS
  return { element, heading, destroy: () => { alive = false; } };
}
