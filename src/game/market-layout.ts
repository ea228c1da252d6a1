// Where each segment's region goes on the 960 × 540 market canvas: one row for up to three
// segments, two rows beyond, under a top bar for the month and the events.
import type { Rect } from './glyph-layout';

export const GAME_WIDTH = 960;
export const GAME_HEIGHT = 540;
export const TOP_BAR = 40;

export function regionRects(count: number): Rect[] {
  const rows = count <= 3 ? 1 : 2;
  const perRow = Math.ceil(count / rows);
  const height = (GAME_HEIGHT - TOP_BAR) / rows;
  const out: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = row === rows - 1 ? count - perRow * (rows - 1) : perRow;
    const width = GAME_WIDTH / inRow;
    out.push({ x: (i - row * perRow) * width, y: TOP_BAR + row * height, width, height });
  }
  return out;
}
