// The engine worker's forecast with its helper, in Node: the worker module runs against a fake
// worker scope, and the helper (a second copy of the engine worker in the browser) is a fake Worker
// that plays its share with the real engine, refuses it, or crashes once it has started. Whatever
// the helper does, the forecast the page receives is the one-thread forecast, futures and bands alike.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRun, forecast, forecastSamples, stepInPlace, type Decisions, type RunState } from '../../../src/engine';
import type { EngineRequest, EngineResponse } from '../../../src/ui/workers/engine-protocol';
import { shipped } from '../engine/helpers';

const coffee = shipped('coffee-chain');
const draft: Decisions = {
  spend: { commuters: { transactional: 1200, 'self-service': 1000 }, regulars: { 'personal-assistance': 1800, communities: 700 }, offices: { 'dedicated-personal-assistance': 600 } },
};

type Behaviour = 'answers' | 'refuses' | 'crashes';

/** What the fake helpers saw and did. */
interface HelperLog {
  started: number;
  terminated: number;
  parts: { from: number; to: number; withRun: boolean }[];
}

/** A stand-in for `new Worker(self.location.href)`: the helper copy of the engine worker. */
function fakeWorkerClass(behaviour: Behaviour, log: HelperLog) {
  return class FakeHelper {
    private listeners: Record<string, ((event: unknown) => void)[]> = {};
    private run: RunState | null = null;
    constructor() {
      log.started++;
    }
    addEventListener(type: string, listener: (event: unknown) => void): void {
      (this.listeners[type] ??= []).push(listener);
    }
    terminate(): void {
      log.terminated++;
    }
    postMessage(request: EngineRequest): void {
      if (request.kind !== 'forecast-part') throw new Error(`a helper is only asked for futures, not ${request.kind}`);
      log.parts.push({ from: request.from, to: request.to, withRun: request.run !== null });
      if (request.run) this.run = structuredClone(request.run);
      setTimeout(() => {
        if (behaviour === 'crashes') {
          for (const listener of this.listeners.error ?? []) listener({ preventDefault() {} });
          return;
        }
        const data: EngineResponse = behaviour === 'answers'
          ? { kind: 'forecast-part', id: request.id, samples: structuredClone(forecastSamples(this.run!, request.draft, request.options, request.from, request.to)) }
          : { kind: 'error', id: request.id, message: 'refused' };
        for (const listener of this.listeners.message ?? []) listener({ data });
      }, 0);
    }
  };
}

/** Loads a fresh engine worker module against a fake scope; returns a way to ask it and the helper log. */
async function engineWorker(behaviour: Behaviour, cores = 2) {
  const log: HelperLog = { started: 0, terminated: 0, parts: [] };
  const listeners: ((event: { data: EngineRequest }) => void)[] = [];
  const answers: EngineResponse[] = [];
  vi.stubGlobal('self', {
    navigator: { hardwareConcurrency: cores },
    location: { href: 'engine-worker.js' },
    addEventListener: (type: string, listener: (event: { data: EngineRequest }) => void) => { if (type === 'message') listeners.push(listener); },
    postMessage: (message: EngineResponse) => answers.push(structuredClone(message)),
  });
  vi.stubGlobal('Worker', fakeWorkerClass(behaviour, log));
  vi.resetModules();
  await import('../../../src/ui/workers/engine-worker');
  const ask = async (request: EngineRequest): Promise<EngineResponse> => {
    for (const listener of listeners) listener({ data: structuredClone(request) });
    await vi.waitFor(() => { if (!answers.some((a) => a.id === request.id)) throw new Error('no answer yet'); }, { timeout: 20_000, interval: 5 });
    return answers.find((a) => a.id === request.id)!;
  };
  return { ask, log };
}

function runAt(month: number): RunState {
  const run = createRun(coffee, 'helper');
  for (let m = 0; m < month; m++) {
    const r = stepInPlace(run, draft);
    if (!r.ok) throw new Error(r.error);
  }
  return run;
}

/** The one-thread forecast the engine worker's answer must equal (its seed prefix is the worker's). */
function expected(run: RunState, months: number, seeds: number) {
  return forecast(run, draft, { months, seeds, seedPrefix: `forecast/${run.month}` });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the engine worker\'s forecast with a helper', () => {
  it('splits the futures with a helper that answers, sends the run once, and merges to the one-thread forecast', async () => {
    const { ask, log } = await engineWorker('answers');
    const run = runAt(2);
    const first = await ask({ kind: 'forecast', id: 1, run, market: null, draft, months: 6, seeds: 12 });
    expect(first).toMatchObject({ kind: 'forecast', id: 1 });
    expect(first.kind === 'forecast' && first.months).toEqual(expected(run, 6, 12));
    const second = await ask({ kind: 'forecast', id: 2, run: null, market: null, draft, months: 6, seeds: 12 });
    expect(second.kind === 'forecast' && second.months).toEqual(expected(run, 6, 12));
    expect(log).toEqual({ started: 1, terminated: 0, parts: [{ from: 6, to: 12, withRun: true }, { from: 6, to: 12, withRun: false }] });
  });

  it('plays the helper\'s futures itself when the helper refuses them, and sends the run again next time', async () => {
    const { ask, log } = await engineWorker('refuses');
    const run = runAt(1);
    for (const id of [1, 2]) {
      const answer = await ask({ kind: 'forecast', id, run: id === 1 ? run : null, market: null, draft, months: 5, seeds: 10 });
      expect(answer.kind === 'forecast' && answer.months).toEqual(expected(run, 5, 10));
    }
    expect(log.parts).toEqual([{ from: 5, to: 10, withRun: true }, { from: 5, to: 10, withRun: true }]);
    expect(log.started).toBe(1);
  });

  it('plays every future itself once a helper has crashed after starting, and starts no other', async () => {
    const { ask, log } = await engineWorker('crashes');
    const run = runAt(3);
    const first = await ask({ kind: 'forecast', id: 1, run, market: null, draft, months: 4, seeds: 8 });
    expect(first.kind === 'forecast' && first.months).toEqual(expected(run, 4, 8));
    expect(log).toMatchObject({ started: 1, terminated: 1, parts: [{ from: 4, to: 8, withRun: true }] });
    const second = await ask({ kind: 'forecast', id: 2, run: null, market: null, draft, months: 4, seeds: 8 });
    expect(second.kind === 'forecast' && second.months).toEqual(expected(run, 4, 8));
    expect(log.started).toBe(1);
    expect(log.parts).toHaveLength(1);
  });

  it('starts no helper on a single core', async () => {
    const { ask, log } = await engineWorker('answers', 1);
    const run = runAt(0);
    const answer = await ask({ kind: 'forecast', id: 1, run, market: null, draft, months: 3, seeds: 6 });
    expect(answer.kind === 'forecast' && answer.months).toEqual(expected(run, 3, 6));
    expect(log.started).toBe(0);
  });
});
