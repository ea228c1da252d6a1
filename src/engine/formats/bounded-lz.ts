// A bounded reader of lz-string's URI-safe compression (what challenge codes and result codes
// hold): the same output as `LZString.decompressFromEncodedURIComponent` for every valid input,
// but it stops as soon as the output would pass a size limit or an expansion ratio, so a crafted
// code of a few hundred kilobytes that would unpack to gigabytes is refused in milliseconds.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

export interface InflateLimits {
  /** Longest output accepted, in characters. */
  readonly maxOutput: number;
  /** Largest output length ÷ input length accepted. */
  readonly maxRatio: number;
}

export type Inflated =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: 'damaged' }
  | { readonly ok: false; readonly problem: 'too-large'; readonly limit: number };

/** A reader of the 6-bit characters of the input, most significant bit first. */
class BitReader {
  private index = 1;
  private value: number;
  private position = 32;
  constructor(private readonly input: string) {
    this.value = VALUE.get(input.charAt(0)) ?? 0;
  }
  /** True once more characters were read than the input has (lz-string's "no end marker"). */
  get overrun(): boolean {
    return this.index > this.input.length;
  }
  /** `count` bits, assembled least significant bit first (lz-string's order). */
  read(count: number): number {
    let bits = 0;
    let power = 1;
    for (let i = 0; i < count; i++) {
      const bit = this.value & this.position;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = 32;
        this.value = VALUE.get(this.input.charAt(this.index++)) ?? 0;
      }
      if (bit > 0) bits += power;
      power *= 2;
    }
    return bits;
  }
}

/**
 * Unpacks `input` (lz-string's URI alphabet; spaces read as '+', as lz-string does) within
 * `limits`. "damaged" is what lz-string reports as null or "" (no valid stream).
 */
export function inflateUriSafe(input: string, limits: InflateLimits): Inflated {
  if (input.length === 0) return { ok: false, problem: 'damaged' };
  const limit = Math.min(limits.maxOutput, Math.floor(input.length * limits.maxRatio));
  const reader = new BitReader(input.replace(/ /g, '+'));
  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let total = 0;
  const out: string[] = [];

  const first = reader.read(2);
  if (first > 1) return { ok: false, problem: 'damaged' };
  let w = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  out.push(w);
  total = 1;
  for (;;) {
    if (reader.overrun) return { ok: false, problem: 'damaged' };
    let c = reader.read(numBits);
    if (c === 2) return { ok: true, value: out.join('') };
    if (c === 0 || c === 1) {
      dictionary[dictSize++] = String.fromCharCode(reader.read(c === 0 ? 8 : 16));
      c = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
    let entry: string;
    const known = c >= 3 ? dictionary[c] : undefined;
    if (known !== undefined) entry = known;
    else if (c === dictSize) entry = w + w.charAt(0);
    else return { ok: false, problem: 'damaged' };
    total += entry.length;
    if (total > limit) return { ok: false, problem: 'too-large', limit };
    out.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 1 << numBits;
      numBits++;
    }
  }
}
