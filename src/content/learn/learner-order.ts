// Deterministic per-learner randomness for questions: the order a learner sees options, pairs and
// items in, and the seed of each parametric variant, all derived from (learner id, question id)
// with a small string hash and mulberry32. Stable for one learner, different between learners.

/** FNV-1a over UTF-16 code units: a 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** A small seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by a text key. */
export function seededRandom(key: string): () => number {
  return mulberry32(hashString(key));
}

/** Fisher–Yates shuffle driven by `key`; every order is equally likely. */
export function shuffleByKey<T>(items: readonly T[], key: string): T[] {
  const random = seededRandom(key);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order in which `learnerId` sees the `ids` of question `questionId` (`part` tells apart the
 * lists of one question, e.g. the left and right sides of a matching question).
 */
export function learnerOrder(learnerId: string, questionId: string, ids: readonly string[], part = 'options'): string[] {
  return shuffleByKey(ids, `${learnerId}|${questionId}|${part}`);
}

/**
 * Like `learnerOrder`, but never the order given (for an ordering question's starting list, which
 * must not come already solved). The identity order is turned into a rotation.
 */
export function learnerOrderNotSolved(learnerId: string, questionId: string, ids: readonly string[], part = 'items'): string[] {
  const out = learnerOrder(learnerId, questionId, ids, part);
  if (out.length > 1 && out.every((id, i) => id === ids[i])) out.push(out.shift()!);
  return out;
}
