// The pages' side of the engine worker: sends requests, matches answers by id, settles a forecast
// that a newer one overtook as stale (null), streams progress and strategy outcomes, and ends the
// worker when the page goes. A game's run is sent with the first forecast after it changes only.
import type { Band, Branches, ClassDebrief, ClassEntry, Decisions, Finding, ForecastMonth, GameState, Market, MonthCause, Plan, RunState, PointText, ScenarioForVerify, Timeline, Verdict, VerifiedResult } from '../../engine';
import type { EngineRequest, EngineResponse, StrategyOutcome, VerifyInput } from './engine-protocol';

type Listener = (response: EngineResponse) => boolean;

export interface ForecastResult {
  readonly months: readonly ForecastMonth[];
  /** The projected score (10th, 50th and 90th percentile), when the forecast reaches the end. */
  readonly points: Band | null;
}

/** Listeners for the strategies of a compare or difficulty request. */
export interface StrategyEvents {
  progress?(done: number, total: number): void;
  strategy?(outcome: StrategyOutcome): void;
}

export class EngineWorker {
  private readonly worker: Worker;
  private nextId = 1;
  /** Per request id: a listener that returns true once the request is settled, how to fail it, and
   * how to drop it (settled with nothing: an overtaken forecast, a closed page). */
  private readonly listeners = new Map<number, { listen: Listener; fail: (error: Error) => void; drop: () => void }>();
  private lastForecast = 0;
  private sentRun: RunState | null = null;
  private sentMarket: Market | null = null;

  constructor() {
    this.worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
      const entry = this.listeners.get(event.data.id);
      if (entry && entry.listen(event.data)) this.listeners.delete(event.data.id);
    });
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(new Error('The simulation helper could not run in this browser.'));
    });
  }

  private failAll(error: Error): void {
    for (const entry of this.listeners.values()) entry.fail(error);
    this.listeners.clear();
  }

  /** Sends a request; `listen` sees each response for it and resolves the promise when it returns a value. */
  private request<T>(build: (id: number) => EngineRequest, listen: (response: EngineResponse, settle: (value: T) => void) => void, transfer: Transferable[] = []): { id: number; promise: Promise<T> } {
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (value: T) => { settled = true; resolve(value); };
      this.listeners.set(id, {
        listen: (response) => {
          if (response.kind === 'error') {
            reject(new Error(response.message));
            return true;
          }
          listen(response, settle);
          return settled;
        },
        fail: reject,
        drop: () => resolve(null as T),
      });
      this.worker.postMessage(build(id), transfer);
    });
    return { id, promise };
  }

  /**
   * The forecast of `draft` repeated for `months` months from `run` in `market`, with the projected
   * score when it reaches the end; null if a newer forecast overtook it.
   */
  forecast(market: Market, run: RunState, draft: Decisions, months: number, seeds: number): Promise<ForecastResult | null> {
    this.listeners.get(this.lastForecast)?.drop();
    this.listeners.delete(this.lastForecast);
    const send = run === this.sentRun ? null : run;
    this.sentRun = run;
    const sameMarket = this.sentMarket !== null && this.sentMarket.seed === market.seed && this.sentMarket.months === market.months && this.sentMarket.scenario === market.scenario;
    const sendMarket = sameMarket ? null : market;
    this.sentMarket = market;
    const { id, promise } = this.request<ForecastResult | null>(
      (rid) => ({ kind: 'forecast', id: rid, run: send, market: sendMarket, draft, months, seeds }),
      (response, settle) => { if (response.kind === 'forecast') settle({ months: response.months, points: response.points }); },
    );
    this.lastForecast = id;
    return promise;
  }

  explain(market: Market, decisions: readonly Decisions[]): Promise<readonly Finding[]> {
    return this.request<readonly Finding[]>((id) => ({ kind: 'explain', id, market, decisions }), (response, settle) => {
      if (response.kind === 'explain') settle(response.findings);
    }).promise;
  }

  /** The causes of month `month` (the strongest `max`), from counterfactual runs the worker keeps for the game. */
  causes(market: Market, decisions: readonly Decisions[], month: number, max: number): Promise<readonly MonthCause[]> {
    return this.request<readonly MonthCause[]>((id) => ({ kind: 'causes', id, market, decisions, month, max }), (response, settle) => {
      if (response.kind === 'causes') settle(response.causes);
    }).promise;
  }

  /** Plans `a` and `b` played for `months` months from where `game` stands, with the same luck. */
  branches(game: GameState, a: Plan, b: Plan, months: number): Promise<Branches> {
    return this.request<Branches>((id) => ({ kind: 'branches', id, game, a, b, months }), (response, settle) => {
      if (response.kind === 'branches') settle(response.branches);
    }).promise;
  }

  /** The debrief of a class's verified games of one challenge. */
  classDebrief(market: Market, entries: readonly ClassEntry[], points: readonly PointText[]): Promise<ClassDebrief> {
    return this.request<ClassDebrief>((id) => ({ kind: 'class-debrief', id, market, entries, points }), (response, settle) => {
      if (response.kind === 'class-debrief') settle(response.debrief);
    }).promise;
  }

  /** The player's decisions and the reference strategies, each over `seeds` markets. */
  compare(market: Market, decisions: readonly Decisions[], seeds: number, events: StrategyEvents): Promise<void> {
    return this.strategies((id) => ({ kind: 'compare', id, market, decisions, seeds }), events);
  }

  /** The reference strategies over `runs` seeds (or imaginary students' variants) of `market`. */
  difficulty(market: Market, runs: number, variants: boolean, events: StrategyEvents): Promise<void> {
    return this.strategies((id) => ({ kind: 'difficulty', id, market, runs, variants }), events);
  }

  private strategies(build: (id: number) => EngineRequest, events: StrategyEvents): Promise<void> {
    return this.request<void>(build, (response, settle) => {
      if (response.kind === 'progress') events.progress?.(response.done, response.total);
      else if (response.kind === 'strategy') events.strategy?.(response.outcome);
      else if (response.kind === 'done') settle();
    }).promise;
  }

  /** Gives the verifier the shipped scenarios (once, before any file). */
  verifyInit(scenarios: readonly ScenarioForVerify[]): Promise<void> {
    return this.request<void>((id) => ({ kind: 'verify-init', id, scenarios }), (response, settle) => { if (response.kind === 'done') settle(); }).promise;
  }

  /** Verifies a file, a code or a QR image (bytes are handed over, not copied); `ms` is the worker's time on it.
   * Settles with null when the worker is terminated first. */
  verify(input: VerifyInput, expectedChallenge: string | undefined): Promise<{ verdict: Verdict; ms: number } | null> {
    return this.request<{ verdict: Verdict; ms: number } | null>((id) => ({ kind: 'verify', id, input, expectedChallenge }), (response, settle) => {
      if (response.kind === 'verdict') settle({ verdict: response.verdict, ms: response.ms });
    }, input instanceof ArrayBuffer ? [input] : []).promise;
  }

  /** A verified game month by month (after verifyInit). */
  timeline(result: VerifiedResult): Promise<Timeline> {
    return this.request<Timeline>((id) => ({ kind: 'timeline', id, result }), (response, settle) => {
      if (response.kind === 'timeline') settle(response.timeline);
    }).promise;
  }

  /** Ends the worker; requests still running are dropped (their promises settle with nothing). */
  terminate(): void {
    this.worker.terminate();
    for (const entry of this.listeners.values()) entry.drop();
    this.listeners.clear();
  }
}
