// Where glyphs sit inside a segment's region: a sunflower spiral of slots from the centre (slot i
// is always at the same place, so a customer keeps its spot), and a cosmetic random generator for
// prospect dots that never touches the engine's random streams.
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** `count` slot centres in a spiral filling `area` (largest slot count drives the spacing). */
export function spiralSlots(area: Rect, count: number, capacity: number): { x: number; y: number }[] {
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const radius = Math.min(area.width, area.height) / 2;
  const step = radius / Math.sqrt(Math.max(capacity, 1));
  const stretch = area.width / Math.max(1, area.height);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const r = step * Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    out.push({ x: cx + r * Math.cos(a) * Math.min(stretch, 1.6), y: cy + r * Math.sin(a) });
  }
  return out;
}

/** A small seeded generator (mulberry32) for the view's cosmetic scatter only. */
export function visualRandom(seedText: string): () => number {
  let h = 1779033703 ^ seedText.length;
  for (let i = 0; i < seedText.length; i++) {
    h = Math.imul(h ^ seedText.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` points scattered in `area` outside the central ellipse that holds the customers. */
export function scatterOutside(area: Rect, count: number, random: () => number, hole = 0.55): { x: number; y: number }[] {
  const cx = area.x + area.width / 2;
  const cy = area.y + area.height / 2;
  const out: { x: number; y: number }[] = [];
  let guard = 0;
  while (out.length < count && guard < count * 20) {
    guard++;
    const x = area.x + random() * area.width;
    const y = area.y + random() * area.height;
    const dx = (x - cx) / (area.width / 2);
    const dy = (y - cy) / (area.height / 2);
    if (dx * dx + dy * dy < hole * hole) continue;
    out.push({ x, y });
  }
  return out;
}
