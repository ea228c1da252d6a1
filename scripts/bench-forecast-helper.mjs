// The forecast helper of `npm run bench`, in a worker thread: what src/ui/workers/forecast-helper.ts
// is in the browser. It keeps the run it is sent and answers each request with the samples of its
// share of the futures.
import { parentPort } from 'node:worker_threads';
import * as engine from '../dist-engine/engine.js';

let run = null;
parentPort.on('message', (request) => {
  if (request.run) run = request.run;
  parentPort.postMessage(engine.forecastSamples(run, request.decisions, request.options, request.from, request.to));
});
