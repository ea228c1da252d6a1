// The phone hand-in code: a finished game in a code short enough to type or scan, "S1.<data>".
// It holds only what the verifier cannot recompute: the game's moves (plans as whole cents per
// segment and relationship type, written as the change from the previous plan; a run of plays as
// one count; answers and surveys as indexes into the scenario's questions, segments and survey
// sizes), the student's name or roster id, and the challenge's checksum. Varints, raw deflate when
// it is shorter, base64url, and a 24-bit checksum against typing errors. The verifier replays the
// moves on the challenge's market.
import { deflateSync, inflateSync } from 'fflate';
import { sha256Hex } from '../model/canonical-hash';
import type { Spend } from '../model/decisions';
import { RELATIONSHIP_TYPES } from '../model/relationship-types';
import type { Move } from '../game/moves';
import { SURVEY_SIZES } from '../game/survey';
import { MAX_RESULT_MOVES } from './result-schema';

export const SHORT_CODE_VERSION = 1;
const MAX_BYTES = 4096;

/** What both sides know from the challenge: the segment ids and each question's option ids, in order. */
export interface ShortCodeContext {
  readonly segments: readonly string[];
  readonly points: readonly { readonly id: string; readonly options: readonly string[] }[];
}

export interface ShortResult {
  /** The 8 hexadecimal digits ending the challenge's code. */
  readonly challengeChecksum: string;
  /** The student's name, or their roster id when `isId`. */
  readonly who: string;
  readonly isId: boolean;
  /** The game's moves; a plan's spend comes back with only its amounts above zero (same cents). */
  readonly moves: readonly Move[];
}

/** Op codes of the move stream. */
const OP = { plays: 0, plan: 1, answer: 2, survey: 3 } as const;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64.indexOf(chunk[k]!) : 0;
      if (v < 0) return null;
      n = n * 64 + v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return Uint8Array.from(bytes);
}

class Writer {
  readonly bytes: number[] = [];
  uint(n: number): void {
    let x = n;
    while (x >= 128) {
      this.bytes.push((x % 128) | 128);
      x = Math.floor(x / 128);
    }
    this.bytes.push(x);
  }
  int(n: number): void {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
  text(s: string): void {
    const utf8 = new TextEncoder().encode(s);
    this.uint(utf8.length);
    this.bytes.push(...utf8);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length || scale > 562_949_953_421_312) throw new Error('cut short');
      const b = this.bytes[this.at++]!;
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }
  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('cut short');
    return this.bytes[this.at++]!;
  }
  int(): number {
    const u = this.uint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }
  text(): string {
    const length = this.uint();
    if (this.at + length > this.bytes.length || length > 400) throw new Error('cut short');
    const s = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return s;
  }
  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

function cellsOf(spend: Spend, segments: readonly string[]): number[] {
  for (const s of Object.keys(spend)) if (!segments.includes(s)) throw new Error(`unknown segment "${s}"`);
  return segments.flatMap((s) => RELATIONSHIP_TYPES.map((t) => Math.round(((spend[s] as Record<string, number | undefined> | undefined)?.[t] ?? 0) * 100)));
}

function spendOf(cells: readonly number[], segments: readonly string[]): Spend {
  const spend: Record<string, Record<string, number>> = {};
  segments.forEach((s, si) => RELATIONSHIP_TYPES.forEach((t, ti) => {
    const c = cells[si * RELATIONSHIP_TYPES.length + ti]!;
    if (c > 0) (spend[s] ??= {})[t] = c / 100;
  }));
  return spend as Spend;
}

function integrity(version: number, data: string): string {
  return toBase64Url(Uint8Array.from(sha256Hex(`S${version}.${data}`).slice(0, 6).match(/../g)!.map((h) => Number.parseInt(h, 16))));
}

function writeMoves(w: Writer, moves: readonly Move[], context: ShortCodeContext): void {
  let previous = cellsOf({}, context.segments);
  w.uint(moves.length);
  for (let i = 0; i < moves.length; i++) {
    const move = moves[i]!;
    switch (move.type) {
      case 'play': {
        let run = 1;
        while (moves[i + run]?.type === 'play') run++;
        w.uint(OP.plays);
        w.uint(run);
        i += run - 1;
        break;
      }
      case 'plan': {
        const cells = cellsOf(move.spend, context.segments);
        w.uint(OP.plan);
        for (const [k, c] of cells.entries()) w.int(c - previous[k]!);
        previous = cells;
        break;
      }
      case 'answer': {
        const p = context.points.findIndex((x) => x.id === move.point);
        const o = p < 0 ? -1 : context.points[p]!.options.indexOf(move.option);
        if (o < 0) throw new Error(`unknown answer "${move.point}: ${move.option}"`);
        w.uint(OP.answer);
        w.uint(p);
        w.uint(o);
        break;
      }
      case 'survey': {
        const s = context.segments.indexOf(move.segment);
        const z = SURVEY_SIZES.indexOf(move.size);
        if (s < 0 || z < 0) throw new Error(`unknown survey "${move.segment}" of ${move.size}`);
        w.uint(OP.survey);
        w.uint(s);
        w.uint(z);
        break;
      }
    }
  }
}

