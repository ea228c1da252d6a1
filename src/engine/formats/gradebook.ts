// The class as CSV files: the class table (one row per file), the students (one row per student:
// the best verified attempt within the allowed number), and the layouts Moodle's and Canvas's
// gradebook imports read (docs/gradebook.md names each column and its source). Every file starts
// with a UTF-8 byte-order mark (so Excel reads accents), cells a spreadsheet would run as formulas
// are escaped, and hidden characters are already shown as escapes in the rows.
import Papa from 'papaparse';
import { RELATIONSHIP_TYPES } from '../model/relationship-types';
import type { RosterEntry } from './roster';
import { CLASS_COLUMNS, type ClassRow } from './class-report';

const BOM = '\uFEFF';

/**
 * How numbers are written in the plain CSVs: "point" (12.5, comma-separated) or "comma" (12,5,
 * semicolon-separated), as a spreadsheet in that locale expects, so that Excel in German reads 12,5
 * as a number where it would read 12.5 as text. The LMS layouts always use a point: the LMS parses them.
 */
export type DecimalStyle = 'point' | 'comma';

/** The decimal style of a locale (e.g. "de-DE" → comma), from Intl. */
export function decimalStyleOf(locale: string): DecimalStyle {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? 'comma' : 'point';
  } catch {
    return 'point';
  }
}

type Cell = string | number | null;

function number(x: number | null | undefined, digits: number, style: DecimalStyle): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  const text = String(Math.round(x * 10 ** digits) / 10 ** digits);
  return style === 'comma' ? text.replace('.', ',') : text;
}

function csv(fields: readonly string[], data: readonly Cell[][], style: DecimalStyle): string {
  return `${BOM}${Papa.unparse({ fields: [...fields], data: data.map((r) => [...r]) }, { escapeFormulae: true, newline: '\r\n', delimiter: style === 'comma' ? ';' : ',' })}\r\n`;
}

const FINAL_METRICS = [['active', 'final customers', 0], ['cash', 'final cash', 2], ['nps', 'final NPS', 1], ['retentionRate', 'final retention', 4], ['clvToCac', 'final CLV:CAC', 2]] as const;

/** Spend over the whole game per "segment type" cell that anyone in the rows funded. */
function spendColumns(rows: readonly ClassRow[]): string[] {
  const cells = new Set<string>();
  for (const r of rows) for (const d of r.result?.decisions ?? []) for (const [s, bySeg] of Object.entries(d.spend)) for (const [t, x] of Object.entries(bySeg)) if ((x ?? 0) > 0) cells.add(`${s} ${t}`);
  return [...cells].sort((a, b) => {
    const [sa, ta] = a.split(' ');
    const [sb, tb] = b.split(' ');
    return sa! < sb! ? -1 : sa! > sb! ? 1 : RELATIONSHIP_TYPES.indexOf(ta as never) - RELATIONSHIP_TYPES.indexOf(tb as never);
  });
}

function spendTotal(row: ClassRow, cell: string): number | null {
  if (!row.result) return null;
  const [s, t] = cell.split(' ');
  return row.result.decisions.reduce((sum, d) => sum + ((d.spend[s!] as Record<string, number | undefined> | undefined)?.[t!] ?? 0), 0);
}

