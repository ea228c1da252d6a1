// The verifier's pool of Web Workers, one per core (at least 1, at most 4): each worker gets the
// next job when it has finished one, so the page only ever holds a few files in flight and stays
// responsive. A worker that crashes or takes longer than a minute on one file is replaced, and
// only that file is rejected; the rest of the batch goes on. Cancel drops what has not started.
import type { ScenarioForVerify, Verdict } from '../../engine';
import type { VerifyInput, VerifyReply, VerifyRequest } from './verify-protocol';

export const MAX_WORKERS = 4;
const JOB_TIMEOUT_MS = 60_000;

export interface PoolJob {
  readonly name: string;
  /** Reads the job's input when a worker is free (files are read only then), or gives a verdict. */
  readonly read: () => Promise<VerifyInput | Verdict>;
}

interface Slot {
  worker: Worker;
  busy: { id: number; job: PoolJob; timer: number } | null;
}

export interface VerifyPool {
  readonly size: number;
  submit(jobs: readonly PoolJob[], expectedChallenge: string | undefined): void;
  /** Drops the jobs not started yet; returns how many were dropped. */
  cancel(): number;
  readonly pending: number;
  terminate(): void;
}

export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' && Number.isInteger(navigator.hardwareConcurrency) ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores));
}

const failure = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });

export function createVerifyPool(scenarios: readonly ScenarioForVerify[], onVerdict: (name: string, verdict: Verdict) => void): VerifyPool {
  const size = poolSize();
  const queue: { job: PoolJob; expected: string | undefined }[] = [];
  let nextId = 0;
  let head = 0;

  function spawn(): Worker {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    worker.postMessage({ type: 'init', scenarios } satisfies VerifyRequest);
    return worker;
  }

  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: spawn(), busy: null }));

  function replace(slot: Slot, reason: string): void {
    const busy = slot.busy;
    slot.worker.terminate();
    slot.worker = spawn();
    wire(slot);
    slot.busy = null;
    if (busy) {
      window.clearTimeout(busy.timer);
      onVerdict(busy.job.name, failure(reason));
    }
    pump(slot);
  }

  function wire(slot: Slot): void {
    slot.worker.onmessage = (event: MessageEvent<VerifyReply>) => {
      const busy = slot.busy;
      if (!busy || busy.id !== event.data.id) return;
      window.clearTimeout(busy.timer);
      slot.busy = null;
      onVerdict(busy.job.name, event.data.verdict);
      pump(slot);
    };
    slot.worker.onerror = (event) => {
      event.preventDefault();
      replace(slot, 'The file could not be checked: the verifier stopped on it (the rest of the batch goes on).');
    };
  }

  function pump(slot: Slot): void {
    if (slot.busy || head >= queue.length) {
      if (head >= queue.length && head > 0 && slots.every((s) => !s.busy)) { queue.length = 0; head = 0; }
      return;
    }
    const { job, expected } = queue[head++]!;
    const id = nextId++;
    const timer = window.setTimeout(() => replace(slot, 'The file took longer than a minute to check and was stopped (the rest of the batch goes on).'), JOB_TIMEOUT_MS);
    slot.busy = { id, job, timer };
    void job.read().then((input) => {
      if (slot.busy?.id !== id) return;
      if (!('kind' in input)) {
        window.clearTimeout(timer);
        slot.busy = null;
        onVerdict(job.name, input);
        pump(slot);
        return;
      }
      const message: VerifyRequest = { type: 'verify', id, input, expectedChallenge: expected };
      if (input.kind === 'bytes') slot.worker.postMessage(message, [input.bytes]);
      else slot.worker.postMessage(message);
    });
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
    get pending() {
      return queue.length - head + slots.filter((s) => s.busy).length;
    },
    terminate() {
      for (const slot of slots) {
        if (slot.busy) window.clearTimeout(slot.busy.timer);
        slot.worker.terminate();
      }
    },
  };
}
