// Boot: the first scene; sets the background and hands over to the Preloader at once (nothing to
// load before the progress bar can be drawn).
import Phaser from 'phaser';
import { VIEW_COLOURS } from '../palette';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(VIEW_COLOURS.background);
    this.scene.start('Preloader');
  }
}
