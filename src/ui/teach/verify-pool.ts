// The verifier's pool of engine workers (ui/workers/engine-worker.ts, the one engine worker), one
// per core but one (at least 1, at most 4): each worker gets the next job when it has finished one,
// so the page only ever holds a few files in flight and stays responsive. A worker that crashes or
// takes longer than a minute on one file is replaced, and only that file is rejected; the rest of
// the batch goes on. Cancel drops what has not started. Timelines of verified games run here too.
import type { ClassDebrief, ClassEntry, Market, PointText, ScenarioForVerify, Timeline, Verdict, VerifiedResult } from '../../engine';
import { EngineWorker } from '../workers/engine-client';
import type { VerifyInput } from '../workers/engine-protocol';

export const MAX_WORKERS = 4;
const JOB_TIMEOUT_MS = 60_000;
/** Jobs sent ahead to each worker, so it never waits for the page between two files. */
const IN_FLIGHT = 3;

export interface PoolJob {
  readonly name: string;
  /** Reads the job's input when a worker is free (files are read only then), or gives a verdict. */
  readonly read: () => Promise<VerifyInput | Verdict>;
}

interface Slot {
  worker: EngineWorker;
  /** Jobs sent (or being read) for this worker, oldest first. */
  busy: { id: number; job: PoolJob }[];
  /** Runs out when the oldest job has taken too long. */
  timer: number | null;
}

export interface VerifyPool {
  readonly size: number;
  submit(jobs: readonly PoolJob[], expectedChallenge: string | undefined): void;
  /** Drops the jobs not started yet; returns how many were dropped. */
  cancel(): number;
  readonly pending: number;
  /** Time the workers spent verifying, summed (for the timing figures). */
  readonly workMs: number;
  /** A verified game month by month, replayed by the least busy worker. */
  timeline(result: VerifiedResult): Promise<Timeline>;
  /** The class debrief of one challenge's games, computed by the least busy worker. */
  classDebrief(market: Market, entries: readonly ClassEntry[], points: readonly PointText[]): Promise<ClassDebrief>;
  terminate(): void;
}

/** One worker per core but one (left to the page and the class worker), at least 1, at most 4. */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' && Number.isInteger(navigator.hardwareConcurrency) ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

const failure = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });
const isVerdict = (x: VerifyInput | Verdict): x is Verdict => typeof x === 'object' && x !== null && !(x instanceof ArrayBuffer) && !(x instanceof Blob) && 'status' in x;

export function createVerifyPool(scenarios: readonly ScenarioForVerify[], onVerdict: (name: string, verdict: Verdict) => void): VerifyPool {
  const size = poolSize();
  const queue: { job: PoolJob; expected: string | undefined }[] = [];
  let nextId = 0;
  let head = 0;
  let workMs = 0;

  function spawn(): EngineWorker {
    const worker = new EngineWorker();
    void worker.verifyInit(scenarios).catch(() => undefined);
    return worker;
  }

  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: spawn(), busy: [], timer: null }));

  function arm(slot: Slot): void {
    if (slot.timer !== null) window.clearTimeout(slot.timer);
    slot.timer = slot.busy.length > 0
      ? window.setTimeout(() => replace(slot, 'The file took longer than a minute to check and was stopped (the rest of the batch goes on).'), JOB_TIMEOUT_MS)
      : null;
  }

  /** A stuck or crashed worker: its oldest job is rejected, the others go back to the queue. */
  function replace(slot: Slot, reason: string): void {
    const [stuck, ...others] = slot.busy;
    const old = slot.worker;
    slot.worker = spawn();
    slot.busy = [];
    old.terminate();
    queue.splice(head, 0, ...others.map(({ job }) => ({ job, expected: expectedOf.get(job) })));
    if (stuck) onVerdict(stuck.job.name, failure(reason));
    arm(slot);
    pump(slot);
  }

  function settle(slot: Slot, id: number, verdict: Verdict): void {
    const at = slot.busy.findIndex((b) => b.id === id);
    if (at < 0) return;
    const [done] = slot.busy.splice(at, 1);
    arm(slot);
    onVerdict(done!.job.name, verdict);
    pump(slot);
  }

  /** The challenge each job is checked against (kept for a job that goes back to the queue). */
  const expectedOf = new WeakMap<PoolJob, string | undefined>();

  function pump(slot: Slot): void {
    while (slot.busy.length < IN_FLIGHT && head < queue.length) {
      const { job, expected } = queue[head++]!;
      expectedOf.set(job, expected);
      const id = nextId++;
      slot.busy.push({ id, job });
      if (slot.busy.length === 1) arm(slot);
      const worker = slot.worker;
      void job.read().then((input) => {
        if (!slot.busy.some((b) => b.id === id)) return;
        if (isVerdict(input)) return settle(slot, id, input);
        if (slot.worker !== worker) return;
        worker.verify(input, expected).then((reply) => {
          if (reply === null || slot.worker !== worker) return;
          workMs += reply.ms;
          settle(slot, id, reply.verdict);
        }, () => {
          if (slot.worker === worker) replace(slot, 'The file could not be checked: the verifier stopped on it (the rest of the batch goes on).');
        });
      });
    }
    if (head >= queue.length && head > 0 && slots.every((s) => s.busy.length === 0)) { queue.length = 0; head = 0; }
  }

  return {
    size,
    submit(jobs, expected) {
      for (const job of jobs) queue.push({ job, expected });
      for (const slot of slots) pump(slot);
    },
    cancel() {
      const dropped = queue.length - head;
      queue.length = 0;
      head = 0;
      return dropped;
    },
    get workMs() {
      return workMs;
    },
    get pending() {
      return queue.length - head + slots.reduce((n, s) => n + s.busy.length, 0);
    },
    timeline(result) {
      const slot = slots.reduce((a, b) => (b.busy.length < a.busy.length ? b : a));
      return slot.worker.timeline(result);
    },
    classDebrief(market, entries, points) {
      const slot = slots.reduce((a, b) => (b.busy.length < a.busy.length ? b : a));
      return slot.worker.classDebrief(market, entries, points);
    },
    terminate() {
      for (const slot of slots) {
        if (slot.timer !== null) window.clearTimeout(slot.timer);
        slot.worker.terminate();
      }
    },
  };
}
