// The forecast chart: the months played so far as a line, then the likely range of the coming
// months (10th to 90th percentile of many possible futures) as a band with the median dashed.
// Built once, then `update` redraws it in place; goal lines are dashed; the numbers are also
// given as a table.
import { h } from '../../dom';
import { listenButton } from './listen';
import { axisRange, svg } from './svg';

export interface BandPoint {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** A horizontal reference line: a goal's target, zero, an overdraft limit. */
export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
}

export interface BandChartData {
  readonly history: readonly { readonly month: number; readonly value: number }[];
  readonly forecast: readonly { readonly month: number; readonly band: BandPoint }[];
  readonly summary: string;
  /** Goal lines and other references, drawn dashed and named in the table's caption. */
  readonly lines?: readonly ReferenceLine[];
}

const W = 320;
const H = 170;
const PAD = { left: 64, right: 10, top: 10, bottom: 26 };

export interface BandChart {
  readonly element: HTMLElement;
  update(data: BandChartData): void;
  /** The values the chart shows, in month order (for the sound sweep). */
  values(): (number | null)[];
}

export function bandChart(id: string, title: string, format: (v: number) => string): BandChart {
  const plot = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-summary`, class: 'play-chart-svg' });
  // The picture's accessible name: a placeholder until the first forecast arrives, so it never has none.
  const summary = h('span', { id: `${id}-summary`, class: 'play-chart-summary' }, `${title}: the forecast is being computed.`);
  let shown: (number | null)[] = [];
  const body = h('tbody');
  const caption = h('caption', {}, `${title}: months played and forecast`);
  const element = h('figure', { class: 'play-chart play-band-chart', id },
    h('figcaption', {}, h('strong', {}, title), summary),
    listenButton(title, () => shown),
    plot,
    h('details', {}, h('summary', {}, `${title}: the numbers`),
      h('div', { class: 'table-scroll' }, h('table', {},
        caption,
        h('thead', {}, h('tr', {}, ...['Month', 'Actual', 'Low (10%)', 'Median', 'High (90%)'].map((c) => h('th', { scope: 'col', class: c === 'Month' ? '' : 'num' }, c)))),
        body))));

  function update(data: BandChartData): void {
    summary.textContent = data.summary;
    shown = [...data.history.map((p) => p.value), ...data.forecast.map((p) => p.band.p50)];
    const months = [...data.history.map((p) => p.month), ...data.forecast.map((p) => p.month)];
    const first = Math.min(...months, 0);
    const last = Math.max(...months, first + 1);
    const lines = data.lines ?? [];
    const values = [...data.history.map((p) => p.value), ...data.forecast.flatMap((p) => [p.band.p10, p.band.p90]), ...lines.map((l) => l.value)];
    const [lo, hi] = axisRange(values);
    const x = (m: number) => PAD.left + ((W - PAD.left - PAD.right) * (m - first)) / (last - first);
    const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo) / (hi - lo));
    const parts: SVGElement[] = [lo, hi].map((v) => svg('g', {},
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), stroke: '#d5d8de' }),
      svg('text', { x: PAD.left - 5, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#4a5260' }, format(v))));
    parts.push(svg('text', { x: x(first), y: H - 7, 'font-size': 11, fill: '#4a5260' }, first === 0 ? 'Start' : `Month ${first}`));
    parts.push(svg('text', { x: x(last), y: H - 7, 'font-size': 11, fill: '#4a5260', 'text-anchor': 'end' }, `Month ${last}`));
    for (const line of lines) {
      parts.push(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(line.value), y2: y(line.value), stroke: '#b84a00', 'stroke-width': 1.5, 'stroke-dasharray': '2 3' }));
      parts.push(svg('text', { x: W - PAD.right - 2, y: y(line.value) - 3, 'text-anchor': 'end', 'font-size': 10, fill: '#8a3700' }, line.label));
    }
    caption.textContent = lines.length > 0 ? `${title}: months played and forecast (${lines.map((l) => `${l.label}: ${format(l.value)}`).join('; ')})` : `${title}: months played and forecast`;
    const anchor = data.history[data.history.length - 1];
    if (data.forecast.length > 0) {
      const pts = anchor ? [{ month: anchor.month, band: { p10: anchor.value, p50: anchor.value, p90: anchor.value } }, ...data.forecast] : [...data.forecast];
      const top = pts.map((p) => `${x(p.month).toFixed(1)},${y(p.band.p90).toFixed(1)}`);
      const bottom = pts.slice().reverse().map((p) => `${x(p.month).toFixed(1)},${y(p.band.p10).toFixed(1)}`);
      parts.push(svg('polygon', { points: [...top, ...bottom].join(' '), fill: '#56b4e9', 'fill-opacity': 0.35, stroke: '#0072b2', 'stroke-width': 1 }));
      parts.push(svg('polyline', { points: pts.map((p) => `${x(p.month).toFixed(1)},${y(p.band.p50).toFixed(1)}`).join(' '), fill: 'none', stroke: '#0072b2', 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
    }
    if (data.history.length > 0) {
      parts.push(svg('polyline', { points: data.history.map((p) => `${x(p.month).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '), fill: 'none', stroke: '#1b1f24', 'stroke-width': 2.5 }));
      if (anchor) parts.push(svg('circle', { cx: x(anchor.month), cy: y(anchor.value), r: 3.5, fill: '#1b1f24' }));
    }
    plot.replaceChildren(...parts);
    body.replaceChildren(
      ...data.history.map((p) => h('tr', {}, h('th', { scope: 'row' }, p.month === 0 ? 'Start' : `Month ${p.month}`), h('td', { class: 'num' }, format(p.value)), h('td', {}, ''), h('td', {}, ''), h('td', {}, ''))),
      ...data.forecast.map((p) => h('tr', {}, h('th', { scope: 'row' }, `Month ${p.month}`), h('td', {}, ''),
        h('td', { class: 'num' }, format(p.band.p10)), h('td', { class: 'num' }, format(p.band.p50)), h('td', { class: 'num' }, format(p.band.p90)))));
  }

  return { element, update, values: () => shown };
}