function readMoves(r: Reader, context: ShortCodeContext): Move[] {
  const count = r.uint();
  if (count > MAX_RESULT_MOVES) throw new Error('too many moves');
  const moves: Move[] = [];
  let cells = cellsOf({}, context.segments);
  while (moves.length < count) {
    const op = r.uint();
    if (op === OP.plays) {
      const run = r.uint();
      if (run < 1 || moves.length + run > count) throw new Error('plays');
      for (let k = 0; k < run; k++) moves.push({ type: 'play' });
    } else if (op === OP.plan) {
      cells = cells.map((c) => c + r.int());
      if (cells.some((c) => c < 0)) throw new Error('negative');
      moves.push({ type: 'plan', spend: spendOf(cells, context.segments) });
    } else if (op === OP.answer) {
      const p = context.points[r.uint()];
      const option = p?.options[r.uint()];
      if (!p || option === undefined) throw new Error('answer');
      moves.push({ type: 'answer', point: p.id, option });
    } else if (op === OP.survey) {
      const segment = context.segments[r.uint()];
      const size = SURVEY_SIZES[r.uint()];
      if (segment === undefined || size === undefined) throw new Error('survey');
      moves.push({ type: 'survey', segment, size });
    } else throw new Error('op');
  }
  return moves;
}

/** The short code of a game. Throws on moves the context does not know (a segment, a question, a size). */
export function encodeShortResult(result: ShortResult, context: ShortCodeContext): string {
  const w = new Writer();
  for (const h of result.challengeChecksum.match(/../g) ?? []) w.bytes.push(Number.parseInt(h, 16));
  w.uint(result.isId ? 1 : 0);
  w.text(result.who);
  writeMoves(w, result.moves, context);
  const raw = Uint8Array.from(w.bytes);
  const packed = deflateSync(raw, { level: 9 });
  const body = packed.length + 1 < raw.length ? Uint8Array.from([1, ...packed]) : Uint8Array.from([0, ...raw]);
  const data = toBase64Url(body);
  return `S${SHORT_CODE_VERSION}.${data}${integrity(SHORT_CODE_VERSION, data)}`;
}

/** Is this text shaped like a short result code? */
export function looksLikeShortResult(text: string): boolean {
  return /^S\d{1,3}\.[A-Za-z0-9_-]+$/.test(text.trim());
}

/** Reads a short code back; the error is a lower-case sentence fragment. Never throws. */
export function decodeShortResult(text: string, context: ShortCodeContext): { ok: true; value: ShortResult } | { ok: false; error: string } {
  const match = /^S(\d{1,3})\.([A-Za-z0-9_-]{5,})$/.exec(text.trim().replace(/\s+/g, ''));
  if (!match) return { ok: false, error: 'this is not a short result code: it looks like "S1." followed by letters and digits' };
  if (Number(match[1]) !== SHORT_CODE_VERSION) return { ok: false, error: `short result codes of version ${match[1]} are not read by this version of Rapport` };
  const data = match[2]!.slice(0, -4);
  if (integrity(SHORT_CODE_VERSION, data) !== match[2]!.slice(-4)) return { ok: false, error: 'the short result code is damaged (its checksum does not match): check that it was copied whole' };
  const body = fromBase64Url(data);
  if (!body || body.length < 2 || body.length > MAX_BYTES) return { ok: false, error: 'the short result code is damaged' };
  try {
    let raw: Uint8Array;
    if (body[0] === 1) {
      const out = new Uint8Array(MAX_BYTES * 4);
      raw = inflateSync(body.subarray(1), { out });
      if (raw.length >= out.length) return { ok: false, error: 'the short result code unpacks to more than a game holds' };
    } else raw = body.subarray(1);
    const r = new Reader(raw);
    const checksum = Array.from({ length: 4 }, () => r.byte()).map((b) => b.toString(16).padStart(2, '0')).join('');
    const isId = r.uint() === 1;
    const who = r.text();
    const moves = readMoves(r, context);
    if (!r.done) throw new Error('trailing');
    return { ok: true, value: { challengeChecksum: checksum, who, isId, moves } };
  } catch {
    return { ok: false, error: 'the short result code is damaged: its content cannot be read' };
  }
}
