// Talking to an LMS through SCORM: find its API object in the window's parent or opener chain
// (`API` for SCORM 1.2, `API_1484_11` for 2004) and hand in a finished game: the score (0–100),
// the status (passed at 50 or more, the package's mastery score), the short result code as a
// comment the instructor can verify, and the resume state, kept within SCORM 1.2's 4,096-character
// suspend_data. Nothing is sent anywhere but to the LMS page that launched the app.

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
  return search(start) ?? (start.opener ? search(start.opener as Window) : null);
}

/** The resume state, or a marker that the game is finished when the state would not fit. */
export function suspendData(shortCode: string): string {
  const full = JSON.stringify({ v: 1, result: shortCode });
  return full.length <= SUSPEND_DATA_LIMIT ? full : JSON.stringify({ v: 1, finished: true });
}

export interface FinishedGame {
  /** 0–100. */
  readonly score: number;
  /** The short result code ("S1.…") of the game. */
  readonly shortCode: string;
}

/** Hands the finished game to the LMS; false when no LMS is found or it refuses. */
export function reportToScorm(lms: LmsApi, game: FinishedGame): boolean {
  const raw = String(Math.round(Math.min(100, Math.max(0, game.score)) * 100) / 100);
  const passed = game.score >= 50;
  const comment = `Rapport result code (verify it on the verifier page): ${game.shortCode}`.slice(0, SUSPEND_DATA_LIMIT);
  if (lms.version === '1.2') {
    const api = lms.api;
    if (api.LMSInitialize('') !== 'true' && api.LMSGetValue('cmi.core.lesson_status') === '') return false;
    const ok = [
      api.LMSSetValue('cmi.core.score.min', '0'), api.LMSSetValue('cmi.core.score.max', '100'), api.LMSSetValue('cmi.core.score.raw', raw),
      api.LMSSetValue('cmi.core.lesson_status', passed ? 'passed' : 'failed'),
      api.LMSSetValue('cmi.suspend_data', suspendData(game.shortCode)), api.LMSSetValue('cmi.comments', comment),
    ].every((r) => r === 'true');
    api.LMSCommit('');
    api.LMSFinish('');
    return ok;
  }
  const api = lms.api;
  api.Initialize('');
  const ok = [
    api.SetValue('cmi.score.min', '0'), api.SetValue('cmi.score.max', '100'), api.SetValue('cmi.score.raw', raw),
    api.SetValue('cmi.score.scaled', String(Math.round(game.score * 100) / 10000)),
    api.SetValue('cmi.completion_status', 'completed'), api.SetValue('cmi.success_status', passed ? 'passed' : 'failed'),
    api.SetValue('cmi.suspend_data', suspendData(game.shortCode)), api.SetValue('cmi.comments_from_learner.0.comment', comment),
  ].every((r) => r === 'true');
  api.Commit('');
  api.Terminate('');
  return ok;
}
