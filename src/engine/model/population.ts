// The customers of one segment as parallel typed arrays (structure of arrays): each customer's own
// churn propensity θ, taste class and acquisition month (cohort). Churned customers are removed by
// moving the last customer into their slot.
//
// Taste is discrete: a sensitivity level (how strongly the customer feels the segment's service;
// SENSITIVITY_LEVELS steps over [−spread, spread]) and an answering style (points added when they
// rate us; STYLE_LEVELS steps over [−answerSpread, answerSpread]). One class index holds both
// (style level × 16 + sensitivity level), so the monthly pass looks satisfaction up in small tables
// instead of computing it per customer.

export const SENSITIVITY_LEVELS = 15;
export const STYLE_LEVELS = 21;
/** Sensitivity occupies the low four bits of a taste class. */
export const SENSITIVITY_BITS = 4;
export const SENSITIVITY_MASK = (1 << SENSITIVITY_BITS) - 1;
export const TASTE_CLASSES = STYLE_LEVELS << SENSITIVITY_BITS;

export function tasteClass(sensitivityLevel: number, styleLevel: number): number {
  return (styleLevel << SENSITIVITY_BITS) | sensitivityLevel;
}

export interface Population {
  count: number;
  /** Monthly churn propensity θ of each customer (drawn once, at acquisition). */
  theta: Float64Array;
  /** Taste class: style level × 16 + sensitivity level. */
  taste: Uint16Array;
  /** Month of acquisition (0 = a customer at the start of the scenario). */
  cohort: Uint16Array;
}

/** Sensitivity of level j: the customer feels (1 + sensitivity) × the segment's satisfaction shift. */
export function sensitivityOf(level: number, spread: number): number {
  const half = (SENSITIVITY_LEVELS - 1) / 2;
  return (spread * (level - half)) / half;
}

/** Answering style of level l, in satisfaction points. */
export function styleOf(level: number, answerSpread: number): number {
  const half = (STYLE_LEVELS - 1) / 2;
  return (answerSpread * (level - half)) / half;
}

export function createPopulation(capacity: number): Population {
  const size = Math.max(16, capacity);
  return { count: 0, theta: new Float64Array(size), taste: new Uint16Array(size), cohort: new Uint16Array(size) };
}

export function ensureCapacity(pop: Population, needed: number): void {
  if (needed <= pop.theta.length) return;
  let size = pop.theta.length;
  while (size < needed) size *= 2;
  const theta = new Float64Array(size);
  theta.set(pop.theta.subarray(0, pop.count));
  const taste = new Uint16Array(size);
  taste.set(pop.taste.subarray(0, pop.count));
  const cohort = new Uint16Array(size);
  cohort.set(pop.cohort.subarray(0, pop.count));
  pop.theta = theta;
  pop.taste = taste;
  pop.cohort = cohort;
}

/** A copy with room to grow, so the next month's newcomers rarely force a reallocation. */
export function clonePopulation(pop: Population): Population {
  const size = Math.max(16, pop.count + (pop.count >> 3) + 64);
  return { count: pop.count, theta: pop.theta.slice(0, size), taste: pop.taste.slice(0, size), cohort: pop.cohort.slice(0, size) };
}
