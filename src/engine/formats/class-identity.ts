// Who handed in each verified file: with a roster, the student id the file carries (or, without
// one, the name matched by its key) is looked up, and unknown ids, an id used under another name,
// one name under several ids, and names written with lookalike letters are flagged; without a
// roster, students are told apart by the key of their name. Flags are notes, never a rejection.
import { CONFUSABLE_LATIN } from './confusable-latin';
import { visibleText } from './display-text';
import { nameKey } from './name-key';
import type { RosterStudent } from './challenge-schema';

export interface Identified {
  /** The key attempts and copies are counted by: "id:…" with a roster match, else "name:…". */
  readonly key: string;
  /** The roster id, when the student was found on the roster. */
  readonly studentId: string | null;
  readonly flags: readonly string[];
}

let lookalike: Map<string, string> | null = null;
function lookalikeOf(c: string): string | undefined {
  if (!lookalike) {
    lookalike = new Map();
    for (const [latin, chars] of CONFUSABLE_LATIN) for (const ch of chars) lookalike.set(ch, latin);
  }
  return lookalike.get(c);
}

/** "Cyrillic а (U+0430) for a" for every letter in `name` that imitates a Latin one. */
export function lookalikeLetters(name: string): string[] {
  const found: string[] = [];
  for (const c of new Set(name.normalize('NFKC'))) {
    const latin = lookalikeOf(c);
    if (latin) found.push(`"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) for "${latin}"`);
  }
  return found;
}

export interface IdentityInput {
  readonly player: string;
  readonly playerId: string | null;
}

/** Identifies every entry; flags name problems per entry and clashes across the class. */
export function identifyStudents(entries: readonly IdentityInput[], roster: readonly RosterStudent[] | null): Identified[] {
  const byId = new Map((roster ?? []).map((s) => [s.id.toLowerCase(), s]));
  const byName = new Map<string, RosterStudent[]>();
  for (const s of roster ?? []) byName.set(nameKey(s.name), [...(byName.get(nameKey(s.name)) ?? []), s]);
  const out = entries.map(({ player, playerId }): Identified & { nameKey: string } => {
    const flags: string[] = [];
    const key = nameKey(player);
    const letters = lookalikeLetters(player);
    if (letters.length > 0) flags.push(`The name is written with lookalike letters: ${letters.join(', ')}; it counts as "${key}".`);
    if (player.normalize('NFKC') !== visibleText(player.normalize('NFKC'))) flags.push('The name holds invisible or control characters (shown escaped).');
    if (!roster) return { key: playerId ? `id:${playerId.toLowerCase()}` : `name:${key}`, studentId: playerId, flags, nameKey: key };
    if (playerId) {
      const student = byId.get(playerId.toLowerCase());
      if (!student) {
        flags.push(`The student id "${visibleText(playerId)}" is not on the roster.`);
        // The id as given (flagged), so the instructor can see which one it was.
        return { key: `id:${playerId.toLowerCase()}`, studentId: playerId, flags, nameKey: key };
      }
      if (nameKey(student.name) !== key) flags.push(`The id "${visibleText(student.id)}" belongs to "${visibleText(student.name)}" on the roster, not to "${visibleText(player)}".`);
      return { key: `id:${student.id.toLowerCase()}`, studentId: student.id, flags, nameKey: key };
    }
    const matches = byName.get(key) ?? [];
    if (matches.length === 1) return { key: `id:${matches[0]!.id.toLowerCase()}`, studentId: matches[0]!.id, flags, nameKey: key };
    flags.push(matches.length > 1 ? `Several students on the roster have this name; the file gives no id.` : `"${visibleText(player)}" is not on the roster.`);
    return { key: `name:${key}`, studentId: null, flags, nameKey: key };
  });
  // Clashes: one id under several names, one name under several ids.
  const namesOfKey = new Map<string, Set<string>>();
  const keysOfName = new Map<string, Set<string>>();
  for (const e of out) {
    if (e.key.startsWith('id:')) namesOfKey.set(e.key, (namesOfKey.get(e.key) ?? new Set()).add(e.nameKey));
    keysOfName.set(e.nameKey, (keysOfName.get(e.nameKey) ?? new Set()).add(e.key));
  }
  return out.map(({ nameKey: name, ...e }) => {
    const flags = [...e.flags];
    if ((namesOfKey.get(e.key)?.size ?? 0) > 1) flags.push(`The same student id was handed in under ${namesOfKey.get(e.key)!.size} different names.`);
    if ((keysOfName.get(name)?.size ?? 0) > 1 && name !== '') flags.push(`The name "${name}" was handed in under ${keysOfName.get(name)!.size} different ids.`);
    return { ...e, flags };
  });
}
