// Whole parts that add up: `exact` shares rounded down, then the units left over (or missing) given
// to (taken from) the largest (smallest) remainders, ties to the earlier part. Used wherever shares
// are shown or spent as whole units: cents of a budget split, customers drawn as glyphs, cells of a
// table beside their rounded total.

/** Whole numbers, one per `exact` share, adding up to the whole number `total`. */
export function wholeParts(exact: readonly number[], total: number): number[] {
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) parts[order[k]!.i]! += 1;
  for (let k = order.length - 1; left < 0 && k >= 0; k--, left++) parts[order[k]!.i]! -= 1;
  return parts;
}
