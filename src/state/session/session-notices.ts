// What the player must be told about the saved game (shown above the play screens): problems, and
// a game kept aside on purpose before another replaced it.
export const SESSION_NOTICE_KINDS = [
  'damaged-save', 'newer-save', 'scenario-changed', 'save-failed', 'storage-full', 'storage-unavailable', 'scenario-missing', 'kept-game',
] as const;
export type SessionNoticeKind = (typeof SESSION_NOTICE_KINDS)[number];

export interface SessionNotice {
  readonly id: string;
  readonly kind: SessionNoticeKind;
  /** One or two clear sentences for the player. */
  readonly message: string;
  /** Where a save that could not be used was kept, if anywhere. */
  readonly asideKey?: string;
}
