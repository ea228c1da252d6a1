// The customers of one segment. Each customer has their own churn propensity θ (drawn once, at
// acquisition), a taste class and an acquisition month (cohort).
//
// Customers are kept in θ bands: band b holds every customer with θ in (BAND_TOP[b + 1], BAND_TOP[b]],
// the tops falling by a factor √2 from 1 (the last band, below about 0.0014, reaches down to 0).
// All bands share one set of parallel typed arrays (structure of arrays), each band a run of slots
// with room to grow; a churned customer is removed by moving the band's last customer into their
// slot. Bands let the monthly churn pass touch only the customers who might leave (churn.ts).
//
// Taste is discrete: a sensitivity level (how strongly the customer feels the segment's service;
// SENSITIVITY_LEVELS steps over [−spread, spread]) and an answering style (points added when they
// rate us; STYLE_LEVELS steps over [−answerSpread, answerSpread]). One class index holds both
// (style level × 16 + sensitivity level), so satisfaction is looked up in small tables instead of
// computed per customer. The population keeps a count of its customers per class and per
// sensitivity level (the churn pass's word of mouth needs only the latter).

export const SENSITIVITY_LEVELS = 15;
export const STYLE_LEVELS = 21;
/** Sensitivity occupies the low four bits of a taste class. */
export const SENSITIVITY_BITS = 4;
export const SENSITIVITY_MASK = (1 << SENSITIVITY_BITS) - 1;
export const TASTE_CLASSES = STYLE_LEVELS << SENSITIVITY_BITS;

export const THETA_BANDS = 20;
/** The largest θ of each band: 1, 1/√2, 1/2, … (exact doubles: halvings of 1 and of √½). */
export const BAND_TOP: Float64Array = (() => {
  const top = new Float64Array(THETA_BANDS);
  top[0] = 1;
  top[1] = Math.SQRT1_2;
  for (let b = 2; b < THETA_BANDS; b++) top[b] = top[b - 2]! / 2;
  return top;
})();

export function tasteClass(sensitivityLevel: number, styleLevel: number): number {
  return (styleLevel << SENSITIVITY_BITS) | sensitivityLevel;
}

/** A customer's tag from their month of acquisition and taste class. */
export function tagOf(cohort: number, taste: number): number {
  return cohort * 65536 + taste;
}

/** The taste class and the month of acquisition in a tag. */
export const tasteOfTag = (tag: number): number => tag & 0xffff;
export const cohortOfTag = (tag: number): number => tag >>> 16;

