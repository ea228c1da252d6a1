// The debrief: goals met and the score, a word on negative cash, what the player's decisions caused
// (with spend and return per finding), how they compare with reference strategies over many
// markets, the answers given, lessons chosen from what happened, the result file to hand in, and
// playing again.
import { formatMoney, formatNumber, MONTH_HASH_LENGTH, type GoalMetric } from '../../engine';
import { append, announce, h } from '../dom';
import { goalsOf, randomSeed, scoreOf, type SessionStore } from '../../state/session';
import type { EngineWorker } from '../workers/engine-client';
import { comparisonSection, findingsSection } from './debrief-analysis';
import { chooseLessons, negativeCashWord } from './debrief-lessons';
import { fillTemplate } from '../../content/scenario/prompt-template';
import { lessonLink } from './lesson-links';
import { formatValue, type ValueKind } from './play-format';
import type { ScreenView } from './screen-view';

const GOAL_KIND: Readonly<Record<GoalMetric, ValueKind>> = {
  cumulativeProfit: 'money', finalCash: 'money', finalActive: 'count', finalNps: 'score',
  averageNps: 'score', finalClvToCac: 'ratio', averageRetention: 'rate', totalReferrals: 'count',
};

export function debriefView(store: SessionStore, worker: () => EngineWorker): ScreenView {
  const state = store.getState();
  const game = state.game!;
  const { market } = game;
  const loaded = state.loaded!;
  const scenario = market.scenario;
  const goals = goalsOf(state);
  const score = scoreOf(state)!;
  let alive = true;
  const isAlive = () => alive;
  const last = game.run.reports[game.run.reports.length - 1]!;
  const fingerprint = last.hash.slice(0, MONTH_HASH_LENGTH);
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
  const answers = game.answers.map((a) => {
    const point = points.find((p) => p.id === a.point);
    const option = point?.options.find((o) => o.id === a.option);
    const report = game.run.reports[a.month - 1];
    const fill = (text: string) => (report ? fillTemplate(text, report, scenario.currency) : text);
    return h('li', {}, `Month ${a.month}: ${point ? fill(point.prompt) : a.point} You answered "${option ? fill(option.text) : a.option}" (${a.correct ? 'a good answer' : 'not the best answer'}).`);
  });
  const fallback = [...new Set(points.map((p) => p.lesson).filter((id): id is string => id !== undefined))];
  const answered = game.answers.map((a) => ({ correct: a.correct, month: a.month, lesson: points.find((p) => p.id === a.point)?.lesson }));
  const lessonList = h('ul', { class: 'debrief-lessons' });
  const showLessons = (findings: Parameters<typeof chooseLessons>[0]['findings']) => {
    lessonList.replaceChildren(...chooseLessons({ scenario, findings, answers: answered, reports: game.run.reports, fallback })
      .map((l) => h('li', {}, lessonLink(l.lesson, 'Lesson: '), h('span', { class: 'lesson-why' }, ` ${l.why}`))));
  };
  showLessons([]);
  const cashWord = negativeCashWord(scenario, game.run.reports);

  const downloadStatus = h('p', { role: 'status' });
  const download = h('button', { type: 'button', class: 'play-primary' }, 'Download the result file');
  // The result file's and the hand-in's code (with its compression library) load only on this
  // screen, so the play route starts without them.
  download.addEventListener('click', () => {
    void import('./result-download').then(({ downloadResultFile }) => {
      const name = downloadResultFile(store.getState());
      downloadStatus.textContent = `Saved as ${name}. Hand this file in if your teacher asked for it.`;
    }).catch((error: unknown) => {
      downloadStatus.textContent = `The result file could not be made: ${error instanceof Error ? error.message : String(error)}`;
    });
  });
  const challengeCode = state.session?.game.challengeCode;
  const handIn = challengeCode ? h('div', { class: 'hand-in-slot' }) : null;
  if (handIn && challengeCode) {
    const session = state.session!.game;
    const moves = state.session!.moves;
    void import('./hand-in-panel').then(({ handInPanel }) => {
      const panel = handInPanel({ challengeCode, player: session.player, playerId: session.playerId, moves, market });
      if (panel) handIn.replaceWith(panel);
      else handIn.remove();
    }).catch(() => handIn.remove());
  }
  const playAgain = h('button', { type: 'button', class: 'secondary' }, market.challenge ? 'Play this challenge again' : 'Play this scenario again (a new market)');
  playAgain.addEventListener('click', () => {
    const ref = store.getState().session!.game;
    void store.getState().startSession(ref.challengeCode
      ? { scenarioId: ref.scenarioId, challengeCode: ref.challengeCode, player: ref.player, playerId: ref.playerId }
      : { scenarioId: ref.scenarioId, seed: randomSeed(), months: ref.months }).then((r) => { if (!r.ok) announce(r.error); });
  });

  const element = h('section', { class: 'play-screen debrief-screen', 'aria-labelledby': 'debrief-heading' },
    heading,
    h('p', { class: 'debrief-score' }, `Your score: ${formatNumber(score.points, 1)} out of 100`),
    h('p', {}, `The score compares the value you created (${formatMoney(score.value, scenario.currency)}: profit plus what your customers are still worth) with two plans played on the same market with the same luck: spending nothing (${formatMoney(score.benchmarks.noSpend, scenario.currency)}) and fitting each segment (${formatMoney(score.benchmarks.fit, scenario.currency)}). Matching the fitting plan scores 66.7.`),
    h('p', {}, `Goals met: ${score.goals.filter((g) => g.met).length} of ${score.goals.length}.`),
    goalsTable,
    cashWord ? h('p', { class: 'notice error debrief-cash' }, cashWord) : null,
    findingsSection(worker, market, game.decisions, isAlive, showLessons),
    comparisonSection(worker, market, game.decisions, score.points, isAlive));
  append(element,
    answers.length > 0 ? h('h3', {}, 'Your answers at the decision points') : null,
    answers.length > 0 ? h('ul', {}, ...answers) : null,
    h('h3', {}, 'Lessons for your next game'),
    h('p', {}, 'Chosen from what happened in your game: the spend that lost or made value, your answers and your cash.'),
    lessonList,
    loaded.file.teaches.length > 0 ? h('h3', {}, 'What this scenario teaches') : null,
    loaded.file.teaches.length > 0 ? h('ul', {}, ...loaded.file.teaches.map((t) => h('li', {}, t))) : null,
    h('h3', {}, 'Your result file'),
    h('p', {}, 'The file holds every month\'s decisions and your answers; a teacher\'s tool replays them to check the score.'),
    h('p', { class: 'debrief-hash' }, 'Fingerprint of your final month: ', h('code', { 'data-final-hash': fingerprint }, fingerprint)),
    h('div', { class: 'plan-actions' }, download, playAgain, h('a', { href: '#/play', class: 'button secondary' }, 'Choose another scenario')),
    downloadStatus,
    handIn);
  return { element, heading, destroy: () => { alive = false; } };
}
