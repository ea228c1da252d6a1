// The builder's difficulty preview: runs the reference strategies over many seeds in the engine
// worker (with a progress bar and a cancel button) and shows each strategy's score distribution and
// the share of runs reaching each goal, as a table with text and small bar charts.
import { formatNumber, formatPercent, type Goal, type Market } from '../../engine';
import { announce, h } from '../dom';
import { EngineWorker } from '../workers/engine-client';
import type { StrategyOutcome } from '../workers/engine-protocol';

/** What the preview plays: the challenge's market (its seed, length and goals) and whether each student gets a variant. */
export interface DifficultyRequest {
  readonly market: Market;
  readonly variants: boolean;
}

export const RUN_CHOICES = [20, 50, 100, 200] as const;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Ten bars for scores 0–10, 10–20, … 90–100 (decorative: the numbers are in the other cells). */
function scoreBars(scores: readonly number[]): HTMLElement {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of scores) bins[Math.min(9, Math.floor(s / 10))]!++;
  const top = Math.max(1, ...bins);
  return h('div', { class: 'score-bars', 'aria-hidden': 'true' }, ...bins.map((b) => {
    const bar = h('span', { title: `${b} runs` });
    bar.style.height = `${(100 * b) / top}%`;
    return bar;
  }));
}

function outcomeRow(outcome: StrategyOutcome, goals: readonly Goal[]): HTMLTableRowElement {
  const sorted = [...outcome.scores].sort((a, b) => a - b);
  return h('tr', {},
    h('th', { scope: 'row' }, outcome.label, h('div', { class: 'hint' }, outcome.description)),
    h('td', { class: 'num' }, formatNumber(quantile(sorted, 0.5), 1)),
    h('td', { class: 'num' }, `${formatNumber(quantile(sorted, 0.1), 1)} – ${formatNumber(quantile(sorted, 0.9), 1)}`),
    h('td', {}, scoreBars(outcome.scores)),
    ...goals.map((g) => h('td', { class: 'num' }, formatPercent(outcome.goalRates[g.id] ?? 0))),
  );
}

export interface DifficultyPreview {
  readonly element: HTMLElement;
  /** Stops a preview in progress (when the page closes or the form changes). */
  cancel(): void;
  /** Forgets the results (they no longer match the form). */
  clear(): void;
}

export function createDifficultyPreview(request: () => DifficultyRequest | null): DifficultyPreview {
  const runs = h('select', { id: 'preview-runs' }, ...RUN_CHOICES.map((n) => h('option', { value: String(n), selected: n === 50 }, `${n} runs per strategy`)));
  const start = h('button', { type: 'button' }, 'Preview the difficulty');
  const stop = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Stop');
  const bar = h('progress', { id: 'preview-progress', max: '1', value: '0', 'aria-labelledby': 'preview-progress-label' });
  const barLabel = h('span', { id: 'preview-progress-label' }, 'Not started');
  const progress = h('div', { class: 'progress-line', hidden: true }, bar, barLabel);
  const results = h('div', { class: 'table-scroll' });
  let worker: EngineWorker | null = null;

  function finish(message: string): void {
    worker?.terminate();
    worker = null;
    start.disabled = false;
    stop.hidden = true;
    barLabel.textContent = message;
    announce(message);
  }

  function run(): void {
    const base = request();
    if (!base) return;
    const req = { ...base, runs: Number(runs.value), goals: base.market.goals };
    worker?.terminate();
    const outcomes: StrategyOutcome[] = [];
    const tbody = h('tbody');
    results.replaceChildren(h('table', {},
      h('caption', {}, `Reference strategies on this challenge, ${req.runs} ${req.variants ? 'imaginary students' : 'seeds'} each`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Strategy'), h('th', { scope: 'col', class: 'num' }, 'Median score'),
        h('th', { scope: 'col', class: 'num' }, 'Score, 10th–90th percentile'), h('th', { scope: 'col' }, 'Scores from 0 to 100'),
        ...req.goals.map((g) => h('th', { scope: 'col', class: 'num' }, `Runs reaching “${g.label}”`)))),
      tbody));
    start.disabled = true;
    stop.hidden = false;
    progress.hidden = false;
    bar.value = 0;
    barLabel.textContent = 'Starting…';
    announce('Difficulty preview started.');
    const mine = new EngineWorker();
    worker = mine;
    mine.difficulty(req.market, req.runs, req.variants, {
      progress(done, total) {
        bar.value = done / total;
        barLabel.textContent = `${done} of ${total} runs`;
      },
      strategy(outcome) {
        outcomes.push(outcome);
        tbody.append(outcomeRow(outcome, req.goals));
      },
    }).then(() => {
      if (worker !== mine) return;
      const medians = outcomes.map((o) => ({ label: o.label, median: quantile([...o.scores].sort((a, b) => a - b), 0.5) }));
      const best = medians.reduce((a, b) => (b.median > a.median ? b : a), medians[0]!);
      const worst = medians.reduce((a, b) => (b.median < a.median ? b : a), medians[0]!);
      finish(`Difficulty preview finished: median scores run from ${formatNumber(worst.median, 1)} (${worst.label}) to ${formatNumber(best.median, 1)} (${best.label}).`);
    }).catch((error: unknown) => {
      if (worker === mine) finish(`The preview failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  start.addEventListener('click', run);
  stop.addEventListener('click', () => finish('Preview stopped.'));

  const element = h('section', { class: 'card', 'aria-labelledby': 'preview-heading' },
    h('h2', { id: 'preview-heading' }, 'How hard is it?'),
    h('p', {}, 'Play five reference strategies (from spending nothing to fitting each segment) many times on this challenge and see the scores they reach. A good challenge is hard for the poor strategies and reachable for the fitting one.'),
    h('div', { class: 'actions' }, h('label', { for: runs.id, class: 'visually-hidden' }, 'Runs per strategy'), runs, start, stop),
    progress,
    results,
  );
  return {
    element,
    cancel: () => { if (worker) finish('Preview stopped.'); },
    clear: () => { if (worker) finish('Preview stopped: the challenge changed.'); results.replaceChildren(); progress.hidden = true; },
  };
}
