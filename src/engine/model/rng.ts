// Seeded random streams as plain data. Every system of the model (acquisition, churn, new
// customers' traits, referrals, events) draws from its own named stream per segment, so adding a
// draw to one system never shifts another. A stream is a record of four numbers, the state of
// Baagøe's Alea generator: it lives inside the run state, so a run can be copied, structured-cloned
// (sent to a worker) or serialised, and replaying is folding the moves again (boardgame.io's habit).
import alea from 'seedrandom/lib/alea.js';

/** The state of one Alea stream; `uniform` advances it in place. */
export interface Stream {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export const STREAM_SYSTEMS = ['acquisition', 'referrals', 'traits', 'churn', 'events'] as const;
export type StreamSystem = (typeof STREAM_SYSTEMS)[number];

/** The seed string of one system's stream for one segment. */
export function streamSeed(seed: string, system: StreamSystem, segmentId: string): string {
  return `${seed}/${system}/${segmentId}`;
}

/** A stream seeded from a string with seedrandom's Alea (its Mash seeding). */
export function createStream(seedString: string): Stream {
  const { c, s0, s1, s2 } = alea(seedString, { state: true }).state();
  return { c, s0, s1, s2 };
}

/** 2^−32, Alea's scale for its carry. */
export const ALEA_2_32 = 2.3283064365386963e-10;

/**
 * The next uniform number in [0, 1) of `s`, advancing it: Alea's step exactly as seedrandom computes
 * it (+ × and `| 0` only, so every JS engine gives the same bits). The two hottest loops (churn.ts,
 * newcomers.ts) inline this step with the state in locals; their tests check they draw exactly
 * what uniform() would (churn-pass.test.ts, samplers.test.ts).
 */
export function uniform(s: Stream): number {
  const t = 2091639 * s.s0 + s.c * ALEA_2_32;
  s.s0 = s.s1;
  s.s1 = s.s2;
  s.c = t | 0;
  s.s2 = t - s.c;
  return s.s2;
}

export function copyStream(s: Stream): Stream {
  return { c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 };
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers in which every input bit flips
 * about half the output bits (integer operations only, the same in every engine). */
function mix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A stream started from three draws of `parent`, each scrambled, for many independent streams made
 * quickly (hashing a seed string per stream costs more than a forecast's month). Unscrambled, the
 * child would start in a state its parent passes through, and be a shifted copy of it.
 */
export function childStream(parent: Stream): Stream {
  const scrambled = () => mix32(uniform(parent) * 4294967296) / 4294967296;
  const s0 = scrambled();
  const s1 = scrambled();
  const s2 = scrambled();
  return { c: 1, s0, s1, s2 };
}
