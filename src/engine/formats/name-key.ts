// The key a student's name is matched by (attempts, per-student markets, the roster): names that
// look the same must get the same key, so that "Cаrol Díaz" with a Cyrillic а, "Carol\u200B Diaz"
// with a zero-width space or "carol  díaz" cannot pass for another student. Steps: Unicode NFKC,
// invisible characters removed (zero-width, bidi controls, other default-ignorables), letters that
// Unicode's confusables list (UTS #39) says look like Latin letters folded to them, lower case,
// accents on Latin letters dropped (Díaz = Diaz), spaces collapsed. A plain ASCII name keeps its
// lower-case form, so its key (and the market made from it) is what it was before.
import { CONFUSABLE_LATIN } from './confusable-latin';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}]/gu;
const LATIN_MARKS = /[\u0300-\u036f]/g;

let table: Map<string, string> | null = null;
function lookalikes(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const [latin, chars] of CONFUSABLE_LATIN) for (const c of chars) table.set(c, latin);
  }
  return table;
}

function fold(text: string): string {
  const map = lookalikes();
  let out = '';
  for (const c of text) out += map.get(c) ?? c;
  return out;
}

/** The matching key of a name (see above); '' for a name that is only spaces or invisible characters. */
export function nameKey(name: string): string {
  const visible = name.normalize('NFKC').replace(INVISIBLE, '');
  const folded = fold(fold(visible).toLowerCase());
  return folded.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').trim().replace(/\s+/gu, ' ');
}
