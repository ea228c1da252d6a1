// A "zip bomb" in lz-string's URI-safe format, written bit by bit: one literal character, then a
// run of tokens that each name the dictionary entry being made (the previous entry plus one
// character), so n tokens unpack to about n²/2 characters. 290 KB of code holds ~100,000 tokens:
// about five billion characters, which lz-string itself tries to build until memory runs out.
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

class BitWriter {
  private chars: string[] = [];
  private value = 0;
  private filled = 0;
  write(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.value = (this.value << 1) | ((value >> i) & 1);
      if (++this.filled === 6) {
        this.chars.push(ALPHABET[this.value]!);
        this.value = 0;
        this.filled = 0;
      }
    }
  }
  get length(): number {
    return this.chars.length;
  }
  finish(): string {
    while (this.filled !== 0) this.write(0, 1);
    this.chars.push('A');
    return this.chars.join('');
  }
}

/** A payload of about `chars` characters (lz-string's alphabet) that unpacks to a huge run of 'a'. */
export function lzBombPayload(chars: number): string {
  const out = new BitWriter();
  out.write(0, 2);
  out.write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  while (out.length < chars - 8) {
    out.write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  out.write(2, numBits);
  return out.finish();
}

/** A result code ("R1.…" with a valid checksum) around that payload, made URL-safe like real codes. */
export function lzBombResultCode(chars = 290_000): string {
  const payload = lzBombPayload(chars).replace(/\+/g, '_').replace(/\$/g, '~');
  const checksum = createHash('sha256').update(`R1.${payload}`).digest('hex').slice(0, 8);
  return `R1.${payload}.${checksum}`;
}

/** The same for a challenge code ("C1.…"), within the 16,000-character code limit. */
export function lzBombChallengeCode(chars = 15_000): string {
  const payload = lzBombPayload(chars).replace(/\+/g, '_').replace(/\$/g, '~');
  const checksum = createHash('sha256').update(`C1.${payload}`).digest('hex').slice(0, 8);
  return `C1.${payload}.${checksum}`;
}
