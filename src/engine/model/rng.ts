// Seeded random streams. Every system of the model (acquisition, churn, new customers' traits,
// referrals, events) draws from its own named stream per segment, so adding a draw to one system
// never shifts another; a stream's state is plain data kept in the run state.
import alea from 'seedrandom/lib/alea';

export interface StreamState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** A uniform [0, 1) generator whose state can be read back and restored. */
export interface Stream {
  (): number;
  state(): StreamState;
}

export const STREAM_SYSTEMS = ['acquisition', 'referrals', 'traits', 'churn', 'events'] as const;
export type StreamSystem = (typeof STREAM_SYSTEMS)[number];

/** The seed string of one system's stream for one segment. */
export function streamSeed(seed: string, system: StreamSystem, segmentId: string): string {
  return `${seed}/${system}/${segmentId}`;
}

export function createStream(seedString: string): Stream {
  return alea(seedString, { state: true });
}

export function restoreStream(state: StreamState): Stream {
  return alea('', { state: { c: state.c, s0: state.s0, s1: state.s1, s2: state.s2 } });
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
  const scrambled = () => mix32(parent() * 4294967296) / 4294967296;
  return restoreStream({ c: 1, s0: scrambled(), s1: scrambled(), s2: scrambled() });
}
