// The debrief's two computed parts, both run in the play worker: what the player's spend caused
// (counterfactual findings, same random numbers), each with its spend and the value it returned
// and the lesson behind it, and how their decisions compare with reference strategies over many
// markets (with a progress bar).
import { formatMoney, formatNumber, formatPercent, type Decisions, type Finding, type Market } from '../../engine';
import { h } from '../dom';
import { TYPE_LESSON } from './debrief-lessons';
import { lessonLink } from './lesson-links';
import type { EngineWorker } from '../workers/engine-client';
import type { StrategyOutcome } from '../workers/engine-protocol';

const TOP_FINDINGS = 5;

function spendAndReturn(f: Finding, currency: string): string {
  const money = (x: number) => formatMoney(x, currency);
  const v = f.effects.value;
  const signed = (x: number) => `${x < 0 ? '−' : '+'}${money(Math.abs(x))}`;
  const back = v.robust ? `value returned ${signed(v.effect)}` : `value returned between ${signed(v.low)} and ${signed(v.high)}, not told from luck`;
  const ratio = v.robust && f.spend > 0 ? ` (${formatNumber(v.effect / f.spend, 1)} per ${money(1)} spent)` : '';
  return `Spent ${money(f.spend)} over the game; ${back}${ratio}.`;
}

export function findingsSection(worker: () => EngineWorker, market: Market, decisions: readonly Decisions[], isAlive: () => boolean, onFindings: (findings: readonly Finding[]) => void = () => undefined): HTMLElement {
  const status = h('p', { role: 'status' }, 'Working out what your spending caused…');
  const list = h('ul', { class: 'debrief-findings' });
  const section = h('section', { 'aria-labelledby': 'findings-title' },
    h('h3', { id: 'findings-title' }, 'What your decisions caused'),
    h('p', {}, 'Each line replays your game in the very same market, with the same luck, but without one kind of spend, so the difference is caused by that spend.'),
    status, list);
  worker().explain(market, decisions).then((findings) => {
    if (!isAlive() || !findings) return;
    const top = findings.slice(0, TOP_FINDINGS);
    status.textContent = top.length === 0 ? 'You spent nothing on relationships, so there is nothing to compare against.'
      : top.length === 1 ? 'The largest effect of your spending:' : `The ${top.length} largest effects of your spending:`;
    list.replaceChildren(...top.map((f) => h('li', {},
      h('p', {}, f.text),
      h('p', { class: 'finding-money' }, spendAndReturn(f, market.scenario.currency), ' ', lessonLink(TYPE_LESSON[f.type], 'Lesson: ')))));
    onFindings(findings);
  }).catch((error: unknown) => {
    if (isAlive()) status.textContent = `The explanation could not be computed: ${error instanceof Error ? error.message : String(error)}`;
  });
  return section;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function comparisonSection(worker: () => EngineWorker, market: Market, decisions: readonly Decisions[], ownScore: number, isAlive: () => boolean): HTMLElement {
  const goals = market.goals;
  const seeds = market.months <= 12 ? 30 : 20;
  const money = (x: number) => formatMoney(x, market.scenario.currency);
  const progress = h('progress', { max: 1, value: 0, id: 'compare-progress', 'aria-labelledby': 'compare-progress-label' });
  const status = h('p', { role: 'status' }, h('span', { id: 'compare-progress-label' }, `Replaying your decisions and five reference strategies in ${seeds} markets…`));
  const result = h('div', {});
  const section = h('section', { 'aria-labelledby': 'compare-title' },
    h('h3', { id: 'compare-title' }, 'Your decisions against reference strategies'),
    h('p', {}, `Luck matters in a single market, so every strategy, yours included, is replayed in the same ${seeds} markets (different seeds) and scored on your goals.`),
    status, progress, result);
  const outcomes: StrategyOutcome[] = [];
  worker().compare(market, decisions, seeds, {
    progress(done, total) {
      progress.max = total;
      progress.value = done;
    },
    strategy(outcome) {
      outcomes.push(outcome);
    },
  }).then(() => {
    if (!isAlive()) return;
    const rows = outcomes.map((o) => ({ ...o, meanScore: Math.round(mean(o.scores) * 10) / 10, lowScore: Math.min(...o.scores), highScore: Math.max(...o.scores) }));
    progress.remove();
    const you = rows.find((r) => r.id === 'you');
    const best = rows.filter((r) => r.id !== 'you').sort((a, b) => b.meanScore - a.meanScore)[0];
    status.textContent = you && best
      ? `Your decisions scored ${formatNumber(you.meanScore, 1)} on average over ${seeds} markets (${formatNumber(ownScore, 1)} in your own); the best reference strategy, "${best.label}", scored ${formatNumber(best.meanScore, 1)}.`
      : 'Comparison finished.';
    result.replaceChildren(h('div', { class: 'table-scroll' }, h('table', {},
      h('caption', {}, `Scores (0–100) over ${seeds} markets`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Strategy'), h('th', { scope: 'col', class: 'num' }, 'Mean score'), h('th', { scope: 'col', class: 'num' }, 'Range'),
        h('th', { scope: 'col', class: 'num' }, 'Mean profit'), ...goals.map((g) => h('th', { scope: 'col', class: 'num' }, `Met: ${g.label}`)))),
      h('tbody', {}, ...rows.map((r) => h('tr', { class: r.id === 'you' ? 'compare-you' : '' },
        h('th', { scope: 'row' }, r.label, h('span', { class: 'compare-description' }, r.description)),
        h('td', { class: 'num' }, formatNumber(r.meanScore, 1)),
        h('td', { class: 'num' }, formatNumber(r.lowScore, 0) === formatNumber(r.highScore, 0) ? formatNumber(r.lowScore, 0) : `${formatNumber(r.lowScore, 0)}–${formatNumber(r.highScore, 0)}`),
        h('td', { class: 'num' }, money(r.meanProfit)),
        ...goals.map((g) => h('td', { class: 'num' }, formatPercent(r.goalRates[g.id] ?? 0)))))))));
  }).catch((error: unknown) => {
    if (!isAlive()) return;
    progress.remove();
    status.textContent = `The comparison could not be computed: ${error instanceof Error ? error.message : String(error)}`;
  });
  return section;
}
