// One customer segment's region of the market: its prospects as faint dots, its customers as
// glyphs shaped and coloured by satisfaction, the service strip, and the month animation (arrivals,
// referrals drawn from existing customers, service rings, new satisfaction, departures). The view
// only shows counts it is given (see glyph-counts.ts); no rule of the model lives here.
import Phaser from 'phaser';
import type { RelationshipTypeId } from '../../engine';
import { MAX_GLYPHS, type GlyphMonth } from '../glyph-counts';
import { scatterOutside, spiralSlots, visualRandom, type Rect } from '../glyph-layout';
import { DOT_KEY, GLYPH_DISPLAY_SCALE, glyphKey, RING_KEY } from '../glyph-textures';
import { TEXT_FONT, VIEW_COLOURS, type SatisfactionGroup } from '../palette';
import { ServiceStrip } from './service-strip';
import { MONTH_TIMELINE as T } from './month-timeline';

export interface GroupCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

interface Glyph {
  readonly image: Phaser.GameObjects.Image;
  group: SatisfactionGroup;
}

const SLOT_CAPACITY = Math.round(MAX_GLYPHS * 1.35);
const HEADER = 72;
const STRIP = 44;

function groupList(counts: GroupCounts): SatisfactionGroup[] {
  return [
    ...Array<SatisfactionGroup>(counts.promoters).fill('promoter'),
    ...Array<SatisfactionGroup>(counts.passives).fill('passive'),
    ...Array<SatisfactionGroup>(counts.detractors).fill('detractor'),
  ];
}

export class SegmentRegion {
  private glyphs: Glyph[] = [];
  private dots: Phaser.GameObjects.Image[] = [];
  private transient: Phaser.GameObjects.GameObject[] = [];
  private planned: { glyphs: Glyph[]; groups: SatisfactionGroup[]; leaving: Glyph[]; dots: number } | null = null;
  private readonly field: Rect;
  private readonly dotSpots: { x: number; y: number }[];
  private readonly countText: Phaser.GameObjects.Text;
  private readonly strip: ServiceStrip;
  private readonly outline: Phaser.GameObjects.Rectangle;

  constructor(private readonly scene: Phaser.Scene, bounds: Rect, name: string, private readonly visualSeed: string) {
    scene.add.rectangle(bounds.x + 4, bounds.y + 4, bounds.width - 8, bounds.height - 8, VIEW_COLOURS.regionFill)
      .setOrigin(0, 0).setStrokeStyle(2, VIEW_COLOURS.regionLine).setDepth(-1);
    scene.add.text(bounds.x + 14, bounds.y + 10, name, { fontFamily: TEXT_FONT, fontSize: '20px', fontStyle: 'bold', color: VIEW_COLOURS.ink })
      .setFixedSize(bounds.width - 28, 26);
    this.countText = scene.add.text(bounds.x + 14, bounds.y + 36, '', { fontFamily: TEXT_FONT, fontSize: '16px', color: VIEW_COLOURS.inkSoft })
      .setWordWrapWidth(bounds.width - 28);
    this.outline = scene.add.rectangle(bounds.x + 4, bounds.y + 4, bounds.width - 8, bounds.height - 8)
      .setOrigin(0, 0).setStrokeStyle(5, VIEW_COLOURS.highlight).setFillStyle(0, 0).setDepth(5).setVisible(false);
    this.field = { x: bounds.x + 14, y: bounds.y + HEADER, width: bounds.width - 28, height: bounds.height - HEADER - STRIP - 8 };
    this.dotSpots = scatterOutside(this.field, 400, visualRandom(`${visualSeed}/dots`));
    this.strip = new ServiceStrip(scene, { x: bounds.x + 8, y: bounds.y + bounds.height - STRIP - 4, width: bounds.width - 16, height: STRIP });
  }

  /** The segment's customer count, written under its name. */
  setCount(active: number): void {
    this.countText.setText(`${active.toLocaleString('en-US')} ${active === 1 ? 'customer' : 'customers'}`);
  }

  /** Outlines the region when its segment is in focus. */
  setHighlight(on: boolean): void {
    this.outline.setVisible(on);
  }

  private slots(count: number): { x: number; y: number }[] {
    return spiralSlots(this.field, count, Math.max(SLOT_CAPACITY, count));
  }

  private makeGlyph(group: SatisfactionGroup, x: number, y: number): Glyph {
    return { image: this.scene.add.image(x, y, glyphKey(group)).setScale(GLYPH_DISPLAY_SCALE).setDepth(2), group };
  }

  private setGroup(glyph: Glyph, group: SatisfactionGroup): void {
    glyph.group = group;
    glyph.image.setTexture(glyphKey(group));
  }

