// The result file download at the debrief: built by the engine's buildResultFile (which replays the
// moves, so the file carries the engine's own month records and score) and saved by the browser.
import { buildResultFile, resultFileJson, resultFileName, type ResultFile } from '../../engine';
import type { SessionState } from '../../state/session';
import { downloadTextFile } from '../download-file';

/** The result file of the finished game in `state`; throws a readable error if it cannot be made. */
export function resultFileOf(state: Pick<SessionState, 'session' | 'game'>): ResultFile {
  const { session, game } = state;
  if (!session || !game) throw new Error('No finished game to save.');
  return buildResultFile({ market: game.market, moves: session.moves, mode: session.game.mode, playerId: session.game.playerId });
}

export function downloadResultFile(state: Pick<SessionState, 'session' | 'game'>): string {
  const file = resultFileOf(state);
  const name = resultFileName(file);
  downloadTextFile(name, resultFileJson(file));
  return name;
}
