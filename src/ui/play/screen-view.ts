// What every play screen returns: its element, the heading that takes focus when the screen
// appears, and what to stop when it goes.
export interface ScreenView {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  destroy?(): void;
  /** Whether the market picture is shown beside this screen. */
  readonly showsMarket?: boolean;
}