  private showDots(count: number): void {
    const n = Math.min(count, this.dotSpots.length);
    while (this.dots.length > n) this.dots.pop()!.destroy();
    while (this.dots.length < n) {
      const spot = this.dotSpots[this.dots.length]!;
      this.dots.push(this.scene.add.image(spot.x, spot.y, DOT_KEY).setAlpha(0.45));
    }
    for (const d of this.dots) d.setAlpha(0.45).setScale(1);
  }

  /** Shows a state at once: glyphs by group (mixed in a fixed cosmetic order), dots and service. */
  showState(groups: GroupCounts, dots: number, levels: Readonly<Record<RelationshipTypeId, number>>): void {
    this.clearTransient();
    const list = groupList(groups);
    const random = visualRandom(`${this.visualSeed}/${list.length}`);
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    const slots = this.slots(list.length);
    while (this.glyphs.length > list.length) this.glyphs.pop()!.image.destroy();
    list.forEach((group, i) => {
      const { x, y } = slots[i]!;
      const glyph = this.glyphs[i];
      if (glyph) {
        this.setGroup(glyph, group);
        glyph.image.setPosition(x, y).setAlpha(1).setScale(GLYPH_DISPLAY_SCALE);
      } else this.glyphs.push(this.makeGlyph(group, x, y));
    });
    this.showDots(dots);
    this.strip.showLevels(levels);
  }

