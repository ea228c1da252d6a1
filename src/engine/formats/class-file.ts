// The class file an instructor keeps from the builder: the challenge code and the full roster
// (ids, names and e-mails, which never go into the code). The verifier opened with it accepts only
// results of that challenge and matches students against the roster.
import * as v from 'valibot';
import { parseBoundedJson } from './bounded-json';
import { decodeChallenge, type Challenge } from './challenge-code';
import { issueSentence } from '../schema-issue';
import type { RosterEntry } from './roster';

export const CLASS_FILE_FORMAT = 'rapport-class';

const ClassFileSchema = v.strictObject({
  format: v.literal(CLASS_FILE_FORMAT, 'expected "rapport-class"'),
  version: v.literal(1, 'expected version 1'),
  challenge: v.pipe(v.string('expected a challenge code'), v.maxLength(16_000, 'expected at most 16000 characters')),
  roster: v.nullable(v.pipe(v.array(v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
    email: v.pipe(v.string(), v.maxLength(254)),
  }), 'expected a list of students'), v.maxLength(1000, 'expected at most 1000 students'))),
});

export interface ClassFile {
  readonly code: string;
  readonly challenge: Challenge;
  readonly roster: readonly RosterEntry[] | null;
}

/** The class file as JSON text, for a download. */
export function classFileJson(code: string, roster: readonly RosterEntry[] | null): string {
  return `${JSON.stringify({ format: CLASS_FILE_FORMAT, version: 1, challenge: code, roster }, null, 2)}\n`;
}

/**
 * Reads what an instructor opens the verifier with: a class file, or a challenge code or link
 * (then the roster is the one the code carries, without e-mails). The error is a sentence.
 */
export function readClassFile(text: string): { ok: true; value: ClassFile } | { ok: false; error: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed.startsWith('{')) {
    const decoded = decodeChallenge(trimmed);
    if (!decoded.ok) return decoded;
    return { ok: true, value: { code: trimmed, challenge: decoded.value, roster: decoded.value.roster?.map((s) => ({ ...s, email: '' })) ?? null } };
  }
  const parsed = parseBoundedJson(trimmed, 8);
  if (!parsed.ok) return { ok: false, error: 'The class file is not valid JSON.' };
  const checked = v.safeParse(ClassFileSchema, parsed.value);
  if (!checked.success) return { ok: false, error: `This is not a Rapport class file: ${issueSentence(checked.issues)}.` };
  const decoded = decodeChallenge(checked.output.challenge);
  if (!decoded.ok) return { ok: false, error: `The class file's challenge code is not valid: ${decoded.error}` };
  return { ok: true, value: { code: checked.output.challenge, challenge: decoded.value, roster: checked.output.roster } };
}
