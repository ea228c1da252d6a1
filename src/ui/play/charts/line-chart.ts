// An accessible SVG line chart of monthly values: role="img" with a summary as its name, a legend
// that tells the lines apart by dash pattern and marker as well as colour (each series keeps the
// style of its segment in every chart), reference lines (a target, zero), an optional logarithmic
// axis for ratios a spike would otherwise flatten, the numbers as a table and, with sounds on, a
// tone sweep.
import { h } from '../../dom';
import { listenButton } from './listen';
import { axisRange, marker, SERIES_STYLES, svg } from './svg';
import type { ReferenceLine } from './band-chart';

export interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Index into SERIES_STYLES (default: the series' position). */
  readonly style?: number;
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
  /** 'log': a logarithmic axis (positive values only; others are left out and said so). */
  readonly scale?: 'linear' | 'log';
  readonly lines?: readonly ReferenceLine[];
  /** The series heard with "Listen" (default: the last). */
  readonly listenTo?: number;
}

const W = 560;
const H = 220;
const PAD = { left: 72, right: 12, top: 12, bottom: 30 };

function linePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number, usable: (v: number) => boolean): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v) || !usable(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

/** Tidy log-axis bounds: powers of ten around the positive values. */
function logRange(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, 10];
  let lo = 1;
  while (lo > Math.min(...positive)) lo /= 10;
  while (lo * 10 <= Math.min(...positive)) lo *= 10;
  let hi = lo * 10;
  while (hi < Math.max(...positive)) hi *= 10;
  return [lo, hi];
}

export function lineChart(o: LineChartOptions): HTMLElement {
  const log = o.scale === 'log';
  const refs = o.lines ?? [];
  const all = [...o.series.flatMap((s) => s.values.filter((v): v is number => v !== null)), ...refs.map((l) => l.value)];
  const [lo, hi] = log ? logRange(all) : axisRange(all, o.includeZero ?? true);
  const n = Math.max(1, o.xLabels.length - 1);
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / n;
  const frac = (v: number) => (log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo));
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - frac(v));
  const usable = (v: number) => !log || v > 0;
  const ticks: number[] = [];
  if (log) for (let t = lo; t <= hi * 1.0001; t *= 10) ticks.push(t);
  else ticks.push(lo, (lo + hi) / 2, hi);
  const grid = ticks.map((v) => svg('g', {},
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: '#d5d8de', 'stroke-width': 1 }),
    svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4a5260' }, o.format(v))));
  const references = refs.filter((l) => usable(l.value)).map((l) => svg('g', {},
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(l.value), y2: y(l.value), stroke: '#b84a00', 'stroke-width': 1.5, 'stroke-dasharray': '2 3' }),
    svg('text', { x: W - PAD.right - 2, y: y(l.value) - 4, 'text-anchor': 'end', 'font-size': 11, fill: '#8a3700' }, l.label)));
  const xTicks = o.xLabels.length <= 1 ? [0] : [0, o.xLabels.length - 1];
  const styleOf = (s: Series, i: number) => SERIES_STYLES[(s.style ?? i) % SERIES_STYLES.length]!;
  const lines = o.series.map((s, i) => {
    const style = styleOf(s, i);
    // Each series ends in a marker of its own shape (the only cue when there is a single month).
    let lastIndex = -1;
    s.values.forEach((v, k) => { if (v !== null && Number.isFinite(v) && usable(v)) lastIndex = k; });
    const end = lastIndex >= 0 ? [marker(s.style ?? i, x(lastIndex), y(s.values[lastIndex]!), style.colour)] : [];
    return svg('g', {},
      svg('path', { d: linePath(s.values, x, y, usable), fill: 'none', stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash }),
      ...end);
  });
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${o.id}-summary`, class: 'play-chart-svg' },
    ...grid,
    ...references,
    ...xTicks.map((i) => svg('text', { x: x(i), y: H - 8, 'text-anchor': i === 0 ? 'start' : 'end', 'font-size': 12, fill: '#4a5260' }, o.xLabels[i] ?? '')),
    ...lines);
  const legend = h('ul', { class: 'play-legend' }, ...o.series.map((s, i) => {
    const style = styleOf(s, i);
    const sample = svg('svg', { width: 40, height: 12, 'aria-hidden': 'true' },
      svg('line', { x1: 0, x2: 30, y1: 6, y2: 6, stroke: style.colour, 'stroke-width': 3, 'stroke-dasharray': style.dash }),
      marker(s.style ?? i, 33, 6, style.colour));
    return h('li', {}, sample, ` ${s.label}`);
  }));
  const table = h('table', {},
    h('caption', {}, `${o.title} by month${refs.length > 0 ? ` (${refs.map((l) => `${l.label}: ${o.format(l.value)}`).join('; ')})` : ''}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), ...o.series.map((s) => h('th', { scope: 'col', class: 'num' }, s.label)))),
    h('tbody', {}, ...o.xLabels.map((label, i) => h('tr', {},
      h('th', { scope: 'row' }, label),
      ...o.series.map((s) => { const v = s.values[i]; return h('td', { class: 'num' }, v === null || v === undefined ? '–' : o.format(v)); })))));
  const heard = o.series[o.listenTo ?? o.series.length - 1];
  return h('figure', { class: 'play-chart', id: o.id },
    h('figcaption', {}, h('strong', {}, o.title), h('span', { id: `${o.id}-summary`, class: 'play-chart-summary' }, o.summary)),
    chart,
    o.series.length > 1 ? legend : null,
    heard ? listenButton(`${o.title}${o.series.length > 1 ? ` (${heard.label})` : ''}`, () => heard.values) : null,
    h('details', {}, h('summary', {}, `${o.title}: the numbers`), h('div', { class: 'table-scroll' }, table)));
}
