// The result file download at the debrief: built by the engine's buildResultFile (which replays the
// decisions, so the file carries the engine's own hashes and score) and saved by the browser.
import { buildResultFile, resultFileJson, resultFileName, type ResultFile } from '../../engine';
import type { SessionState } from '../../state/session/store-types';
import { downloadTextFile } from '../download-file';

/** The result file of the finished game in `state`; throws a readable error if it cannot be made. */
export function resultFileOf(state: Pick<SessionState, 'session' | 'loaded'>): ResultFile {
  const { session, loaded } = state;
  if (!session || !loaded) throw new Error('No finished game to save.');
  return buildResultFile({
    scenario: loaded.scenario,
    goals: session.goals ?? loaded.file.goals,
    seed: session.seed,
    months: session.months,
    challengeCode: session.challengeCode,
    player: session.player,
    playerId: session.playerId,
    decisions: session.decisions,
    answers: session.answers,
  });
}

export function downloadResultFile(state: Pick<SessionState, 'session' | 'loaded'>): string {
  const file = resultFileOf(state);
  const name = resultFileName(file);
  downloadTextFile(name, resultFileJson(file));
  return name;
}
