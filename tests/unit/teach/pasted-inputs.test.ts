// The verifier's paste box: result codes are split apart; other text is one input, not one per word.
import { describe, expect, it } from 'vitest';
import { pastedInputs } from '../../../src/engine/formats/pasted-inputs';

describe('pastedInputs', () => {
  it('splits result codes on spaces and lines', () => {
    expect(pastedInputs('R1.abc.123\n  R1.def.456 ')).toEqual(['R1.abc.123', 'R1.def.456']);
  });
  it('keeps a pasted JSON file whole', () => {
    expect(pastedInputs(' {"format": "rapport-result"} ')).toEqual(['{"format": "rapport-result"}']);
  });
  it('turns prose into a single input, after any codes it contains', () => {
    expect(pastedInputs('here is my code R1.abc.123 thanks')).toEqual(['R1.abc.123', 'here is my code thanks']);
    expect(pastedInputs('word '.repeat(5000))).toHaveLength(1);
  });
  it('gives nothing for blank text', () => {
    expect(pastedInputs('  \n ')).toEqual([]);
  });
});
