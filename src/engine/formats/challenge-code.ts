// Challenge codes: an instructor's seeded challenge (scenario and its content hash, seed, length,
// goals, rules, title, instructions) as a short URL-safe string "C<version>.<payload>.<checksum>",
// and back. Decoding never throws: anything that is not a valid code comes back as a sentence.
import LZString from 'lz-string';
import * as v from 'valibot';
import { canonicalJson, sha256Hex, type Json } from '../model/canonical-hash';
import type { Result } from '../model/decisions';
import { migrateChallenge, CHALLENGE_VERSION } from './challenge-migrations';
import { ChallengeSchema, type Challenge } from './challenge-schema';
import { issueSentence } from '../schema-issue';
import type { Scenario } from '../model/scenario-types';
import { cachedScenarioHash } from './scenario-hash-cache';
import { unpackCodePayload } from './code-payload';

export { CHALLENGE_VERSION } from './challenge-migrations';
export type { Challenge, ChallengeRules, RosterStudent } from './challenge-schema';

/** Longest text accepted as a code (a link included); longer input is refused before any work. */
export const MAX_CODE_LENGTH = 16_000;
/** Longest JSON a challenge code may unpack to (a full challenge with a roster is far below it). */
const MAX_CHALLENGE_JSON = 200_000;
const CODE_PATTERN = /^C(\d{1,4})\.([A-Za-z0-9_~-]+)\.([0-9a-f]{8})$/;

/** lz-string's URI alphabet uses + and $; '+' turns into a space in query strings, so swap both. */
function toUrlSafe(s: string): string {
  return s.replace(/\+/g, '_').replace(/\$/g, '~');
}

function checksum(version: number, payload: string): string {
  return sha256Hex(`C${version}.${payload}`).slice(0, 8);
}

/** Validates a challenge and encodes it; the error names the field that is wrong. */
export function encodeChallenge(challenge: Challenge): Result<string> {
  const parsed = v.safeParse(ChallengeSchema, { ...challenge, version: CHALLENGE_VERSION });
  if (!parsed.success) return { ok: false, error: `The challenge is not valid: ${issueSentence(parsed.issues)}.` };
  const payload = toUrlSafe(LZString.compressToEncodedURIComponent(canonicalJson(parsed.output as unknown as Json)));
  return { ok: true, value: `C${CHALLENGE_VERSION}.${payload}.${checksum(CHALLENGE_VERSION, payload)}` };
}

/** The code inside `text`: the text itself, or the `c=` parameter of a pasted link. */
export function extractChallengeCode(text: string): string {
  const trimmed = text.trim();
  const match = /[?&]c=([^&#\s]*)/.exec(trimmed);
  if (!match) return trimmed;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/** Decodes a code (or a link holding one). Never throws; the error is a sentence for the student. */
export function decodeChallenge(input: unknown): Result<Challenge> {
  if (typeof input !== 'string') return { ok: false, error: 'A challenge code must be text.' };
  if (input.length > MAX_CODE_LENGTH) return { ok: false, error: `This is not a challenge code: it is longer than ${MAX_CODE_LENGTH} characters.` };
  const code = extractChallengeCode(input).replace(/ /g, '_');
  if (code.length === 0) return { ok: false, error: 'The challenge code is empty.' };
  const match = CODE_PATTERN.exec(code);
  if (!match) return { ok: false, error: 'This is not a challenge code: a code looks like "C1.…" followed by letters, digits and a checksum. Check that it was copied whole.' };
  const version = Number(match[1]);
  const payload = match[2]!;
  if (checksum(version, payload) !== match[3]) {
    return { ok: false, error: 'The challenge code is damaged (its checksum does not match): check that it was copied whole, without extra or missing characters.' };
  }
  if (version > CHALLENGE_VERSION) {
    return { ok: false, error: `This challenge code was made by a newer version of Rapport (code version ${version}; this one reads up to ${CHALLENGE_VERSION}). Reload the page to get the newest version.` };
  }
  const unpacked = unpackCodePayload(payload, 'challenge code', MAX_CHALLENGE_JSON);
  if (!unpacked.ok) return { ok: false, error: `T${unpacked.error.slice(1)}.` };
  const migrated = migrateChallenge(unpacked.value, version);
  if (!migrated.ok) return migrated;
  const parsed = v.safeParse(ChallengeSchema, migrated.value);
  if (!parsed.success) return { ok: false, error: `The challenge code holds an invalid challenge: ${issueSentence(parsed.issues)}.` };
  return { ok: true, value: parsed.output };
}

/** A sentence saying why `scenario` is not the market this challenge was made for, or null. */
export function challengeScenarioProblem(challenge: Challenge, scenario: Scenario): string | null {
  if (challenge.scenario.id !== scenario.id) {
    return `The challenge is for the scenario "${challenge.scenario.id}", not "${scenario.id}".`;
  }
  if (challenge.scenario.hash !== cachedScenarioHash(scenario)) {
    return `The scenario "${scenario.id}" has changed since the challenge was made (content hash ${challenge.scenario.hash}, now ${cachedScenarioHash(scenario)}), so its market would differ.`;
  }
  const segments = new Set(scenario.segments.map((s) => s.id));
  const unknown = challenge.goals.find((g) => g.segment !== undefined && !segments.has(g.segment));
  if (unknown) return `The goal "${unknown.label}" names a segment "${unknown.segment}" that the scenario does not have.`;
  return null;
}

/** The app-relative link that opens a challenge, e.g. `#/challenge?c=C1.…`. */
export function challengeLink(code: string, base = ''): string {
  return `${base}#/challenge?c=${code}`;
}
