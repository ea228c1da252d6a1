// Result files saved by other editors: UTF-8 with or without a byte-order mark, UTF-16 little or
// big endian (with a byte-order mark, or without one) all verify; other binary data is refused
// with a sentence that says what the verifier reads.
import { describe, expect, it } from 'vitest';
import { resultFileJson, verifyResult } from '../../../src/engine';
import { textOfBytes } from '../../../src/engine/formats/text-bytes';
import { playChallenge, resolve } from './teach-helpers';

const text = resultFileJson(playChallenge('Zoë Ødegaard'));

function utf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...s].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    bytes[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    bytes[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return bytes;
}

describe('a result file saved in another encoding', () => {
  const cases: [string, Uint8Array][] = [
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16 LE with a BOM', utf16(text, 'le', true)],
    ['UTF-16 BE with a BOM', utf16(text, 'be', true)],
    ['UTF-16 LE without a BOM', utf16(text, 'le', false)],
    ['UTF-16 BE without a BOM', utf16(text, 'be', false)],
  ];
  for (const [name, bytes] of cases) {
    it(`verifies as ${name}`, () => {
      expect(verifyResult(bytes, resolve)).toMatchObject({ status: 'verified', player: 'Zoë Ødegaard' });
    });
  }

  it('refuses binary data, broken UTF-8 and broken UTF-16 with the same clear sentence', () => {
    const message = 'The file is not text in UTF-8 or UTF-16 (it holds binary data), so it is not a result file.';
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(verifyResult(png, resolve)).toMatchObject({ status: 'rejected', reason: message });
    expect(textOfBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({ ok: false, error: message });
    expect(textOfBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({ ok: false, error: message });
    expect(textOfBytes(new Uint8Array([0x7b, 0x1b, 0x5b, 0x32, 0x4a, 0x7d]))).toEqual({ ok: false, error: message });
  });
});
