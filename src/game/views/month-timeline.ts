// The month animation's timeline at 1× speed (milliseconds): arrivals, service, new satisfaction,
// departures, then the survivors close ranks; two and a half seconds in all, so a month flows.
// 2× and 4× scale the clock, not these numbers.
export const MONTH_TIMELINE = {
  arrive: { start: 0, span: 900, travel: 420 },
  serve: { start: 900, span: 560 },
  recolour: { start: 1460, span: 300 },
  leave: { start: 1760, span: 520, travel: 340 },
  reflow: { start: 2280, span: 220 },
  total: 2500,
} as const;
