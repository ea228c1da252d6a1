// Copy detection across a class: the decision logs of verified results are compared, within each
// challenge (or scenario, for free games), between different students. Flagged: identical logs
// (also when played on another student's market), and near-identical ones after scaling every
// amount by one factor (cosine similarity at least 0.9995, about a 3% difference). Flags are for the instructor to look
// at, never a verdict. Candidate pairs come from buckets of the same funded cells, sorted by a
// projection, so a class of 10,000 is compared in near-linear time.
import { RELATIONSHIP_TYPES } from '../model/relationship-types';
import type { Decisions } from '../model/decisions';

export const COPY_SIMILARITY = 0.9995;
/** Neighbours (in projection order within a bucket) each log is compared with. */
const NEIGHBOURS = 24;

export interface CopyCandidate {
  /** Index in the caller's list (reported back in pairs). */
  readonly index: number;
  /** Results of one challenge (or one free scenario) are compared with each other only. */
  readonly group: string;
  /** The student's identity key: a student's own attempts are never flagged. */
  readonly student: string;
  /** The market's seed: an identical log on another seed was replayed in another student's variant. */
  readonly seed: string;
  readonly decisions: readonly Decisions[];
}

export type CopyKind = 'identical' | 'identical-other-market' | 'scaled' | 'near-identical';

export interface CopyPair {
  readonly a: number;
  readonly b: number;
  /** Cosine similarity of the two logs (1 = the same up to one scale factor). */
  readonly similarity: number;
  readonly kind: CopyKind;
  /** b's amounts ≈ scale × a's. */
  readonly scale: number;
}

interface Log {
  readonly c: CopyCandidate;
  readonly vector: Float64Array;
  readonly norm: number;
  readonly exact: string;
}

function vectorOf(decisions: readonly Decisions[], segments: readonly string[]): Float64Array {
  const v = new Float64Array(decisions.length * segments.length * RELATIONSHIP_TYPES.length);
  let k = 0;
  for (const month of decisions) {
    for (const s of segments) {
      const spend = month.spend[s] ?? {};
      for (const t of RELATIONSHIP_TYPES) v[k++] = Math.round((spend[t] ?? 0) * 100);
    }
  }
  return v;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** A fixed pseudo-random direction (a hash-like sequence, no random stream) to order logs by. */
function direction(length: number): Float64Array {
  const d = new Float64Array(length);
  let x = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x85ebca6b) + 0x6b) >>> 0;
    d[i] = (x / 4294967296) + 0.5;
  }
  return d;
}

function compare(p: Log, q: Log): CopyPair | null {
  if (p.c.student === q.c.student || p.norm === 0 || q.norm === 0 || p.vector.length !== q.vector.length) return null;
  const [a, b] = p.c.index < q.c.index ? [p, q] : [q, p];
  if (a.exact === b.exact) {
    return { a: a.c.index, b: b.c.index, similarity: 1, kind: a.c.seed === b.c.seed ? 'identical' : 'identical-other-market', scale: 1 };
  }
  const ab = dot(a.vector, b.vector);
  const similarity = ab / (a.norm * b.norm);
  if (similarity < COPY_SIMILARITY) return null;
  const scale = ab / (a.norm * a.norm);
  const kind: CopyKind = Math.abs(scale - 1) > 0.02 ? 'scaled' : 'near-identical';
  return { a: a.c.index, b: b.c.index, similarity: Math.min(1, similarity), kind, scale };
}

/** Pairs of logs that look copied, most similar first. */
export function findCopies(candidates: readonly CopyCandidate[]): CopyPair[] {
  const groups = new Map<string, CopyCandidate[]>();
  for (const c of candidates) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const pairs: CopyPair[] = [];
  const seen = new Set<string>();
  for (const members of groups.values()) {
    const segments = [...new Set(members.flatMap((m) => m.decisions.flatMap((d) => Object.keys(d.spend))))].sort();
    const buckets = new Map<string, Log[]>();
    for (const c of members) {
      const vector = vectorOf(c.decisions, segments);
      const norm = Math.sqrt(dot(vector, vector));
      if (norm === 0) continue; // spending nothing is not a strategy anyone copies
      const pattern = Array.from(vector, (x) => (x > 0 ? '1' : '0')).join('');
      const log: Log = { c, vector, norm, exact: vector.join(',') };
      buckets.set(pattern, [...(buckets.get(pattern) ?? []), log]);
    }
    for (const logs of buckets.values()) {
      const d = direction(logs[0]!.vector.length);
      const ordered = logs.map((l) => ({ l, key: dot(l.vector, d) / l.norm })).sort((x, y) => x.key - y.key);
      for (let i = 0; i < ordered.length; i++) {
        for (let j = i + 1; j < Math.min(ordered.length, i + 1 + NEIGHBOURS); j++) {
          const pair = compare(ordered[i]!.l, ordered[j]!.l);
          if (!pair) continue;
          const id = `${pair.a}/${pair.b}`;
          if (!seen.has(id)) {
            seen.add(id);
            pairs.push(pair);
          }
        }
      }
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

/** The pair in words, e.g. "identical decisions, played on another student's market". */
export function copyKindText(pair: CopyPair): string {
  switch (pair.kind) {
    case 'identical': return 'identical decisions';
    case 'identical-other-market': return "identical decisions, played on another student's market";
    case 'scaled': return `the same decisions scaled by ${pair.scale.toFixed(2)}`;
    default: return 'nearly identical decisions';
  }
}