function goalIds(rows: readonly ClassRow[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) for (const g of r.result?.goals ?? []) if (!seen.has(g.id)) seen.set(g.id, g.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

/** Details of a row: goal values and whether met, final metrics, spend per cell. */
function detailCells(row: ClassRow, goals: readonly { id: string }[], spend: readonly string[], style: DecimalStyle): Cell[] {
  const r = row.result;
  return [
    ...goals.flatMap((g) => {
      const result = r?.goals.find((x) => x.id === g.id);
      return [number(result?.value, 2, style), result ? (result.met ? 'yes' : 'no') : ''];
    }),
    ...FINAL_METRICS.map(([key, , digits]) => number(r ? (r.finalMetrics[key] as number | null) : null, digits, style)),
    ...spend.map((cell) => number(spendTotal(row, cell), 2, style)),
  ];
}

function detailFields(goals: readonly { id: string; label: string }[], spend: readonly string[]): string[] {
  return [
    ...goals.flatMap((g) => [`goal ${g.id}: ${g.label}`, `goal ${g.id} met`]),
    ...FINAL_METRICS.map(([, label]) => label),
    ...spend.map((cell) => `spend ${cell}`),
  ];
}

/** The class table: one row per file handed in, with its details. */
export function classCsv(rows: readonly ClassRow[], style: DecimalStyle = 'point'): string {
  const goals = goalIds(rows);
  const spend = spendColumns(rows);
  const data = rows.map((r) => [
    ...CLASS_COLUMNS.map((c) => (c === 'score' ? number(r.score, 1, style) : r[c] ?? '')),
    ...detailCells(r, goals, spend, style),
  ]);
  return csv([...CLASS_COLUMNS, ...detailFields(goals, spend)], data, style);
}

/** One row per student: the best verified attempt within the allowed number of attempts. */
export function bestAttempts(rows: readonly ClassRow[]): Map<string, ClassRow> {
  const best = new Map<string, ClassRow>();
  for (const r of rows) {
    if (r.status !== 'verified' || !r.counted) continue;
    const now = best.get(r.studentKey);
    if (!now || (r.score ?? 0) > (now.score ?? 0)) best.set(r.studentKey, r);
  }
  return best;
}

function rosterOf(roster: readonly RosterEntry[] | null | undefined): Map<string, RosterEntry> {
  return new Map((roster ?? []).map((s) => [`id:${s.id.toLowerCase()}`, s]));
}

function attemptsOf(rows: readonly ClassRow[], key: string): number {
  return rows.filter((r) => r.status === 'verified' && r.studentKey === key).length;
}

/** One row per student (every roster student, handed in or not, then anyone else), with details. */
export function studentsCsv(rows: readonly ClassRow[], roster?: readonly RosterEntry[] | null, style: DecimalStyle = 'point'): string {
  const best = bestAttempts(rows);
  const people = rosterOf(roster);
  const keys = [...people.keys(), ...[...best.keys()].filter((k) => !people.has(k))];
  const goals = goalIds(rows);
  const spend = spendColumns(rows);
  const data = keys.map((key) => {
    const r = best.get(key);
    const p = people.get(key);
    return [p?.id ?? r?.studentId ?? '', p?.name ?? r?.student ?? '', p?.email ?? '', number(r?.score, 1, style), attemptsOf(rows, key), r?.file ?? '', r?.flags ?? '',
      ...(r ? detailCells(r, goals, spend, style) : [])];
  });
  return csv(['id', 'name', 'email', 'score', 'attempts', 'file', 'flags', ...detailFields(goals, spend)], data, style);
}

/** Moodle's "Import grades: CSV file": a user identifier column and one grade column (decimal point). */
export function moodleCsv(rows: readonly ClassRow[], roster: readonly RosterEntry[] | null | undefined, gradeItem: string): string {
  const best = bestAttempts(rows);
  const people = rosterOf(roster);
  const keys = [...people.keys(), ...[...best.keys()].filter((k) => !people.has(k))];
  const data = keys.map((key) => {
    const r = best.get(key);
    const p = people.get(key);
    return [p?.id ?? r?.studentId ?? '', p?.email ?? '', p?.name ?? r?.student ?? '', number(r?.score, 2, 'point'), r ? `Verified by Rapport: ${r.file}` : ''];
  });
  return csv(['ID number', 'Email address', 'Full name', gradeItem, `${gradeItem} (feedback)`], data, 'point');
}

/** Canvas's Gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then the assignment. */
export function canvasCsv(rows: readonly ClassRow[], roster: readonly RosterEntry[] | null | undefined, assignment: string): string {
  const best = bestAttempts(rows);
  const people = rosterOf(roster);
  const keys = [...people.keys(), ...[...best.keys()].filter((k) => !people.has(k))];
  const data: Cell[][] = [['Points Possible', '', '', '', '', '100']];
  for (const key of keys) {
    const r = best.get(key);
    const p = people.get(key);
    data.push([p?.name ?? r?.student ?? '', '', p?.id ?? r?.studentId ?? '', p?.email ?? '', '', number(r?.score, 2, 'point')]);
  }
  return csv(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', assignment], data, 'point');
}
