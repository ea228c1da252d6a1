// The app inside an LMS (a SCORM package): started at boot when an LMS API is found, it follows
// the game of the launched challenge in the session store and, after every move, saves it in the
// LMS as the resume state (its short result code); when the game is over it hands in the score,
// the status and the short code, once. Outside an LMS nothing of this is loaded.
import { challengeChecksum, type Move } from '../../engine';
import { sessionStore, type SessionState } from '../../state/session';
import { resultFileOf } from '../play/result-download';
import { gameCode } from '../play/short-code';
import { lmsSession, type LmsSession } from './scorm-runtime';

/** Saves or hands in the game in `state` when it belongs to the launched challenge; returns what it did. */
export function syncGame(lms: LmsSession, state: Pick<SessionState, 'session' | 'game'>, checksum: string | null, done: Set<string>): 'saved' | 'finished' | null {
  const { session, game } = state;
  const code = session?.game.challengeCode;
  if (!session || !game || !code || lms.closed) return null;
  if (checksum !== null && challengeChecksum(code) !== checksum) return null;
  try {
    if (game.phase === 'over') {
      const file = resultFileOf(state);
      const key = file.hashes.join('');
      if (done.has(key)) return null;
      done.add(key);
      return lms.finish({ score: file.final.score.points, shortCode: gameCode(code, session.game, file.moves, game.market) }) ? 'finished' : null;
    }
    return lms.saveProgress(gameCode(code, session.game, session.moves, game.market)) ? 'saved' : null;
  } catch {
    return null;
  }
}

/**
 * Follows the session store for the LMS. `launchCode` is the challenge the package launched (from
 * the launch link); without it, the challenge of the LMS's resume state, else any challenge game.
 */
export function startLmsSync(launchCode: string | null): void {
  const lms = lmsSession();
  if (!lms) return;
  const checksum = launchCode ? challengeChecksum(launchCode) : null;
  const done = new Set<string>();
  let lastMoves: readonly Move[] | null = null;
  let lastPhase: string | null = null;
  const store = sessionStore();
  store.subscribe((state) => {
    const moves = state.session?.moves ?? null;
    const phase = state.game?.phase ?? null;
    if (moves === lastMoves && phase === lastPhase) return;
    lastMoves = moves;
    lastPhase = phase;
    syncGame(lms, state, checksum, done);
  });
}
