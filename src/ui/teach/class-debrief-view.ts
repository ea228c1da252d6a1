// The class debrief for the lecture, from the engine's classDebrief of the verified games: the score
// spread (a bar per band, also as a table), the goals met, the strategies the class played, what the
// top quarter did differently, the engine's findings for a typical top game, and the answers to the
// decision points with the misconception chosen most. A projector mode enlarges it; it downloads as
// a standalone HTML page and prints (to PDF) without the rest of the page.
import { announce, append, h } from '../dom';
import { downloadTextFile } from '../download-file';
import { formatPercent, visibleText, type ClassDebrief } from '../../engine';

/** A bar `percent` wide (set through the CSSOM: the page's policy refuses inline style attributes). */
function bar(percent: number): HTMLElement {
  const element = h('span', { class: 'cd-bar', 'aria-hidden': 'true' });
  element.style.width = `${percent * 0.8}%`;
  return element;
}

function scoreSection(d: ClassDebrief): HTMLElement {
  const most = Math.max(1, ...d.scores.bands);
  const s = d.scores;
  return h('section', { 'aria-labelledby': 'cd-scores' },
    h('h3', { id: 'cd-scores' }, 'Scores'),
    h('p', {}, `${s.count} verified games: mean ${s.mean}, median ${s.median}, middle half from ${s.q1} to ${s.q3} (lowest ${s.min}, highest ${s.max}). The plan that fits each segment scores 66.7 on average.`),
    h('table', { class: 'cd-bars' },
      h('caption', {}, 'Students per band of ten points'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Score'), h('th', { scope: 'col' }, 'Students'))),
      h('tbody', {}, ...s.bands.map((n, i) => h('tr', {},
        h('th', { scope: 'row' }, i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`),
        h('td', {}, bar((100 * n) / most), h('span', { class: 'cd-count' }, String(n))))))));
}

function goalsSection(d: ClassDebrief): HTMLElement | null {
  if (d.goals.length === 0) return null;
  return h('section', { 'aria-labelledby': 'cd-goals' },
    h('h3', { id: 'cd-goals' }, 'Goals met'),
    h('ul', {}, ...d.goals.map((g) => h('li', {}, `${g.label}: ${g.met} of ${g.of} (${formatPercent(g.of > 0 ? g.met / g.of : 0, 0)})`))));
}

function strategiesSection(d: ClassDebrief): HTMLElement {
  return h('section', { 'aria-labelledby': 'cd-strategies' },
    h('h3', { id: 'cd-strategies' }, 'The strategies the class played'),
    h('p', {}, 'Each game is matched to the reference plan its spend resembles most (by segment and type over the whole game).'),
    h('table', {},
      h('caption', {}, 'Strategies, their players and their mean score'),
      h('thead', {}, h('tr', {}, ...['Strategy', 'Students', 'Mean score', 'Spend in the first half'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...d.strategies.map((g) => h('tr', {},
        h('th', { scope: 'row' }, g.label), h('td', {}, `${g.players.length}: ${g.players.map(visibleText).join(', ')}`),
        h('td', {}, String(g.meanScore)), h('td', {}, formatPercent(g.earlyShare, 0)))))));
}

function contrastSection(d: ClassDebrief, typeName: (type: string) => string): HTMLElement | null {
  if (d.contrasts.length === 0) return null;
  return h('section', { 'aria-labelledby': 'cd-top' },
    h('h3', { id: 'cd-top' }, 'What the top quarter did differently'),
    h('ul', {}, ...d.contrasts.map((c) => h('li', {},
      `${c.segmentName}, ${typeName(c.type).toLowerCase()}: ${formatPercent(c.top, 0)} of the top quarter's spend, ${formatPercent(c.bottom, 0)} of the bottom quarter's.`))),
    d.topGame
      ? h('div', {},
        h('p', {}, `In a typical top-quarter game (${visibleText(d.topGame.player)}, ${d.topGame.score} points), the engine replays each line of spend without it, with the same luck, in several markets; these effects held in every one:`),
        d.topGame.findings.length > 0 ? h('ul', {}, ...d.topGame.findings.map((f) => h('li', {}, f.text))) : h('p', {}, 'No effect held in every market: that game owed as much to luck as to any one line.'))
      : null);
}

function answersSection(d: ClassDebrief): HTMLElement | null {
  if (d.points.length === 0) return null;
  return h('section', { 'aria-labelledby': 'cd-answers' },
    h('h3', { id: 'cd-answers' }, 'The decision points'),
    h('ul', {}, ...d.points.map((p) => h('li', {},
      h('p', {}, h('strong', {}, `${p.correct} of ${p.answered} chose the best answer: `), p.prompt),
      p.commonWrong ? h('p', {}, `The wrong answer chosen most (${p.commonWrong.count}): “${p.commonWrong.text}”. ${p.commonWrong.feedback}`) : null))));
}

/** A standalone page of the debrief (no script), for the lecture. */
function standaloneHtml(title: string, body: HTMLElement): string {
  const escape = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const style = 'body{font:18px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}th,td{text-align:left;padding:.2rem .6rem;border-bottom:1px solid #ccc}.cd-bar{display:inline-block;height:.8em;background:#2a6;margin-right:.4rem}.cd-actions{display:none}';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${style}</style></head><body>${body.outerHTML}</body></html>`;
}

/** The debrief of `d` for the challenge titled `title`; `typeName` names a relationship type as the scenario does. */
export function classDebriefView(d: ClassDebrief, title: string, typeName: (type: string) => string): HTMLElement {
  const projector = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Projector mode');
  const download = h('button', { type: 'button', class: 'secondary' }, 'Download the debrief (HTML)');
  const print = h('button', { type: 'button', class: 'secondary' }, 'Print or save as PDF');
  const root = h('section', { class: 'class-debrief card', 'aria-labelledby': 'cd-title' });
  append(root,
    h('h2', { id: 'cd-title' }, `Class debrief: ${visibleText(title)}`),
    h('div', { class: 'plan-actions cd-actions' }, projector, download, print),
    scoreSection(d), goalsSection(d), strategiesSection(d), contrastSection(d, typeName), answersSection(d));
  projector.addEventListener('click', () => {
    const on = projector.getAttribute('aria-pressed') !== 'true';
    projector.setAttribute('aria-pressed', String(on));
    root.classList.toggle('projector', on);
    announce(on ? 'Projector mode on: larger text.' : 'Projector mode off.');
  });
  download.addEventListener('click', () => {
    downloadTextFile(`class-debrief-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'challenge'}.html`, standaloneHtml(`Class debrief: ${title}`, root), 'text/html');
  });
  print.addEventListener('click', () => {
    document.body.classList.add('printing-debrief');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-debrief'), { once: true });
    window.print();
  });
  return root;
}
