// The app's SCORM session against scorm-again's runtimes (the library real LMSs are tested with):
// a game in progress is saved as the resume state after each move, with the exit set to
// "suspend" and the status "incomplete"; a relaunch whose LMS kept that data gives it back; the
// finished game hands in the score, the status and the code, and ends the session; the resume
// state never passes SCORM 1.2's 4,096 characters, and anything else in suspend_data is ignored.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { LmsSession, readResumeState, suspendData, SUSPEND_DATA_LIMIT, type Scorm12Api, type Scorm2004Api } from '../../../src/ui/lms/scorm-runtime';

const code = (n: number) => `S1.${'A'.repeat(n)}`;

/** The last value the app set for each element (the runtime keeps write-only elements unreadable). */
function recorded<T extends object>(api: T, setter: 'LMSSetValue' | 'SetValue'): { api: T; sets: Map<string, string> } {
  const sets = new Map<string, string>();
  const original = (api as Record<string, (k: string, v: string) => string>)[setter]!.bind(api);
  (api as Record<string, unknown>)[setter] = (k: string, v: string) => {
    const r = original(k, v);
    if (r === 'true') sets.set(k, v);
    return r;
  };
  return { api, sets };
}

describe('the resume state', () => {
  it('is JSON of the game code and whether it is finished, within 4,096 characters', () => {
    expect(suspendData({ game: code(10), done: false })).toBe(`{"v":2,"game":"${code(10)}","done":false}`);
    expect(suspendData({ game: code(SUSPEND_DATA_LIMIT), done: false })).toBeNull();
    expect(readResumeState(suspendData({ game: code(40), done: true })!)).toEqual({ game: code(40), done: true });
  });

  it('reads format 1 (a finished game) and ignores anything else', () => {
    expect(readResumeState('{"v":1,"result":"S1.abc"}')).toEqual({ game: 'S1.abc', done: true });
    for (const text of ['', 'not json', '[]', '{"v":3,"game":"S1.x","done":false}', '{"v":2,"game":7,"done":false}', `{"v":2,"game":"${'x'.repeat(5000)}","done":true}`]) {
      expect(readResumeState(text), text).toBeNull();
    }
  });
});

describe('a SCORM 1.2 session', () => {
  it('saves the game as it goes, gives it back on the next launch, and hands in the finished game', () => {
    const { api: first, sets } = recorded(new Scorm12API({ logLevel: 5, autocommit: false }), 'LMSSetValue');
    const lms = new LmsSession({ version: '1.2', api: first as unknown as Scorm12Api });
    expect(lms.resumeState()).toBeNull();
    expect(lms.saveProgress(code(60))).toBe(true);
    expect(first.cmi.suspend_data).toBe(suspendData({ game: code(60), done: false }));
    expect(first.cmi.core.lesson_status).toBe('incomplete');
    expect(sets.get('cmi.core.exit')).toBe('suspend');
    expect(lms.saveProgress(code(SUSPEND_DATA_LIMIT))).toBe(false);
    expect(first.cmi.suspend_data).toBe(suspendData({ game: code(60), done: false }));

    // The LMS keeps what the first launch saved and passes it to the second.
    const { api: second, sets: sets2 } = recorded(new Scorm12API({ logLevel: 5, autocommit: false }), 'LMSSetValue');
    second.loadFromJSON({ core: { entry: 'resume' }, suspend_data: first.cmi.suspend_data } as never, '');
    const again = new LmsSession({ version: '1.2', api: second as unknown as Scorm12Api });
    expect(again.resumeState()).toEqual({ game: code(60), done: false });
    expect(again.finish({ score: 72.456, shortCode: code(80) })).toBe(true);
    expect(second.cmi.core.score.raw).toBe('72.46');
    expect([second.cmi.core.score.min, second.cmi.core.score.max, second.cmi.core.lesson_status]).toEqual(['0', '100', 'passed']);
    expect(sets2.get('cmi.comments')).toBe(`Rapport result code (verify it on the verifier page): ${code(80)}`);
    expect(sets2.get('cmi.core.exit')).toBe('');
    expect(readResumeState(second.cmi.suspend_data)).toEqual({ game: code(80), done: true });
    expect(again.closed).toBe(true);
    expect(again.saveProgress(code(10))).toBe(false);
  });
});

describe('a SCORM 2004 session', () => {
  it('saves with cmi.exit "suspend" and finishes with success and completion', () => {
    const { api, sets } = recorded(new Scorm2004API({ logLevel: 5, autocommit: false }), 'SetValue');
    const lms = new LmsSession({ version: '2004', api: api as unknown as Scorm2004Api });
    expect(lms.saveProgress(code(30))).toBe(true);
    expect([api.cmi.suspend_data, sets.get('cmi.exit'), api.cmi.completion_status]).toEqual([suspendData({ game: code(30), done: false }), 'suspend', 'incomplete']);
    expect(lms.finish({ score: 31, shortCode: code(30) })).toBe(true);
    expect([api.cmi.score.raw, api.cmi.score.scaled, api.cmi.success_status, api.cmi.completion_status, sets.get('cmi.exit')]).toEqual(['31', '0.31', 'failed', 'completed', 'normal']);
  });
});
