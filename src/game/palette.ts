// Colours and shapes of the market view (Okabe–Ito, colour-blind safe; every group also differs by
// shape and fill, so colour is never the only cue: a filled circle, a hollow diamond, a filled
// triangle pointing down). The DOM legend uses the same table.
export const SATISFACTION_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type SatisfactionGroup = (typeof SATISFACTION_GROUPS)[number];

export const GROUP_STYLE: Readonly<Record<SatisfactionGroup, { readonly colour: number; readonly css: string; readonly shape: string; readonly label: string }>> = {
  promoter: { colour: 0x0072b2, css: '#0072b2', shape: 'filled blue circle', label: 'Promoter (would recommend, 9–10)' },
  passive: { colour: 0x4a5260, css: '#4a5260', shape: 'hollow grey diamond', label: 'Passive (satisfied, 7–8)' },
  detractor: { colour: 0xd55e00, css: '#d55e00', shape: 'filled orange-red triangle pointing down', label: 'Detractor (unhappy, 0–6)' },
};

export const VIEW_COLOURS = {
  background: 0xf6f3ec,
  regionFill: 0xffffff,
  regionLine: 0xc9cdd4,
  ink: '#1b1f24',
  inkSoft: '#4a5260',
  prospect: 0x8a929c,
  referral: 0x009e73,
  ring: 0x009e73,
  eventBand: 0xfdeeed,
  progressTrack: 0xd5d8de,
  progressFill: 0x0072b2,
  highlight: 0xb84a00,
} as const;

export const TEXT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif';
