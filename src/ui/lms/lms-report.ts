// The one call the debrief makes when a game is finished: if the app was launched by an LMS
// (a SCORM API is found up the window chain), the finished game's score and short result code are
// handed in, once per game. Outside an LMS it does nothing.
import { challengeChecksum, encodeShortResult, shortCodeContext, type Market, type ResultFile } from '../../engine';
import type { SessionState } from '../../state/session/store-types';
import { resultFileOf } from '../play/result-download';
import { findLmsApi, reportToScorm } from './scorm-runtime';

const reported = new Set<string>();

/** The short result code of a finished game (what the LMS and a phone hand in). */
export function shortCodeOf(file: ResultFile, market: Market): string {
  return encodeShortResult({
    challengeChecksum: file.challenge ? challengeChecksum(file.challenge) : '00000000',
    who: file.playerId ?? file.player,
    isId: file.playerId !== undefined,
    moves: file.moves,
  }, shortCodeContext(market));
}

/** Reports the finished game in `state` to the LMS, if there is one; returns whether it did. */
export function reportGameToLms(state: Pick<SessionState, 'session' | 'game'>): boolean {
  const lms = findLmsApi();
  if (!lms) return false;
  try {
    const file = resultFileOf(state);
    const key = file.hashes.join('');
    if (reported.has(key)) return false;
    reported.add(key);
    return reportToScorm(lms, { score: file.final.score.points, shortCode: shortCodeOf(file, state.game!.market) });
  } catch {
    return false;
  }
}
