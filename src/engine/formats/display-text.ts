// Text from a handed-in file made safe to show: control characters (ANSI escapes, line breaks),
// bidirectional controls (a right-to-left override can make a rejected row read as verified),
// zero-width and other invisible format characters, and lone surrogates are written out as
// visible escapes such as `\u202E`, so a terminal, the class table and the CSV show exactly what
// the file holds and nothing it could hide. The joiner inside an emoji sequence is kept.

/**
 * Control (Cc), format (Cf: bidi controls, zero-width characters, BOM…), line and paragraph
 * separators, lone surrogates (Cs) and the other default-ignorable characters (Hangul fillers…).
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
/** Variation selectors are default-ignorable but pick how an emoji or a letter is drawn: kept. */
const VARIATION_SELECTOR = /^[\uFE00-\uFE0F]$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}\uFE0F?$/u;
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;

function escapeOf(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every hidden character written as an escape (`\u001B`, `\u202E`, `\u200B`…). */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, (char: string, offset: number, whole: string) => {
    if (VARIATION_SELECTOR.test(char)) return char;
    if (char === '\u200D' && PICTOGRAPH.test(whole.slice(Math.max(0, offset - 3), offset)) && PICTOGRAPH_START.test(whole.slice(offset + 1, offset + 3))) {
      return char;
    }
    return escapeOf(char);
  });
}

/** Does `text` hold a character `visibleText` would escape? */
export function hasHiddenCharacters(text: string): boolean {
  return visibleText(text) !== text;
}
