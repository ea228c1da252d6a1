// Safe SVG building for the play charts (text nodes only, never markup strings).
const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const child of children) el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return el;
}

/** Series styles: Okabe–Ito colours with distinct dash patterns, so lines differ without colour. */
export const SERIES_STYLES = [
  { colour: '#0072b2', dash: '' },
  { colour: '#b84a00', dash: '7 4' },
  { colour: '#007a5a', dash: '2 3' },
  { colour: '#9e5a85', dash: '9 3 2 3' },
  { colour: '#1b1f24', dash: '12 4' },
  { colour: '#8a6d00', dash: '4 2 4 6' },
] as const;

/** A point marker whose shape depends on the series (circle, square, diamond, triangle, …). */
export function marker(index: number, x: number, y: number, colour: string): SVGElement {
  const r = 4.5;
  switch (index % 4) {
    case 0: return svg('circle', { cx: x, cy: y, r, fill: colour });
    case 1: return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: colour });
    case 2: return svg('polygon', { points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`, fill: colour });
    default: return svg('polygon', { points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`, fill: colour });
  }
}

/** Tidy axis bounds: [min, max] widened to include 0 when close, never empty. */
export function axisRange(values: readonly number[], includeZero = true): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (hi - lo < 1e-9) {
    hi += 1;
    lo -= lo === 0 ? 0 : 1;
  }
  return [lo, hi];
}
