// JSON text parsed only after a linear scan has checked how deeply it nests, so that a file of
// a million opening brackets is refused with a sentence instead of exhausting the stack of the
// code that walks it afterwards (schema checks, canonical hashing).

/** Deepest nesting of arrays and objects a result file or challenge needs is 5; this leaves room. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of `[` and `{` outside strings, stopping early once it passes `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: 'too-deep' | 'invalid' };

/** JSON.parse, refusing nesting deeper than `maxDepth`. Never throws. */
export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): ParsedJson {
  if (jsonDepth(text, maxDepth) > maxDepth) return { ok: false, problem: 'too-deep' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'invalid' };
  }
}
