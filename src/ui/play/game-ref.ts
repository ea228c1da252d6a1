// The game as the play worker needs it: the market the engine runs, the seed and the decisions.
import type { SessionState } from '../../state/session/store-types';
import type { GameRef } from './worker-protocol';

export function gameRef(state: Pick<SessionState, 'session' | 'run'>): GameRef {
  const { session, run } = state;
  if (!session || !run) throw new Error('No game is being played.');
  return { scenarioId: session.scenarioId, scenario: run.scenario, seed: session.seed, decisions: session.decisions };
}
