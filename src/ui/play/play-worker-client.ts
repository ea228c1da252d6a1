// The pages' side of the play worker: sends requests, matches answers by id, settles a forecast
// that a newer one overtook as stale (null), reports progress, and ends the worker on unmount.
import type { Decisions, Finding, ForecastMonth, Goal } from '../../engine';
import type { ComparisonRow, GameRef, WorkerRequest, WorkerResponse } from './worker-protocol';

type Pending = { resolve: (r: WorkerResponse | null) => void; reject: (e: Error) => void; progress?: (done: number, total: number) => void };

export class PlayWorker {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private lastForecast = 0;

  constructor() {
    this.worker = new Worker(new URL('./forecast-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(new Error('The forecast helper could not run in this browser.'));
    });
  }

  private receive(response: WorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if (response.kind === 'compare-progress') {
      entry.progress?.(response.done, response.total);
      return;
    }
    this.pending.delete(response.id);
    if (response.kind === 'error') entry.reject(new Error(response.message));
    else entry.resolve(response);
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  private send(request: WorkerRequest, progress?: (done: number, total: number) => void): Promise<WorkerResponse | null> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject, ...(progress ? { progress } : {}) });
      this.worker.postMessage(request);
    });
  }

  /** The forecast of `draft` repeated for `months` months; null if a newer forecast overtook it. */
  async forecast(game: GameRef, draft: Decisions, months: number, seeds: number): Promise<readonly ForecastMonth[] | null> {
    const stale = this.pending.get(this.lastForecast);
    if (stale) {
      this.pending.delete(this.lastForecast);
      stale.resolve(null);
    }
    const id = this.nextId++;
    this.lastForecast = id;
    const response = await this.send({ kind: 'forecast', id, game, draft, months, seeds });
    return response && response.kind === 'forecast' ? response.months : null;
  }

  async explain(game: GameRef): Promise<readonly Finding[]> {
    const response = await this.send({ kind: 'explain', id: this.nextId++, game });
    return response && response.kind === 'explain' ? response.findings : [];
  }

  async compare(game: GameRef, goals: readonly Goal[], seeds: number, monthlyBudget: number | undefined, progress: (done: number, total: number) => void): Promise<{ rows: readonly ComparisonRow[]; seeds: number }> {
    const response = await this.send({ kind: 'compare', id: this.nextId++, game, goals, seeds, monthlyBudget }, progress);
    if (!response || response.kind !== 'compare') throw new Error('The comparison did not finish.');
    return { rows: response.rows, seeds: response.seeds };
  }

  terminate(): void {
    this.worker.terminate();
    for (const entry of this.pending.values()) entry.resolve(null);
    this.pending.clear();
  }
}
