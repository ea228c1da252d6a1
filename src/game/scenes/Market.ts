// Market: the living market. One region per segment shows prospects, customers by satisfaction and
// the service each relationship type reached; while a month is "running" it animates that month's
// report (arrivals and referrals, service, new satisfaction, departures) at 1×, 2× or 4×, or jumps
// to the end when skipped or when the player prefers reduced motion. Everything it shows comes
// from the session store's reports (through month-story.ts); it decides nothing. One scale holds
// for every segment and the whole game; the segment in focus (budget panel, market description)
// is outlined.
import Phaser from 'phaser';
import { monthStory, openingStory, phaseOf, reportsOf, type MonthStory } from '../../state/session';
import type { SessionState } from '../../state/session';
import { apportion, gameDotScale, gameScale, glyphMonth } from '../glyph-counts';
import { GAME_WIDTH, regionRects, TOP_BAR } from '../market-layout';
import { TEXT_FONT, VIEW_COLOURS } from '../palette';
import { storeOf, subscribeScene } from '../store-link';
import { MONTH_TIMELINE } from '../views/month-timeline';
import { SegmentRegion } from '../views/segment-region';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class Market extends Phaser.Scene {
  private regions: SegmentRegion[] = [];
  private monthText!: Phaser.GameObjects.Text;
  private eventText!: Phaser.GameObjects.Text;
  private scaleText!: Phaser.GameObjects.Text;
  private perGlyph = 1;
  private perDot = 1;
  private animating: { month: number; story: MonthStory } | null = null;
  private finishTimer: Phaser.Time.TimerEvent | null = null;
  private scenarioKey = '';
  private idleFrames = 0;
  /** The month whose end state is on screen (−1: none yet). */
  private shownMonth = -1;

  constructor() {
    super('Market');
  }

  create(): void {
    const store = storeOf(this);
    // A restarted scene (a new game) keeps its fields: start from a clean slate.
    this.animating = null;
    this.finishTimer = null;
    this.shownMonth = -1;
    this.idleFrames = 0;
    this.cameras.main.setBackgroundColor(VIEW_COLOURS.background);
    this.monthText = this.add.text(14, TOP_BAR / 2, '', { fontFamily: TEXT_FONT, fontSize: '20px', fontStyle: 'bold', color: VIEW_COLOURS.ink }).setOrigin(0, 0.5);
    this.eventText = this.add.text(GAME_WIDTH - 14, TOP_BAR / 2, '', { fontFamily: TEXT_FONT, fontSize: '16px', color: '#9b3d00' }).setOrigin(1, 0.5);
    this.scaleText = this.add.text(GAME_WIDTH / 2, TOP_BAR / 2, '', { fontFamily: TEXT_FONT, fontSize: '15px', color: VIEW_COLOURS.inkSoft }).setOrigin(0.5, 0.5);
    this.buildRegions(store.getState());
    subscribeScene(this, store, (s) => s.session?.view.segment ?? null, (id) => { this.wake(); this.highlight(id); });
    this.highlight(store.getState().session?.view.segment ?? null);

    subscribeScene(this, store, (s) => s.game?.market.scenario, () => { this.wake(); this.scene.restart(); });
    subscribeScene(this, store, (s) => `${reportsOf(s).length}/${phaseOf(s) ?? ''}/${s.animatedMonth}`, () => { this.wake(); this.refresh(); });
    subscribeScene(this, store, (s) => s.speed, (speed) => this.setSpeed(speed));
    subscribeScene(this, store, (s) => s.skipRequests, () => { this.wake(); this.finishMonth(); });
    this.setSpeed(store.getState().speed);
    this.refresh();
  }

  /** Nothing moves between months: the game loop sleeps a few frames after the last change. */
  override update(): void {
    if (this.animating) {
      this.idleFrames = 0;
      return;
    }
    if (++this.idleFrames > 3) {
      this.idleFrames = 0;
      this.game.loop.sleep();
    }
  }

  private wake(): void {
    this.idleFrames = 0;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private buildRegions(state: SessionState): void {
    const scenario = state.game?.market.scenario;
    this.regions = [];
    if (!scenario) {
      this.monthText.setText('Waiting for a game…');
      return;
    }
    this.scenarioKey = `${scenario.id}/${state.game?.market.seed ?? ''}`;
    this.perGlyph = gameScale(scenario.segments);
    this.perDot = gameDotScale(scenario.segments);
    this.scaleText.setText(`1 glyph = ${this.perGlyph === 1 ? '1 customer' : `${this.perGlyph} customers`} · 1 dot = ${this.perDot === 1 ? '1 prospect' : `${this.perDot} prospects`} (every segment, all game)`);
    regionRects(scenario.segments.length).forEach((rect, i) => {
      const segment = scenario.segments[i]!;
      this.regions.push(new SegmentRegion(this, rect, segment.name, `${this.scenarioKey}/${segment.id}`));
    });
  }

  private setSpeed(speed: number): void {
    this.tweens.timeScale = speed;
    this.time.timeScale = speed;
  }

  /** The stories of months 0 (opening) … `month`. */
  private stories(state: SessionState, month: number): MonthStory[] {
    const scenario = state.game!.market.scenario;
    return [openingStory(scenario), ...reportsOf(state).slice(0, month).map((r) => monthStory(scenario, r))];
  }

  private refresh(): void {
    const state = storeOf(this).getState();
    if (!state.game || this.regions.length === 0) return;
    const phase = phaseOf(state);
    if (this.animating) {
      // The player moved on (e.g. to the results) before the animation ended: jump to its end.
      if (phase !== 'running') this.finishMonth();
      return;
    }
    const month = reportsOf(state).length;
    const wantsAnimation = phase === 'running' && state.animatedMonth < month && month > 0;
    if (wantsAnimation && !prefersReducedMotion()) this.playMonth(state, month);
    else {
      if (this.shownMonth !== month) this.showMonth(state, month);
      if (wantsAnimation) storeOf(this).getState().markAnimated(month);
    }
  }

  private highlight(segmentId: string | null): void {
    const segments = storeOf(this).getState().game?.market.scenario.segments ?? [];
    this.regions.forEach((region, i) => region.setHighlight(segments[i]?.id === segmentId));
  }

  private label(state: SessionState, story: MonthStory): void {
    const months = state.game?.market.months ?? 0;
    this.monthText.setText(story.month === 0 ? 'Before month 1' : `Month ${story.month} of ${months}`);
    this.eventText.setText(story.events.length > 0 ? story.events.map((e) => e.title).join(' · ') : '');
  }

  /** Shows the market as it stands after `month` (0 = before the first month). */
  private showMonth(state: SessionState, month: number): void {
    const stories = this.stories(state, month);
    const story = stories[stories.length - 1]!;
    this.shownMonth = month;
    this.label(state, story);
    this.regions.forEach((region, s) => {
      const seg = story.segments[s]!;
      const gm = glyphMonth(seg, this.perGlyph, this.perDot);
      region.setCount(seg.active);
      region.showState(gm, month === 0 ? gm.prospectDotsStart : gm.prospectDotsEnd, seg.serviceLevels);
    });
  }

  private playMonth(state: SessionState, month: number): void {
    const stories = this.stories(state, month);
    const story = stories[month]!;
    const before = stories[month - 1]!;
    this.animating = { month, story };
    this.label(state, story);
    this.regions.forEach((region, s) => {
      const seg = story.segments[s]!;
      const prev = before.segments[s]!;
      const gm = glyphMonth(seg, this.perGlyph, this.perDot);
      const [promoters = 0, passives = 0, detractors = 0] = apportion(gm.start, [prev.promoters, prev.passives, prev.detractors]);
      region.setCount(prev.active);
      region.animate({ promoters, passives, detractors }, gm, seg.serviceLevels, seg.engagement, prev.serviceLevels);
    });
    this.finishTimer = this.time.delayedCall(MONTH_TIMELINE.total, () => this.finishMonth());
  }

  /** Ends the month animation now: every glyph in its final place, the store told it is done. */
  private finishMonth(): void {
    const current = this.animating;
    if (!current) return;
    this.animating = null;
    this.finishTimer?.remove(false);
    this.finishTimer = null;
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.regions.forEach((region, s) => {
      region.finish(current.story.segments[s]!.serviceLevels);
      region.setCount(current.story.segments[s]!.active);
    });
    this.shownMonth = current.month;
    storeOf(this).getState().markAnimated(current.month);
  }
}
