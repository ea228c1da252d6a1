// How the market view samples large counts: one glyph stands for `perGlyph` customers, one faint
// dot for `perDot` prospects, and a month's arrivals, departures and satisfaction groups become
// whole glyph counts that add up (start + arrivals − departures = end). Pure arithmetic, no Phaser.
import { wholeParts } from '../engine';
import type { SegmentStory } from '../state/session/month-story';

/** Glyphs a region can show comfortably, and faint prospect dots. */
export const MAX_GLYPHS = 160;
export const MAX_DOTS = 360;

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least `x`. */
export function niceCeil(x: number): number {
  if (x <= 1) return 1;
  let unit = 1;
  for (;;) {
    for (const m of [1, 2, 5]) if (unit * m >= x) return unit * m;
    unit *= 10;
  }
}

/** Customers per glyph for a base of at most `largestActive` customers. */
export function customersPerGlyph(largestActive: number): number {
  return niceCeil(largestActive / MAX_GLYPHS);
}

/** A segment grows into its picture up to this multiple of its starting base before glyphs crowd. */
export const ROOM_TO_GROW = 4;

/**
 * One scale for the whole game, the same in every segment and every month (so a segment that grows
 * looks bigger, and segments compare by area): room for the largest segment to grow ROOM_TO_GROW
 * times (never beyond its market).
 */
export function gameScale(segments: readonly { readonly initialCustomers: number; readonly marketSize: number }[]): number {
  return customersPerGlyph(Math.max(1, ...segments.map((s) => Math.min(s.marketSize, ROOM_TO_GROW * s.initialCustomers))));
}

/** Prospects per dot: one scale for the whole game too, from the largest market. */
export function gameDotScale(segments: readonly { readonly marketSize: number }[]): number {
  return prospectsPerDot(Math.max(1, ...segments.map((s) => s.marketSize)));
}

export function prospectsPerDot(marketSize: number): number {
  return niceCeil(marketSize / MAX_DOTS);
}

export interface GlyphMonth {
  readonly start: number;
  readonly arrivals: number;
  /** Of the arrivals, those brought by word of mouth. */
  readonly referred: number;
  readonly departures: number;
  readonly end: number;
  /** End glyphs by satisfaction group (they add up to `end`). */
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly prospectDotsStart: number;
  readonly prospectDotsEnd: number;
}

/** Splits `total` in proportion to `weights` by largest remainder, so the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map((_, i) => (i === 0 ? Math.max(0, total) : 0));
  return wholeParts(weights.map((w) => (total * w) / sum), total);
}

/** The month of one segment in glyphs at `perGlyph` customers each and `perDot` prospects per dot. */
export function glyphMonth(story: SegmentStory, perGlyph: number, perDot: number): GlyphMonth {
  // Any customer at all shows as at least one glyph (a small segment never vanishes).
  const g = (x: number) => (x > 0 ? Math.max(1, Math.round(x / perGlyph)) : 0);
  const start = g(story.activeStart);
  const end = g(story.active);
  let arrivals = g(story.newCustomers);
  if (story.newCustomers > 0 && arrivals === 0) arrivals = 1;
  let departures = start + arrivals - end;
  if (departures < 0) {
    arrivals -= departures;
    departures = 0;
  }
  if (story.churned > 0 && departures === 0 && start > 0) {
    departures = 1;
    arrivals += 1;
  }
  const referred = story.newCustomers > 0 ? Math.min(arrivals, Math.round((arrivals * story.referrals) / story.newCustomers)) : 0;
  const [promoters = 0, passives = 0, detractors = 0] = apportion(end, [story.promoters, story.passives, story.detractors]);
  const dots = (x: number) => Math.min(MAX_DOTS, Math.round(x / perDot));
  const prospectsEnd = Math.max(0, story.prospects - story.newCustomers);
  return {
    start, arrivals, referred, departures, end, promoters, passives, detractors,
    prospectDotsStart: dots(story.prospects), prospectDotsEnd: dots(prospectsEnd),
  };
}
