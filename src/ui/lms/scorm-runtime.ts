// Talking to an LMS through SCORM: find its API object in the window's parent or opener chain
// (`API` for SCORM 1.2, `API_1484_11` for 2004) and keep one session with it for the page's life:
// opened once, the game in progress saved as the resume state after every move (kept within SCORM
// 1.2's 4,096-character suspend_data, the exit set to "suspend" so the LMS gives it back on the
// next launch), and the finished game handed in: the score (0–100), the status (passed at 50 or
// more, the package's mastery score), the short result code as a comment the instructor can verify.
// Nothing is sent anywhere but to the LMS page that launched the app.

export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSSetValue(key: string, value: string): string;
  LMSGetValue(key: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  SetValue(key: string, value: string): string;
  GetValue(key: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

export type LmsApi = { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };

/** SCORM 1.2's limit on cmi.suspend_data (and cmi.comments). */
export const SUSPEND_DATA_LIMIT = 4096;

function apiIn(win: Window): LmsApi | null {
  try {
    const w = win as unknown as { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { version: '2004', api: w.API_1484_11 };
    if (w.API && typeof w.API.LMSInitialize === 'function') return { version: '1.2', api: w.API };
  } catch {
    // another origin: no API there
  }
  return null;
}

/** The API of the LMS: this window, its parents (up to 10), then the opener and its parents. */
export function findLmsApi(start: Window = window): LmsApi | null {
  const search = (from: Window | null): LmsApi | null => {
    let win = from;
    for (let depth = 0; win && depth < 10; depth++) {
      const found = apiIn(win);
      if (found) return found;
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  let opener: Window | null = null;
  try {
    opener = start.opener as Window | null;
  } catch {
    opener = null;
  }
  return search(start) ?? (opener ? search(opener) : null);
}

/** What the app keeps in the LMS: the game as a short result code (its moves so far) and whether it is finished. */
export interface ResumeState {
  /** "S1.…": the moves, the student's name or roster id and the challenge's checksum. */
  readonly game: string;
  readonly done: boolean;
}

/** The resume state as suspend_data, or null when it would not fit in 4,096 characters. */
export function suspendData(state: ResumeState): string | null {
  const text = JSON.stringify({ v: 2, game: state.game, done: state.done });
  return text.length <= SUSPEND_DATA_LIMIT ? text : null;
}

/** Reads suspend_data back (format 2, or format 1's finished game); null for anything else. */
export function readResumeState(text: string): ResumeState | null {
  if (text === '' || text.length > SUSPEND_DATA_LIMIT) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as { v?: unknown; game?: unknown; done?: unknown; result?: unknown };
  if (d.v === 2 && typeof d.game === 'string' && typeof d.done === 'boolean') return { game: d.game, done: d.done };
  if (d.v === 1 && typeof d.result === 'string') return { game: d.result, done: true };
  return null;
}

export interface FinishedGame {
  /** 0–100. */
  readonly score: number;
  /** The short result code ("S1.…") of the game. */
  readonly shortCode: string;
}

/** One SCORM session: opened once, saved as the game goes, finished once. */
export class LmsSession {
  private state: 'new' | 'open' | 'closed' = 'new';

  constructor(readonly lms: LmsApi) {}

  get closed(): boolean {
    return this.state === 'closed';
  }

  private get(key12: string, key2004: string): string {
    return this.lms.version === '1.2' ? this.lms.api.LMSGetValue(key12) : this.lms.api.GetValue(key2004);
  }

  private setAll(values: readonly (readonly [string, string, string])[]): boolean {
    const lms = this.lms;
    return values.map(([k12, k2004, value]) => (lms.version === '1.2' ? lms.api.LMSSetValue(k12, value) : lms.api.SetValue(k2004, value))).every((r) => r === 'true');
  }

  private commit(): void {
    if (this.lms.version === '1.2') this.lms.api.LMSCommit('');
    else this.lms.api.Commit('');
  }

  /** Opens the session (once); false when the LMS refuses or it was finished. */
  open(): boolean {
    if (this.state === 'open') return true;
    if (this.state === 'closed') return false;
    const ok = this.lms.version === '1.2' ? this.lms.api.LMSInitialize('') : this.lms.api.Initialize('');
    if (ok !== 'true') return false;
    this.state = 'open';
    return true;
  }

  /** The resume state the LMS gave this launch, if it holds one. */
  resumeState(): ResumeState | null {
    if (!this.open()) return null;
    return readResumeState(this.get('cmi.suspend_data', 'cmi.suspend_data') ?? '');
  }

  /** Saves a game in progress; false when it cannot (no session, too long, refused). */
  saveProgress(shortCode: string): boolean {
    const data = suspendData({ game: shortCode, done: false });
    if (data === null || !this.open()) return false;
    const status = this.get('cmi.core.lesson_status', 'cmi.completion_status');
    const ok = this.setAll([
      ['cmi.suspend_data', 'cmi.suspend_data', data],
      ['cmi.core.exit', 'cmi.exit', 'suspend'],
      ...(status === 'passed' || status === 'failed' || status === 'completed' ? [] : [['cmi.core.lesson_status', 'cmi.completion_status', 'incomplete'] as const]),
    ]);
    this.commit();
    return ok;
  }

  /** Hands the finished game in and ends the session; false when no session or the LMS refuses. */
  finish(game: FinishedGame): boolean {
    if (!this.open()) return false;
    const raw = String(Math.round(Math.min(100, Math.max(0, game.score)) * 100) / 100);
    const passed = game.score >= 50;
    const comment = `Rapport result code (verify it on the verifier page): ${game.shortCode}`.slice(0, SUSPEND_DATA_LIMIT);
    const data = suspendData({ game: game.shortCode, done: true });
    const common: (readonly [string, string, string])[] = [
      ['cmi.core.score.min', 'cmi.score.min', '0'], ['cmi.core.score.max', 'cmi.score.max', '100'], ['cmi.core.score.raw', 'cmi.score.raw', raw],
      ...(data === null ? [] : [['cmi.suspend_data', 'cmi.suspend_data', data] as const]),
    ];
    const ok = this.lms.version === '1.2'
      ? this.setAll([...common, ['cmi.core.lesson_status', '', passed ? 'passed' : 'failed'], ['cmi.core.exit', '', ''], ['cmi.comments', '', comment]])
      : this.setAll([...common,
        ['', 'cmi.score.scaled', String(Math.round(game.score * 100) / 10000)], ['', 'cmi.completion_status', 'completed'],
        ['', 'cmi.success_status', passed ? 'passed' : 'failed'], ['', 'cmi.exit', 'normal'], ['', 'cmi.comments_from_learner.0.comment', comment]]);
    this.commit();
    if (this.lms.version === '1.2') this.lms.api.LMSFinish('');
    else this.lms.api.Terminate('');
    this.state = 'closed';
    return ok;
  }
}

let session: LmsSession | null | undefined;

/** The page's LMS session (found and opened on first use), or null outside an LMS. */
export function lmsSession(): LmsSession | null {
  if (session === undefined) {
    const api = findLmsApi();
    session = api ? new LmsSession(api) : null;
    session?.open();
  }
  return session;
}
