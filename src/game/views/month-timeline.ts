// The month animation's timeline at 1× speed (milliseconds): arrivals, service, new satisfaction,
// departures, then the survivors close ranks. 2× and 4× scale the clock, not these numbers.
export const MONTH_TIMELINE = {
  arrive: { start: 0, span: 1800, travel: 700 },
  serve: { start: 1800, span: 1100 },
  recolour: { start: 2900, span: 500 },
  leave: { start: 3400, span: 1100, travel: 600 },
  reflow: { start: 4500, span: 500 },
  total: 5000,
} as const;