  /**
   * Animates one month from the start groups to `month`'s end; `finish()` (called by the scene when
   * the timeline ends or is skipped) puts every glyph in its final place.
   */
  animate(start: GroupCounts, month: GlyphMonth, levels: Readonly<Record<RelationshipTypeId, number>>, engagement: number, previousLevels: Readonly<Record<RelationshipTypeId, number>>): void {
    this.showState(start, month.prospectDotsStart, previousLevels);
    const scene = this.scene;
    const random = visualRandom(`${this.visualSeed}/month/${month.end}/${month.arrivals}`);
    const slots = this.slots(this.glyphs.length + month.arrivals);

    // Who leaves: the least satisfied first (detractors, then passives, then promoters).
    const leaving: Glyph[] = [];
    for (const group of ['detractor', 'passive', 'promoter'] as const) {
      for (let i = this.glyphs.length - 1; i >= 0 && leaving.length < month.departures; i--) {
        const g = this.glyphs[i]!;
        if (g.group === group && !leaving.includes(g)) leaving.push(g);
      }
    }
    const staying = this.glyphs.filter((g) => !leaving.includes(g));

    // Arrivals: referred ones spring from a staying customer, the others from a prospect dot.
    const arrivals: Glyph[] = [];
    const advocates = [...staying.filter((g) => g.group === 'promoter'), ...staying.filter((g) => g.group === 'passive')];
    let dotIndex = this.dots.length - 1;
    for (let j = 0; j < month.arrivals; j++) {
      const target = slots[this.glyphs.length + j]!;
      const referred = j < month.referred && advocates.length > 0;
      let from: { x: number; y: number };
      if (referred) {
        const advocate = advocates[Math.floor(random() * advocates.length)]!;
        from = { x: advocate.image.x, y: advocate.image.y };
      } else if (dotIndex >= 0) {
        const dot = this.dots[dotIndex--]!;
        from = { x: dot.x, y: dot.y };
      } else from = { x: target.x, y: this.field.y };
      const delay = T.arrive.start + (T.arrive.span - T.arrive.travel) * (month.arrivals > 1 ? j / (month.arrivals - 1) : 0);
      const glyph = this.makeGlyph('passive', from.x, from.y);
      glyph.image.setScale(0);
      arrivals.push(glyph);
      if (referred) {
        const link = scene.add.line(0, 0, from.x, from.y, target.x, target.y, VIEW_COLOURS.referral).setOrigin(0, 0).setLineWidth(2).setAlpha(0).setDepth(1);
        this.transient.push(link);
        scene.tweens.add({ targets: link, alpha: 0.9, delay, duration: T.arrive.travel / 2, yoyo: true });
      }
      scene.tweens.add({ targets: glyph.image, x: target.x, y: target.y, scale: GLYPH_DISPLAY_SCALE, delay, duration: T.arrive.travel, ease: 'Cubic.easeOut' });
    }
    // Prospect dots used up (by arrivals and by the market shrinking) fade away.
    const dotsLeft = Math.max(0, Math.min(month.prospectDotsEnd, this.dots.length));
    this.dots.slice(dotsLeft).forEach((dot, k, all) => {
      scene.tweens.add({ targets: dot, alpha: 0, scale: 0.3, delay: T.arrive.start + (T.arrive.span * k) / Math.max(1, all.length), duration: T.arrive.travel / 2 });
    });

    // Service: rings around the share of customers a relationship type touched this month.
    const final = [...staying, ...arrivals];
    const ringed = Math.min(80, Math.round(final.length * Math.max(0, Math.min(1, engagement))));
    for (let k = 0; k < ringed; k++) {
      const g = final[Math.floor((k * final.length) / Math.max(1, ringed))]!;
      const target = slots[this.glyphs.includes(g) ? this.glyphs.indexOf(g) : this.glyphs.length + arrivals.indexOf(g)]!;
      const ring = scene.add.image(target.x, target.y, RING_KEY).setScale(0.2).setAlpha(0).setDepth(1);
      this.transient.push(ring);
      scene.tweens.add({ targets: ring, alpha: 0.85, scale: 0.45, delay: T.serve.start + (T.serve.span / 2) * (k / Math.max(1, ringed)), duration: T.serve.span / 2, yoyo: true });
    }
    scene.time.delayedCall(T.serve.start, () => this.strip.showLevels(levels));
    this.strip.pulse(levels, T.serve.start, T.serve.span);

    // New satisfaction: keep each glyph's group while the new counts allow, recolour the rest.
    // Visited in a cosmetic random order, so the glyphs that change are scattered, not in rings.
    const need: Record<SatisfactionGroup, number> = { promoter: month.promoters, passive: month.passives, detractor: month.detractors };
    const visit = final.map((_, i) => i);
    for (let i = visit.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [visit[i], visit[j]] = [visit[j]!, visit[i]!];
    }
    const newGroups: (SatisfactionGroup | null)[] = final.map(() => null);
    for (const i of visit) {
      const g = final[i]!;
      if (need[g.group] > 0 && !arrivals.includes(g)) {
        need[g.group]--;
        newGroups[i] = g.group;
      }
    }
    const order = ['promoter', 'passive', 'detractor'] as const;
    for (const i of visit) newGroups[i] ??= order.find((o) => need[o] > 0 && need[o]-- > 0) ?? 'passive';
    final.forEach((g, i) => {
      const group = newGroups[i] ?? 'passive';
      if (group === g.group && !arrivals.includes(g)) return;
      scene.time.delayedCall(T.recolour.start + (T.recolour.span * i) / Math.max(1, final.length), () => {
        this.setGroup(g, group);
        scene.tweens.add({ targets: g.image, scale: GLYPH_DISPLAY_SCALE * 1.5, duration: 120, yoyo: true });
      });
    });

    // Departures drift out of the bottom of the region and fade.
    leaving.forEach((g, k) => {
      const out = g.image.x < this.field.x + this.field.width / 2 ? -1 : 1;
      scene.tweens.add({
        targets: g.image,
        x: g.image.x + out * (20 + random() * 30),
        y: this.field.y + this.field.height + 10,
        alpha: 0,
        delay: T.leave.start + (T.leave.span - T.leave.travel) * (k / Math.max(1, leaving.length)),
        duration: T.leave.travel,
        ease: 'Cubic.easeIn',
      });
    });

    // Reflow: the customers who stay close the gaps.
    const endSlots = this.slots(final.length);
    final.forEach((g, i) => {
      scene.tweens.add({ targets: g.image, x: endSlots[i]!.x, y: endSlots[i]!.y, delay: T.reflow.start, duration: T.reflow.span, ease: 'Sine.easeInOut' });
    });
    this.planned = { glyphs: final, groups: newGroups.map((g) => g ?? 'passive'), leaving, dots: dotsLeft };
  }

  /** Puts everything in its end-of-month place at once (end of the timeline, or skip). */
  finish(levels: Readonly<Record<RelationshipTypeId, number>>): void {
    const plan = this.planned;
    this.planned = null;
    if (!plan) return;
    for (const g of plan.leaving) g.image.destroy();
    this.glyphs = plan.glyphs;
    const slots = this.slots(this.glyphs.length);
    this.glyphs.forEach((g, i) => {
      this.setGroup(g, plan.groups[i] ?? g.group);
      g.image.setPosition(slots[i]!.x, slots[i]!.y).setAlpha(1).setScale(GLYPH_DISPLAY_SCALE);
    });
    this.showDots(plan.dots);
    this.strip.showLevels(levels);
    this.clearTransient();
  }

  private clearTransient(): void {
    for (const o of this.transient) o.destroy();
    this.transient = [];
  }

  /** How many glyphs and dots are shown (for the tests and the text twin's consistency checks). */
  counts(): { glyphs: number; dots: number } {
    return { glyphs: this.glyphs.length, dots: this.dots.length };
  }
}
