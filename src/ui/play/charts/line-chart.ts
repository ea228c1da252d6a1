// An accessible SVG line chart of monthly values: role="img" with a summary as its name, a legend
// that tells the lines apart by dash pattern as well as colour, and the numbers as a table.
import { h } from '../../dom';
import { axisRange, marker, SERIES_STYLES, svg } from './svg';

export interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface LineChartOptions {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what the chart shows (its accessible name, also shown). */
  readonly summary: string;
  /** Label of each point on the x axis (e.g. "Month 3"). */
  readonly xLabels: readonly string[];
  readonly series: readonly Series[];
  readonly format: (value: number) => string;
  readonly includeZero?: boolean;
}

const W = 560;
const H = 220;
const PAD = { left: 72, right: 12, top: 12, bottom: 30 };

function linePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

export function lineChart(o: LineChartOptions): HTMLElement {
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const [lo, hi] = axisRange(all, o.includeZero ?? true);
  const n = Math.max(1, o.xLabels.length - 1);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / n;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo) / (hi - lo));
  const grid = [lo, (lo + hi) / 2, hi].map((v) => svg('g', {},
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: '#d5d8de', 'stroke-width': 1 }),
    svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5260' }, o.format(v))));
  const xTicks = o.xLabels.length <= 1 ? [0] : [0, o.xLabels.length - 1];
  const lines = o.series.map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    // Each series ends in a marker of its own shape (the only cue when there is a single month).
    let lastIndex = -1;
    s.values.forEach((v, k) => { if (v !== null && Number.isFinite(v)) lastIndex = k; });
    const end = lastIndex >= 0 ? [marker(i, x(lastIndex), y(s.values[lastIndex]!), style.colour)] : [];
    return svg('g', {},
      svg('path', { d: linePath(s.values, x, y), fill: 'none', stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash }),
      ...end);
  });
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${o.id}-summary`, class: 'play-chart-svg' },
    ...grid,
    ...xTicks.map((i) => svg('text', { x: x(i), y: H - 8, 'text-anchor': i === 0 ? 'start' : 'end', 'font-size': 12, fill: '#4a5260' }, o.xLabels[i] ?? '')),
    ...lines);
  const legend = h('ul', { class: 'play-legend' }, ...o.series.map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
    const sample = svg('svg', { width: 40, height: 12, 'aria-hidden': 'true' },
      svg('line', { x1: 0, x2: 30, y1: 6, y2: 6, stroke: style.colour, 'stroke-width': 3, 'stroke-dasharray': style.dash }),
      marker(i, 33, 6, style.colour));
    return h('li', {}, sample, ` ${s.label}`);
  }));
  const table = h('table', {},
    h('caption', {}, `${o.title} by month`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), ...o.series.map((s) => h('th', { scope: 'col', class: 'num' }, s.label)))),
    h('tbody', {}, ...o.xLabels.map((label, i) => h('tr', {},
      h('th', { scope: 'row' }, label),
      ...o.series.map((s) => { const v = s.values[i]; return h('td', { class: 'num' }, v === null || v === undefined ? '–' : o.format(v)); })))));
  return h('figure', { class: 'play-chart', id: o.id },
    h('figcaption', {}, h('strong', {}, o.title), h('span', { id: `${o.id}-summary`, class: 'play-chart-summary' }, o.summary)),
    chart,
    o.series.length > 1 ? legend : null,
    h('details', {}, h('summary', {}, `${o.title}: the numbers`), h('div', { class: 'table-scroll' }, table)));
}
