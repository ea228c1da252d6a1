// Preloader: loads the relationship-type icons with a progress bar, bakes the glyph textures, then
// starts the Market scene.
import Phaser from 'phaser';
import { RELATIONSHIP_TYPES } from '../../engine';
import { makeGlyphTextures } from '../glyph-textures';
import { typeIconKey, typeIconUrl } from '../type-icons';
import { TEXT_FONT, VIEW_COLOURS } from '../palette';

export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  init(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(480, width * 0.6);
    this.add.text(width / 2, height / 2 - 36, 'Opening the market…', { fontFamily: TEXT_FONT, fontSize: '24px', color: VIEW_COLOURS.ink }).setOrigin(0.5);
    this.add.rectangle(width / 2, height / 2, barWidth, 18).setStrokeStyle(2, VIEW_COLOURS.progressTrack);
    const bar = this.add.rectangle(width / 2 - barWidth / 2 + 3, height / 2, 4, 12, VIEW_COLOURS.progressFill).setOrigin(0, 0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      bar.width = 4 + (barWidth - 10) * progress;
    });
  }

  preload(): void {
    for (const type of RELATIONSHIP_TYPES) this.load.svg(typeIconKey(type), typeIconUrl(type), { width: 48, height: 48 });
  }

  create(): void {
    makeGlyphTextures(this);
    this.scene.start('Market');
  }
}
