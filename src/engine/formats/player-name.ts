// A student's name as the challenge formats use it: matched by its key (name-key.ts) so that
// "  Ada  LOVELACE " and "ada lovelace" (or a lookalike with a Cyrillic а) pick the same
// per-student market and count as one student, and checked for a sensible length.
import { hasHiddenCharacters } from './display-text';
import { nameKey } from './name-key';

export const MAX_PLAYER_NAME = 80;

/** The name's matching key: NFKC, invisible characters removed, lookalikes folded, lower case. */
export function normalisePlayerName(name: string): string {
  return nameKey(name);
}

/** A sentence naming what is wrong with `name`, or null when it can be used. */
export function playerNameProblem(name: string): string | null {
  const normal = normalisePlayerName(name);
  if (normal.length === 0) return 'Enter your name: your teacher sees it next to your result.';
  if (name.normalize('NFKC').trim().length > MAX_PLAYER_NAME) return `The name is longer than ${MAX_PLAYER_NAME} characters.`;
  if (hasHiddenCharacters(name.trim())) return 'The name contains control or invisible characters (such as a zero-width space or a right-to-left mark): type it again by hand.';
  return null;
}
