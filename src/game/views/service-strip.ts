// The strip at the foot of a segment's region: the seven relationship-type icons, each faded by
// the service level its spend reached this month and underlined by a level bar; during the month
// animation the funded ones pulse.
import Phaser from 'phaser';
import { RELATIONSHIP_TYPES, type RelationshipTypeId } from '../../engine';
import { VIEW_COLOURS } from '../palette';
import { typeIconKey } from '../type-icons';
import type { Rect } from '../glyph-layout';

const ICON_SIZE = 24;
const MIN_ALPHA = 0.22;

export class ServiceStrip {
  private readonly icons: Phaser.GameObjects.Image[] = [];
  private readonly bars: Phaser.GameObjects.Rectangle[] = [];
  private readonly barWidth: number;

  constructor(private readonly scene: Phaser.Scene, area: Rect) {
    const n = RELATIONSHIP_TYPES.length;
    const gap = area.width / n;
    this.barWidth = Math.min(ICON_SIZE + 6, gap - 4);
    RELATIONSHIP_TYPES.forEach((type, i) => {
      const x = area.x + gap * (i + 0.5);
      const icon = scene.add.image(x, area.y + ICON_SIZE / 2, typeIconKey(type)).setDisplaySize(ICON_SIZE, ICON_SIZE).setAlpha(MIN_ALPHA);
      scene.add.rectangle(x - this.barWidth / 2, area.y + ICON_SIZE + 6, this.barWidth, 4, VIEW_COLOURS.progressTrack).setOrigin(0, 0.5);
      const bar = scene.add.rectangle(x - this.barWidth / 2, area.y + ICON_SIZE + 6, 0, 4, VIEW_COLOURS.ring).setOrigin(0, 0.5);
      this.icons.push(icon);
      this.bars.push(bar);
    });
  }

  /** Shows each type's service level (0–1) at once. */
  showLevels(levels: Readonly<Record<RelationshipTypeId, number>>): void {
    RELATIONSHIP_TYPES.forEach((type, i) => {
      const level = Math.max(0, Math.min(1, levels[type]));
      this.icons[i]!.setAlpha(MIN_ALPHA + (1 - MIN_ALPHA) * level).setDisplaySize(ICON_SIZE, ICON_SIZE);
      this.bars[i]!.width = this.barWidth * level;
    });
  }

  /** Pulses the icons of the types that reached some service, between `delay` and `delay + duration`. */
  pulse(levels: Readonly<Record<RelationshipTypeId, number>>, delay: number, duration: number): void {
    RELATIONSHIP_TYPES.forEach((type, i) => {
      const level = levels[type];
      if (level <= 0.01) return;
      const icon = this.icons[i]!;
      this.scene.tweens.add({
        targets: icon,
        displayWidth: ICON_SIZE * (1 + 0.45 * level),
        displayHeight: ICON_SIZE * (1 + 0.45 * level),
        delay,
        duration: duration / 2,
        yoyo: true,
        ease: 'Sine.easeInOut',
      });
    });
  }
}
