// The verifier's pool of Web Workers, one per core but one (at least 1, at most 4): each worker gets the
// next job when it has finished one, so the page only ever holds a few files in flight and stays
// responsive. A worker that crashes or takes longer than a minute on one file is replaced, and
// only that file is rejected; the rest of the batch goes on. Cancel drops what has not started.
import type { ScenarioForVerify, Verdict } from '../../engine';
import type { VerifyInput, VerifyReply, VerifyRequest } from './verify-protocol';

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
  worker: Worker;
  /** Jobs sent (or being read) for this worker, oldest first. */
  busy: { id: number; job: PoolJob; expected: string | undefined }[];
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
  terminate(): void;
}

/** One worker per core but one (left to the page and the class worker), at least 1, at most 4. */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' && Number.isInteger(navigator.hardwareConcurrency) ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

const failure = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });

export function createVerifyPool(scenarios: readonly ScenarioForVerify[], onVerdict: (name: string, verdict: Verdict) => void): VerifyPool {
  const size = poolSize();
  const queue: { job: PoolJob; expected: string | undefined }[] = [];
  let nextId = 0;
  let head = 0;
  let workMs = 0;

  function spawn(): Worker {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'init', scenarios } satisfies VerifyRequest);
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
    slot.worker.terminate();
    slot.worker = spawn();
    wire(slot);
    slot.busy = [];
    queue.splice(head, 0, ...others.map(({ job, expected }) => ({ job, expected })));
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

  function wire(slot: Slot): void {
    slot.worker.onmessage = (event: MessageEvent<VerifyReply>) => {
      workMs += event.data.ms;
      settle(slot, event.data.id, event.data.verdict);
    };
    slot.worker.onerror = (event) => {
      event.preventDefault();
      replace(slot, 'The file could not be checked: the verifier stopped on it (the rest of the batch goes on).');
    };
  }

  function pump(slot: Slot): void {
    while (slot.busy.length < IN_FLIGHT && head < queue.length) {
      const { job, expected } = queue[head++]!;
      const id = nextId++;
      slot.busy.push({ id, job, expected });
      if (slot.busy.length === 1) arm(slot);
      const worker = slot.worker;
      void job.read().then((input) => {
        if (!slot.busy.some((b) => b.id === id)) return;
        if (!('kind' in input)) return settle(slot, id, input);
        if (slot.worker !== worker) return;
        const message: VerifyRequest = { type: 'verify', id, input, expectedChallenge: expected };
        if (input.kind === 'bytes') worker.postMessage(message, [input.bytes]);
        else worker.postMessage(message);
      });
    }
    if (head >= queue.length && head > 0 && slots.every((s) => s.busy.length === 0)) { queue.length = 0; head = 0; }
  }

  for (const slot of slots) wire(slot);

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
    terminate() {
      for (const slot of slots) {
        if (slot.timer !== null) window.clearTimeout(slot.timer);
        slot.worker.terminate();
      }
    },
  };
}
