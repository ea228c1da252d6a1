// Unpacking the payload of a challenge code or a result code, bounded before anything is built:
// the input length, the unpacked size and expansion ratio (checked while unpacking) and the JSON
// nesting depth. The error is a lower-case sentence fragment naming which bound was passed.
import { inflateUriSafe, type InflateLimits } from './bounded-lz';
import { MAX_JSON_DEPTH, parseBoundedJson } from './bounded-json';

/**
 * A genuine code unpacks to 2–6 times its length (a 600-month result file: 5.2×); 50× leaves a
 * wide margin while refusing the "zip bomb" codes that unpack to gigabytes.
 */
export const MAX_EXPANSION_RATIO = 50;

export type Unpacked = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** The JSON value in a code's URL-safe payload ('_' and '~' stand for lz-string's '+' and '$'). */
export function unpackCodePayload(payload: string, what: string, maxOutput: number): Unpacked {
  const limits: InflateLimits = { maxOutput, maxRatio: MAX_EXPANSION_RATIO };
  const inflated = inflateUriSafe(payload.replace(/_/g, '+').replace(/~/g, '$'), limits);
  if (!inflated.ok) {
    if (inflated.problem === 'damaged') return { ok: false, error: `the ${what} is damaged: its content cannot be unpacked` };
    return { ok: false, error: `the ${what} was refused without unpacking it: it would unpack to more than ${inflated.limit.toLocaleString('en-US')} characters (${MAX_EXPANSION_RATIO} times its length at most), far more than any genuine code` };
  }
  const parsed = parseBoundedJson(inflated.value);
  if (!parsed.ok) {
    return parsed.problem === 'too-deep'
      ? { ok: false, error: `the ${what} was refused: its content nests more than ${MAX_JSON_DEPTH} levels deep` }
      : { ok: false, error: `the ${what} is damaged: its content is not readable` };
  }
  return { ok: true, value: parsed.value };
}
