// Resuming a challenge inside an LMS: when the launch brings the resume state this app saved
// (a short result code of the game so far, lms-sync.ts) for the launched challenge, the game is
// restored by replaying its moves, for the student it names (a roster id picks the roster's
// name), instead of starting a new one. A game saved in this browser that is the same game and at
// least as far is kept as it is.
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { challengeChecksum, decodeShortResult, shortCodeContext, type Challenge, type Move } from '../../engine';
import { sessionStore, startSession } from '../../state/session';
import { lmsSession } from './scorm-runtime';

export type Resumed = { readonly resumed: true; readonly month: number } | { readonly resumed: false; readonly error: string | null };

const cents = (spend: Extract<Move, { type: 'plan' }>['spend']): string =>
  JSON.stringify(Object.entries(spend).flatMap(([s, types]) => Object.entries(types).filter(([, x]) => Math.round((x ?? 0) * 100) > 0).map(([t, x]) => `${s}/${t}/${Math.round(x! * 100)}`)).sort());

/** Whether two moves are the same move (a plan by its amounts in cents, whatever zeros it spells out). */
function sameMove(a: Move, b: Move): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'plan' && b.type === 'plan') return cents(a.spend) === cents(b.spend);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Restores the LMS's saved game of `challenge` (code `code`), if the launch brought one. */
export async function resumeFromLms(challenge: Challenge, code: string, loaded: LoadedScenario): Promise<Resumed> {
  const state = lmsSession()?.resumeState() ?? null;
  if (!state) return { resumed: false, error: null };
  const short = decodeShortResult(state.game, shortCodeContext(loaded));
  if (!short.ok) return { resumed: false, error: `The game saved by your learning platform cannot be read (${short.error}), so a new one starts.` };
  if (short.value.challengeChecksum !== challengeChecksum(code)) return { resumed: false, error: null };
  const { who, isId, moves } = short.value;
  const student = isId ? challenge.roster?.find((s) => s.id.toLowerCase() === who.toLowerCase()) : undefined;
  if (isId && !student) return { resumed: false, error: `The game saved by your learning platform names a student id that is not on this challenge's roster, so a new one starts.` };
  const player = student?.name ?? who;
  const playerId = student?.id;
  const months = moves.filter((m) => m.type === 'play').length;
  const local = sessionStore().getState().session;
  const sameStudent = local !== null && local.game.player === player && local.game.playerId === playerId;
  if (local && local.game.challengeCode === code && sameStudent && local.moves.length >= moves.length && moves.every((m, i) => sameMove(m, local.moves[i]!))) {
    return { resumed: true, month: local.moves.filter((m) => m.type === 'play').length };
  }
  const outcome = await startSession({ scenarioId: challenge.scenario.id, challengeCode: code, player, ...(playerId !== undefined ? { playerId } : {}), resume: moves });
  return outcome.ok ? { resumed: true, month: months } : { resumed: false, error: `The game saved by your learning platform cannot be restored (${outcome.error}), so a new one starts.` };
}
