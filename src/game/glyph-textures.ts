// The market view's textures, drawn once with a Graphics object and baked with generateTexture
// (Phaser 4 has no TextureManager.generate): one glyph per satisfaction group (filled circle,
// hollow diamond, filled triangle pointing down), a faint prospect dot and the ring that shows a customer being served.
import type Phaser from 'phaser';
import { GROUP_STYLE, VIEW_COLOURS, type SatisfactionGroup } from './palette';

/** Textures are drawn at twice their display size and shown at half scale, so they stay crisp. */
export const GLYPH_TEXTURE_SIZE = 24;
export const GLYPH_DISPLAY_SCALE = 0.5;

export const glyphKey = (group: SatisfactionGroup): string => `glyph-${group}`;
export const DOT_KEY = 'prospect-dot';
export const RING_KEY = 'service-ring';

const OUTLINE = 0x1b1f24;

function drawGlyph(g: Phaser.GameObjects.Graphics, group: SatisfactionGroup): void {
  const s = GLYPH_TEXTURE_SIZE;
  const c = s / 2;
  const colour = GROUP_STYLE[group].colour;
  if (group === 'promoter') {
    g.fillStyle(colour, 1).fillCircle(c, c, c - 2);
    g.lineStyle(2, OUTLINE, 1).strokeCircle(c, c, c - 2);
  } else if (group === 'passive') {
    const diamond = () => g.beginPath().moveTo(c, 2.5).lineTo(s - 2.5, c).lineTo(c, s - 2.5).lineTo(2.5, c).closePath();
    g.fillStyle(0xffffff, 1);
    diamond().fillPath();
    g.lineStyle(4, colour, 1);
    diamond().strokePath();
  } else {
    g.fillStyle(colour, 1).fillTriangle(2, 3, s - 2, 3, c, s - 2);
    g.lineStyle(2, OUTLINE, 1).strokeTriangle(2, 3, s - 2, 3, c, s - 2);
  }
}

/** Makes every texture the market view uses (once per game). */
export function makeGlyphTextures(scene: Phaser.Scene): void {
  const s = GLYPH_TEXTURE_SIZE;
  for (const group of ['promoter', 'passive', 'detractor'] as const) {
    if (scene.textures.exists(glyphKey(group))) continue;
    const g = scene.make.graphics({}, false);
    drawGlyph(g, group);
    g.generateTexture(glyphKey(group), s, s);
    g.destroy();
  }
  if (!scene.textures.exists(DOT_KEY)) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(VIEW_COLOURS.prospect, 1).fillCircle(4, 4, 3);
    g.generateTexture(DOT_KEY, 8, 8);
    g.destroy();
  }
  if (!scene.textures.exists(RING_KEY)) {
    const g = scene.make.graphics({}, false);
    g.lineStyle(3, VIEW_COLOURS.ring, 1).strokeCircle(20, 20, 17);
    g.generateTexture(RING_KEY, 40, 40);
    g.destroy();
  }
}
