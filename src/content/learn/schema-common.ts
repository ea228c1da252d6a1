// Building blocks shared by the content schemas: ids, non-empty text, seed file names.
import * as v from 'valibot';

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kebabId = v.pipe(
  v.string(),
  v.regex(KEBAB_ID, 'expected a kebab-case id (lower-case letters, digits and single hyphens, e.g. "seven-types")'),
);

export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected non-empty text'));

export const seedFileName = v.pipe(
  v.string(),
  v.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'expected a seed file name such as "000_d72c667cafe71b6f.txt"'),
);

export const idList = v.array(kebabId);

/** True when no value occurs twice. */
export function allUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

export function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