export interface Population {
  /** Customers in all bands. */
  count: number;
  /** Band b occupies slots [bandStart[b], bandStart[b] + bandCount[b]) of the arrays below, with
   * room up to bandStart[b + 1] (the last entry is the arrays' capacity). */
  readonly bandStart: Int32Array;
  readonly bandCount: Int32Array;
  /** Monthly churn propensity θ of each customer (drawn once, at acquisition). */
  theta: Float64Array;
  /** Each customer's tag: month of acquisition (0 = a customer at the start of the scenario)
   * × 65,536 + taste class (style level × 16 + sensitivity level); see tagOf. One array rather than
   * two keeps a customer in two memory locations, which the churn pass moves often. */
  tag: Uint32Array;
  /** Customers per taste class. */
  readonly classCount: Int32Array;
  /** Customers per sensitivity level (the sums of classCount over answering styles). */
  readonly levelCount: Int32Array;
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

const bits = new DataView(new ArrayBuffer(8));

/** The band of a propensity θ in [0, 1]: the largest b with θ ≤ BAND_TOP[b]. */
export function bandOf(theta: number): number {
  // θ = 1.f × 2^e lies below 2^(e+1) = BAND_TOP[−2e − 2]; the band is that one or one of the next two.
  bits.setFloat64(0, theta);
  const e = ((bits.getUint32(0) >>> 20) & 0x7ff) - 1023;
  let b = -2 * e - 2;
  if (b >= THETA_BANDS - 1) return THETA_BANDS - 1;
  if (b < 0) b = 0;
  while (b < THETA_BANDS - 1 && theta <= BAND_TOP[b + 1]!) b++;
  return b;
}

export function createPopulation(): Population {
  const empty: Population = {
    count: 0,
    bandStart: new Int32Array(THETA_BANDS + 1),
    bandCount: new Int32Array(THETA_BANDS),
    theta: new Float64Array(0),
    tag: new Uint32Array(0),
    classCount: new Int32Array(TASTE_CLASSES),
    levelCount: new Int32Array(SENSITIVITY_LEVELS),
  };
  layOut(empty, empty, -1, null);
  return empty;
}

const room = new Int32Array(THETA_BANDS);

/**
 * Lays `from`'s customers out band by band in `into` (which may be `from`), each band with room to
 * grow by at least as many customers as it has (8 at least), band `growing` by twice that. The
 * arrays of `spare`, a population no longer needed, are reused when they are large enough, their
 * extra room shared out in proportion.
 */
function layOut(from: Population, into: Population, growing: number, spare: Population | null): void {
  let size = 0;
  for (let b = 0; b < THETA_BANDS; b++) {
    const n = from.bandCount[b]!;
    room[b] = n + Math.max(8, n) * (b === growing ? 3 : 1);
    size += room[b]!;
  }
  const reuse = spare !== null && spare.theta !== from.theta && spare.theta.length >= size;
  const capacity = reuse ? spare.theta.length : size;
  const theta = reuse ? spare.theta : new Float64Array(capacity);
  const tag = reuse ? spare.tag : new Uint32Array(capacity);
  let at = 0;
  for (let b = 0; b < THETA_BANDS; b++) {
    const start = from.bandStart[b]!;
    const n = from.bandCount[b]!;
    if (n > 64) {
      theta.set(from.theta.subarray(start, start + n), at);
      tag.set(from.tag.subarray(start, start + n), at);
    } else {
      // Most bands of a forecast's futures are short: a loop is cheaper than two subarray views.
      for (let i = 0; i < n; i++) {
        theta[at + i] = from.theta[start + i]!;
        tag[at + i] = from.tag[start + i]!;
      }
    }
    into.bandStart[b] = at;
    into.bandCount[b] = n;
    at += b === THETA_BANDS - 1 ? capacity - at : Math.floor((room[b]! * capacity) / size);
  }
  into.bandStart[THETA_BANDS] = capacity;
  into.theta = theta;
  into.tag = tag;
}

/** Makes room for at least one more customer in band `band` (the arrays may be replaced). */
export function makeRoom(pop: Population, band: number): void {
  if (pop.bandStart[band]! + pop.bandCount[band]! === pop.bandStart[band + 1]) layOut(pop, pop, band, null);
}

/** Adds one customer whose θ lies in band `band` (see bandOf). */
export function addCustomer(pop: Population, theta: number, band: number, taste: number, cohort: number): void {
  makeRoom(pop, band);
  const slot = pop.bandStart[band]! + pop.bandCount[band]!++;
  pop.theta[slot] = theta;
  pop.tag[slot] = tagOf(cohort, taste);
  pop.classCount[taste]!++;
  pop.levelCount[taste & SENSITIVITY_MASK]!++;
  pop.count++;
}

/**
 * An independent copy (the same customers in the same order in each band), with room to grow.
 * `spare`, a population no longer needed, becomes the copy, keeping its arrays where they are
 * large enough.
 */
export function clonePopulation(pop: Population, spare: Population | null = null): Population {
  if (spare === null || spare === pop) {
    const copy: Population = { ...pop, bandStart: new Int32Array(THETA_BANDS + 1), bandCount: new Int32Array(THETA_BANDS), classCount: pop.classCount.slice(), levelCount: pop.levelCount.slice() };
    layOut(pop, copy, -1, null);
    return copy;
  }
  // The spare becomes the copy: its arrays are overwritten, none allocated unless too small.
  spare.count = pop.count;
  spare.classCount.set(pop.classCount);
  spare.levelCount.set(pop.levelCount);
  layOut(pop, spare, -1, spare);
  return spare;
}
