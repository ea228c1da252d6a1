// Problems with the saved progress that the learner must be told about (shown on the pages).
export type ProgressNoticeKind =
  | 'damaged-save'
  | 'newer-save'
  | 'save-failed'
  | 'storage-full'
  | 'storage-unavailable'
  | 'save-migrated';

export interface ProgressNotice {
  readonly id: string;
  readonly kind: ProgressNoticeKind;
  /** A clear sentence or two for the learner. */
  readonly message: string;
  /** Where a save that could not be used was kept aside, if anywhere. */
  readonly asideKey?: string;
  readonly severity: 'error' | 'info';
}
