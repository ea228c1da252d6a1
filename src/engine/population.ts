// The customers of one segment as parallel typed arrays (structure of arrays): each customer's own
// churn propensity θ, personal sensitivity to service, and acquisition month (cohort).
// Churned customers are removed by moving the last customer into their slot.

export interface Population {
  count: number;
  /** Monthly churn propensity θ of each customer (drawn once, at acquisition). */
  theta: Float64Array;
  /** Personal sensitivity: the customer feels (1 + sensitivity) × the segment's service shift. */
  sensitivity: Float64Array;
  /** Answering style: points a customer adds to their experience when asked to rate it. */
  style: Float64Array;
  /** Month of acquisition (0 = a customer at the start of the scenario). */
  cohort: Uint16Array;
}

export function createPopulation(capacity: number): Population {
  const size = Math.max(16, capacity);
  return { count: 0, theta: new Float64Array(size), sensitivity: new Float64Array(size), style: new Float64Array(size), cohort: new Uint16Array(size) };
}

export function ensureCapacity(pop: Population, needed: number): void {
  if (needed <= pop.theta.length) return;
  let size = pop.theta.length;
  while (size < needed) size *= 2;
  const theta = new Float64Array(size);
  theta.set(pop.theta.subarray(0, pop.count));
  const sensitivity = new Float64Array(size);
  sensitivity.set(pop.sensitivity.subarray(0, pop.count));
  const style = new Float64Array(size);
  style.set(pop.style.subarray(0, pop.count));
  const cohort = new Uint16Array(size);
  cohort.set(pop.cohort.subarray(0, pop.count));
  pop.theta = theta;
  pop.sensitivity = sensitivity;
  pop.style = style;
  pop.cohort = cohort;
}

export function clonePopulation(pop: Population): Population {
  return {
    count: pop.count,
    theta: pop.theta.slice(0, Math.max(16, pop.count)),
    sensitivity: pop.sensitivity.slice(0, Math.max(16, pop.count)),
    style: pop.style.slice(0, Math.max(16, pop.count)),
    cohort: pop.cohort.slice(0, Math.max(16, pop.count)),
  };
}
