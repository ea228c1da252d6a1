// The class roster an instructor loads: CSV with a student id, a name and (optionally) an e-mail
// per line, with or without a header row, comma or semicolon separated (papaparse detects it).
// A bad roster gets one sentence naming the line. Only ids and names ever go into a challenge code.
import Papa from 'papaparse';
import { hasHiddenCharacters, visibleText } from './display-text';
import { MAX_ROSTER, MAX_STUDENT_ID, type RosterStudent } from './challenge-schema';
import { nameKey } from './name-key';

export interface RosterEntry extends RosterStudent {
  readonly email: string;
}

export interface Roster {
  readonly students: readonly RosterEntry[];
  /** Names that look the same as an earlier one (allowed, but students should then give their id). */
  readonly warnings: readonly string[];
}

export type RosterResult = { readonly ok: true; readonly value: Roster } | { readonly ok: false; readonly error: string };

const ID_HEADERS = ['id', 'student id', 'studentid', 'student number', 'id number', 'idnumber', 'sis user id', 'matriculation number', 'matrikelnummer'];
const NAME_HEADERS = ['name', 'full name', 'fullname', 'student', 'student name'];
const EMAIL_HEADERS = ['email', 'e-mail', 'email address', 'e-mail address', 'mail'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function columnsOf(header: readonly string[]): { id: number; name: number; email: number } | null {
  const h = header.map((c) => c.trim().toLowerCase());
  const find = (names: readonly string[]) => h.findIndex((c) => names.includes(c));
  const id = find(ID_HEADERS);
  const name = find(NAME_HEADERS);
  if (id < 0 || name < 0) return null;
  return { id, name, email: find(EMAIL_HEADERS) };
}

/** Parses roster CSV text; the error names the line (1 = the first line of the file). */
export function parseRoster(text: string): RosterResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length === 0) return { ok: false, error: 'The roster is empty: give one student per line as id, name, e-mail.' };
  const header = columnsOf(rows[0]!);
  const columns = header ?? { id: 0, name: 1, email: 2 };
  const body = header ? rows.slice(1) : rows;
  const firstLine = header ? 2 : 1;
  if (body.length > MAX_ROSTER) return { ok: false, error: `The roster lists ${body.length} students; a challenge takes at most ${MAX_ROSTER}.` };
  const students: RosterEntry[] = [];
  const warnings: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, { line: number; name: string }>();
  for (const [i, row] of body.entries()) {
    const line = firstLine + i;
    const id = (row[columns.id] ?? '').trim();
    const name = (row[columns.name] ?? '').normalize('NFKC').trim().replace(/\s+/gu, ' ');
    const email = columns.email >= 0 ? (row[columns.email] ?? '').trim() : '';
    if (id === '') return { ok: false, error: `Line ${line}: the student id is empty (expected id, name, e-mail).` };
    if (id.length > MAX_STUDENT_ID) return { ok: false, error: `Line ${line}: the student id is longer than ${MAX_STUDENT_ID} characters.` };
    if (name === '') return { ok: false, error: `Line ${line}: the name of student "${visibleText(id)}" is empty.` };
    if (name.length > 80) return { ok: false, error: `Line ${line}: the name is longer than 80 characters.` };
    if (hasHiddenCharacters(id) || hasHiddenCharacters(name)) return { ok: false, error: `Line ${line}: the id or name holds control or invisible characters (${visibleText(`${id}, ${name}`)}).` };
    if (email !== '' && !EMAIL.test(email)) return { ok: false, error: `Line ${line}: "${visibleText(email)}" is not an e-mail address.` };
    const seen = ids.get(id.toLowerCase());
    if (seen !== undefined) return { ok: false, error: `Line ${line}: the student id "${visibleText(id)}" is already used on line ${seen}.` };
    ids.set(id.toLowerCase(), line);
    const key = nameKey(name);
    const same = names.get(key);
    if (same) warnings.push(`Line ${line}: "${visibleText(name)}" looks the same as "${visibleText(same.name)}" on line ${same.line}; these students should give their id.`);
    else names.set(key, { line, name });
    students.push({ id, name, email });
  }
  return { ok: true, value: { students, warnings } };
}

/** The roster as a challenge code carries it: ids and names, never e-mails. */
export function rosterForCode(roster: Roster): RosterStudent[] {
  return roster.students.map(({ id, name }) => ({ id, name }));
}
