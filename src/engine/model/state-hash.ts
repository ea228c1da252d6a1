// The fingerprint of a run after a month: every number that carries into the next month
// (populations summarised by count and Σθ, levels, cohorts, events, cash, every stream's state),
// written as little-endian IEEE-754 doubles in a fixed order and hashed with SHA-256. Doubles have
// one bit pattern in every JS engine, so equal hashes mean equal futures. The month's metrics are
// derived from this state and the month's draws; a verifier recomputes them anyway.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { STREAM_SYSTEMS, type Stream } from './rng';
import type { RunState } from './run-state';

class NumberWriter {
  private view = new DataView(new ArrayBuffer(4096));
  private offset = 0;

  push(x: number): void {
    if (this.offset + 8 > this.view.byteLength) {
      const bigger = new Uint8Array(this.view.byteLength * 2);
      bigger.set(new Uint8Array(this.view.buffer));
      this.view = new DataView(bigger.buffer);
    }
    this.view.setFloat64(this.offset, x, true);
    this.offset += 8;
  }

  pushAll(xs: ArrayLike<number>): void {
    this.push(xs.length);
    for (let i = 0; i < xs.length; i++) this.push(xs[i]!);
  }

  pushStream(s: Stream): void {
    this.push(s.c);
    this.push(s.s0);
    this.push(s.s1);
    this.push(s.s2);
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.view.buffer, 0, this.offset);
  }
}

export function stateHash(run: RunState): string {
  const w = new NumberWriter();
  w.push(run.month);
  w.push(run.cashCents);
  w.push(run.lastRevenueCents);
  for (const s of run.segments) {
    w.push(s.pop.count);
    w.push(s.everAcquired);
    w.pushAll(s.levels);
    w.push(s.coCreated);
    w.push(s.wordOfMouth);
    w.push(s.thetaSum);
    w.push(s.cumulativeProfitCents);
    w.pushAll(s.cohortAlive);
    w.pushAll(s.cohortValue);
    for (const system of STREAM_SYSTEMS) w.pushStream(s.streams[system]);
  }
  w.pushStream(run.eventStream);
  let events = '';
  for (const e of run.events) {
    w.push(e.segment);
    w.push(e.remaining);
    events += `${e.id}\n`;
  }
  const digest = sha256.create();
  digest.update(w.bytes());
  digest.update(utf8ToBytes(events));
  return bytesToHex(digest.digest());
}
