// Diminishing returns without exp/log: x/(x + half) rises from 0 towards 1 and is 0.5 at `half`.
export function saturate(x: number, half: number): number {
  if (x <= 0) return 0;
  if (half <= 0) return 1;
  return x / (x + half);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
