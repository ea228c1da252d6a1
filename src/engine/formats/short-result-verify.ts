// Verifying a phone hand-in (a short result code): it names its challenge only by checksum, so it
// is read against the challenge the verifier is bound to, rebuilt into a result file by replaying
// its moves on that challenge's market, then verified like any file. `verifyHandIn` is the one
// entry the CLI and the browser workers use for anything handed in (file, result code, short code).
import { resolveMarket } from '../game/market';
import { decodeChallenge } from './challenge-code';
import { challengeChecksum, challengeLabel } from './challenge-identity';
import { buildResultFile } from './result-file';
import { verifyResult, type ResolveScenario, type ScenarioForVerify, type Verdict } from './result-verify';
import { decodeShortResult, looksLikeShortResult, type ShortCodeContext } from './short-result-code';

const reject = (reason: string, player: string | null = null): Verdict => ({ status: 'rejected', reason, player, challengeTitle: null });

/** What a short code's indexes refer to: the scenario's segments and each question's options, in order. */
export function shortCodeContext(resolved: Pick<ScenarioForVerify, 'scenario' | 'points'>): ShortCodeContext {
  return {
    segments: resolved.scenario.segments.map((s) => s.id),
    points: resolved.points.map((p) => ({ id: p.id, options: p.options.map((o) => o.id) })),
  };
}

/** The verdict of a short code against `challengeCode` (the verifier's bound challenge). Never throws. */
export function verifyShortResult(text: string, resolve: ResolveScenario, challengeCode: string | undefined): Verdict {
  if (!challengeCode) return reject('A short result code ("S1.…") names its challenge only by checksum: open the verifier for the challenge first (paste its code or load the class file).');
  const challenge = decodeChallenge(challengeCode);
  if (!challenge.ok) return reject(`The challenge code to check against is not valid: ${challenge.error}`);
  const resolved = resolve(challenge.value.scenario.id);
  if (!resolved) return reject(`The scenario "${challenge.value.scenario.id}" is not one this verifier knows.`);
  const short = decodeShortResult(text, shortCodeContext(resolved));
  if (!short.ok) return reject(`${short.error[0]!.toUpperCase()}${short.error.slice(1)}.`);
  const { value } = short;
  if (value.challengeChecksum !== challengeChecksum(challengeCode)) {
    return reject(`The code was made for another challenge (code …${value.challengeChecksum}), not for ${challengeLabel(challenge.value.title, challengeCode)}.`, value.who);
  }
  const student = value.isId ? challenge.value.roster?.find((s) => s.id.toLowerCase() === value.who.toLowerCase()) : undefined;
  if (value.isId && !student) return reject(`The student id "${value.who}" is not on the challenge's roster.`, value.who);
  const market = resolveMarket({ scenario: resolved.scenario, goals: resolved.goals, points: resolved.points, challengeCode, player: student?.name ?? value.who, playerId: student?.id });
  if (!market.ok) return reject(market.error, value.who);
  try {
    const file = buildResultFile({ market: market.value, moves: value.moves, mode: 'attempt', playerId: student?.id });
    return verifyResult(file, resolve, { expectedChallenge: challengeCode });
  } catch (error) {
    return reject(`The game in the code cannot be replayed: ${error instanceof Error ? error.message : String(error)}`, value.who);
  }
}

/** Verifies anything handed in: a short code (against the bound challenge), a result code or a file. */
export function verifyHandIn(input: unknown, resolve: ResolveScenario, expectedChallenge: string | undefined): Verdict {
  if (typeof input === 'string' && looksLikeShortResult(input)) return verifyShortResult(input, resolve, expectedChallenge);
  return verifyResult(input, resolve, { expectedChallenge });
}
