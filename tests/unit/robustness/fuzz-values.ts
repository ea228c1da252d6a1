// Arbitraries for fuzzing saved data: random text, random JSON, and valid saves with one part
// replaced, removed or retyped; plus the test that a message is a clear sentence (no stack trace).
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (list of keys and indexes) inside `value`, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, item] of Object.entries(value)) out.push(...paths(item, [...prefix, k]));
  return out;
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement === undefined ? null : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(copy[head as number]!, rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (rest.length === 0 && replacement === undefined) delete copy[head as string];
  else copy[head as string] = replaceAt(copy[head as string]!, rest, replacement);
  return copy;
}

/** Odd values a damaged or hand-edited save may hold. */
const oddValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -0, '', '__proto__', 'constructor', [], {}, 'NaN', '<img src=x onerror=alert(1)>', '\uD800'),
  fc.double().filter(Number.isFinite) as fc.Arbitrary<Json>,
  fc.string({ maxLength: 30 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** `base` with one to three of its parts replaced by odd values or removed. */
export function mutated(base: Json): fc.Arbitrary<Json> {
  const all = paths(base);
  return fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), oddValue), { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce<Json>((value, [i, replacement]) => {
      const live = paths(value);
      return replaceAt(value, live[i % live.length]!, replacement);
    }, base));
}

/** What may sit under a storage key: random text, random JSON, or a mutated valid save. */
export function storedText(valid: Json): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => JSON.stringify(valid).slice(0, s.length % 400) + s) },
    { weight: 4, arbitrary: mutated(valid).map((j) => JSON.stringify(j)) },
  );
}

/** A message a user can read: a sentence, not a stack trace or a raw exception. */
export function isClearMessage(message: string): boolean {
  return /^[A-Z].{15,}[.)”"]$/su.test(message)
    && !/TypeError|ReferenceError|SyntaxError|RangeError|\[object Object\]|undefined is not|at \S+ \(.*:\d+:\d+\)/.test(message);
}
