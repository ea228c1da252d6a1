// Round numbers for the spend sliders: a tidy maximum and a step that gives about a hundred notches.
export function niceCeiling(x: number): number {
  if (x <= 0) return 100;
  let unit = 1;
  while (unit * 10 <= x) unit *= 10;
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (unit * m >= x) return unit * m;
  return unit * 10;
}

export function spendStep(max: number): number {
  if (max <= 500) return 5;
  if (max <= 2000) return 10;
  if (max <= 10000) return 50;
  if (max <= 50000) return 100;
  return 500;
}
