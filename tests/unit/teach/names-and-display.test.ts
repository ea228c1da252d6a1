// Names and what is shown of them: lookalike names (a Cyrillic А, a zero-width space, a
// right-to-left override, accents, full-width letters) get the same matching key, so they cannot
// start a new market or a new count of attempts; and every hidden character in text from a file is
// shown as a visible escape in the terminal, the class table and the CSV.
import { describe, expect, it } from 'vitest';
import { normalisePlayerName, playerNameProblem, variantSeed } from '../../../src/engine';
import { hasHiddenCharacters, visibleText } from '../../../src/engine/formats/display-text';
import { nameKey } from '../../../src/engine/formats/name-key';
import { CONFUSABLE_LATIN } from '../../../src/engine/formats/confusable-latin';

describe('the matching key of a name', () => {
  it('is the same for lookalikes of "Carol Díaz"', () => {
    const lookalikes = [
      'Carol Díaz', 'Carol Diaz', 'carol  DIAZ ', 'C\u0430rol D\u0456az', '\u0421arol Díaz', 'Carol\u200B Díaz',
      'Caro\u200Dl Di\u0301az', '\u202ECarol Díaz', 'Ｃａｒｏｌ Ｄíａｚ', 'Carol\u00A0Díaz', 'Car\u03BFl Díaz',
    ];
    expect(new Set(lookalikes.map(nameKey))).toEqual(new Set(['carol diaz']));
    expect(new Set(lookalikes.map((n) => variantSeed('class', n))).size).toBe(1);
  });

  it('keeps plain ASCII names as they were (lower case, spaces collapsed), so their markets do not move', () => {
    expect(normalisePlayerName('  Ada   LOVELACE ')).toBe('ada lovelace');
    expect(variantSeed('class-2026', 'Ada Lovelace')).toBe(variantSeed('class-2026', 'ada lovelace'));
  });

  it('still tells different names apart, in any script', () => {
    const names = ['Carol Díaz', 'Carla Díaz', 'Karol Díaz', 'Ана', 'Аня', '李雷', '李蕾', 'अमित', 'अमीत', 'Zoë', 'Zoe Smith'];
    expect(new Set(names.map(nameKey)).size).toBe(names.length);
  });

  it('folds every character of the confusables table to its Latin form', () => {
    for (const [latin, chars] of CONFUSABLE_LATIN.slice(0, 61)) for (const c of chars) expect(nameKey(`x${c}x`), `U+${c.codePointAt(0)!.toString(16)}`).toBe(`x${latin}x`);
  });

  it('refuses names with hidden characters and names made only of them', () => {
    expect(playerNameProblem('\u200B\u200B')).toBe('Enter your name: your teacher sees it next to your result.');
    expect(playerNameProblem('Carol\u202E Díaz')).toMatch(/control or invisible characters/);
    expect(playerNameProblem('Ada \u001b[32mVERIFIED')).toMatch(/control or invisible characters/);
    expect(playerNameProblem('Carol Díaz 👩‍👩‍👧')).toBeNull();
  });
});

describe('text shown from a file', () => {
  it('writes control, bidirectional and invisible characters as escapes', () => {
    expect(visibleText('Mallory\u001b[2K\rVERIFIED score 100')).toBe('Mallory\\u001B[2K\\u000DVERIFIED score 100');
    expect(visibleText('\u202Efdp.exe\u202C')).toBe('\\u202Efdp.exe\\u202C');
    expect(visibleText('zero\u200Bwidth\uFEFF\u2066x\u2069\u3164')).toBe('zero\\u200Bwidth\\uFEFF\\u2066x\\u2069\\u3164');
    expect(visibleText('lone \uD800 surrogate')).toBe('lone \\uD800 surrogate');
    expect(visibleText('line\nbreak\ttab\u2028')).toBe('line\\u000Abreak\\u0009tab\\u2028');
  });

  it('leaves ordinary text, accents and emoji sequences alone', () => {
    for (const s of ['Zoë Ødegaard', '👩‍👩‍👧‍👦 🏳️‍🌈', 'עברית', '李雷', 'naïve café']) {
      expect(visibleText(s)).toBe(s);
      expect(hasHiddenCharacters(s)).toBe(false);
    }
  });
});
