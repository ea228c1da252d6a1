// A student's name as the challenge formats use it: normalised so that "  Ada  LOVELACE " and
// "ada lovelace" pick the same per-student market, and checked for a sensible length.
export const MAX_PLAYER_NAME = 80;

/** Unicode NFKC, trimmed, inner spaces collapsed to one, lower case. */
export function normalisePlayerName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A sentence naming what is wrong with `name`, or null when it can be used. */
export function playerNameProblem(name: string): string | null {
  const normal = normalisePlayerName(name);
  if (normal.length === 0) return 'Enter your name: your teacher sees it next to your result.';
  if (normal.length > MAX_PLAYER_NAME) return `The name is longer than ${MAX_PLAYER_NAME} characters.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(normal)) return 'The name contains control characters.';
  return null;
}
