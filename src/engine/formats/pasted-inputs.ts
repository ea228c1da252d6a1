// What the verifier makes of pasted text (or a .txt file): one JSON result file, or result codes
// (long "R1." codes and short "S1." phone codes).
import { looksLikeResultCode } from './result-file';
import { looksLikeShortResult } from './short-result-code';

/**
 * Splits pasted text into inputs: one JSON file, or result codes separated by spaces or lines.
 * Anything else in the paste becomes one input (so it is rejected once, with the reason), not one
 * row per word.
 */
export function pastedInputs(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{')) return [trimmed];
  const tokens = trimmed.split(/\s+/).filter((t) => t.length > 0);
  const isCode = (t: string) => looksLikeResultCode(t) || looksLikeShortResult(t);
  const codes = tokens.filter(isCode);
  const rest = tokens.filter((t) => !isCode(t));
  return rest.length > 0 ? [...codes, rest.join(' ').slice(0, 2000)] : codes;
}
