// The bytes of a handed-in file as text: UTF-8 (with or without a byte-order mark) or UTF-16
// (little or big endian, with a byte-order mark, or without one when every other byte is zero, as
// some editors save). Anything else is binary and comes back as a sentence saying so.

export type DecodedText = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly error: string };

const BINARY = 'The file is not text in UTF-8 or UTF-16 (it holds binary data), so it is not a result file.';

function decode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  try {
    // fatal: malformed sequences are refused rather than turned into U+FFFD; the BOM is dropped.
    return { ok: true, value: new TextDecoder(label, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: BINARY };
  }
}

/** UTF-16 without a byte-order mark: text whose odd (LE) or even (BE) bytes are all zero. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 512);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd === pairs && zeroEven === 0) return 'utf-16le';
  if (zeroEven === pairs && zeroOdd === 0) return 'utf-16be';
  return null;
}

/** Text of `bytes`, or why they are not text; control characters other than tab and line breaks count as binary. */
export function textOfBytes(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decode('utf-16le', bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decode('utf-16be', bytes);
  else {
    const guess = bomlessUtf16(bytes);
    decoded = decode(guess ?? 'utf-8', bytes);
  }
  if (!decoded.ok) return decoded;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(decoded.value)) return { ok: false, error: BINARY };
  return decoded;
}
