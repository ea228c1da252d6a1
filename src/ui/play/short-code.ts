// The short result code of a challenge game (decisions only, compressed): what a student hands in
// from a phone (typed, pasted or as a QR code) and what an LMS keeps as the resume state. The
// verifier replays it on the challenge's market like a result file.
import { challengeChecksum, encodeShortResult, shortCodeContext, type Market, type Move } from '../../engine';

/** The short result code of a game (finished or not): its moves, who played it, its challenge. */
export function gameCode(challengeCode: string, who: { player?: string | undefined; playerId?: string | undefined }, moves: readonly Move[], market: Market): string {
  return encodeShortResult({
    challengeChecksum: challengeChecksum(challengeCode),
    who: who.playerId ?? who.player ?? '',
    isId: who.playerId !== undefined,
    moves,
  }, shortCodeContext(market));
}
