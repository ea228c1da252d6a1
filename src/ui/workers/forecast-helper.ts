// The engine worker's forecast helper: a second copy of the engine worker (its own script, so no
// second bundle to download) that plays a share of each forecast's futures, so that on a machine
// with two or more cores a forecast takes about half as long. Made on the first forecast; where a
// worker cannot start one (a single core, an old browser) or it fails, the engine worker plays
// every future itself and the forecast is the same (forecastFromSamples does not depend on the split).
/// <reference lib="webworker" />
import type { Decisions, ForecastOptions, ForecastSamples, RunState } from '../../engine';
import type { EngineRequest, EngineResponse } from './engine-protocol';

export interface ForecastHelper {
  /** Futures `from` … `to` − 1 of the forecast of `draft` from `run`; null if the helper failed. */
  samples(run: RunState, draft: Decisions, options: ForecastOptions, from: number, to: number): Promise<ForecastSamples | null>;
}

/** undefined: not made yet; null: none on this machine (or it failed). */
let helper: ForecastHelper | null | undefined;

export function forecastHelper(): ForecastHelper | null {
  if (helper === undefined) helper = makeHelper();
  return helper;
}

function makeHelper(): ForecastHelper | null {
  if (typeof Worker === 'undefined' || (self.navigator.hardwareConcurrency ?? 1) < 2) return null;
  let worker: Worker;
  try {
    worker = new Worker(self.location.href, { type: 'module' });
  } catch {
    return null;
  }
  const pending = new Map<number, (samples: ForecastSamples | null) => void>();
  let nextId = 1;
  let sentRun: RunState | null = null;
  const fail = () => {
    helper = null;
    worker.terminate();
    for (const settle of pending.values()) settle(null);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
    const settle = pending.get(event.data.id);
    if (!settle) return;
    pending.delete(event.data.id);
    if (event.data.kind === 'forecast-part') settle(event.data.samples);
    else {
      // It refused this part (the engine worker then plays it, and reports the reason); send the run again next time.
      sentRun = null;
      settle(null);
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail();
  });
  return {
    samples(run, draft, options, from, to) {
      const id = nextId++;
      const request: EngineRequest = { kind: 'forecast-part', id, run: run === sentRun ? null : run, draft, options, from, to };
      sentRun = run;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(request);
      });
    },
  };
}
