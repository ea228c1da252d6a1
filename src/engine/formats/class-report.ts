// The class table an instructor gets from a batch of verdicts: one row per file, attempts counted
// per student and challenge (the rules may limit them), and its CSV (papaparse, formulas escaped).
import Papa from 'papaparse';
import { normalisePlayerName } from './player-name';
import type { Verdict } from './result-verify';

export const CLASS_COLUMNS = ['file', 'student', 'challenge', 'scenario', 'score', 'goalsMet', 'goalsTotal', 'answersCorrect', 'answersTotal', 'attempt', 'status', 'reason'] as const;
export type ClassColumn = (typeof CLASS_COLUMNS)[number];

export interface ClassRow {
  readonly file: string;
  readonly student: string;
  readonly challenge: string;
  readonly scenario: string;
  readonly score: number | null;
  readonly goalsMet: number | null;
  readonly goalsTotal: number | null;
  readonly answersCorrect: number | null;
  readonly answersTotal: number | null;
  /** "2" or "3 of 2 allowed" when a student handed in more files than the rules allow. */
  readonly attempt: string;
  readonly status: 'verified' | 'rejected';
  readonly reason: string;
}

export interface NamedVerdict {
  /** The file name (or "pasted code 3"). */
  readonly name: string;
  readonly verdict: Verdict;
}

/** Rows in the order given; verified files of the same student and challenge are numbered as attempts. */
export function classRows(entries: readonly NamedVerdict[]): ClassRow[] {
  const attempts = new Map<string, number>();
  return entries.map(({ name, verdict }) => {
    if (verdict.status === 'rejected') {
      return {
        file: name, student: verdict.player ?? '', challenge: verdict.challengeTitle ?? '', scenario: '', score: null,
        goalsMet: null, goalsTotal: null, answersCorrect: null, answersTotal: null, attempt: '', status: 'rejected', reason: verdict.reason,
      };
    }
    const key = `${verdict.challengeCode ?? `free:${verdict.scenarioId}`}\u0000${normalisePlayerName(verdict.player)}`;
    const n = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, n);
    const allowed = verdict.attemptsAllowed;
    return {
      file: name, student: verdict.player, challenge: verdict.challengeTitle ?? '', scenario: verdict.scenarioId, score: verdict.score,
      goalsMet: verdict.goalsMet, goalsTotal: verdict.goals.length, answersCorrect: verdict.answersCorrect, answersTotal: verdict.answersTotal,
      attempt: allowed !== null && n > allowed ? `${n} of ${allowed} allowed` : String(n), status: 'verified', reason: '',
    };
  });
}

/** The table as CSV with a header row; cells that a spreadsheet would run as formulas are escaped. */
export function classCsv(rows: readonly ClassRow[]): string {
  return Papa.unparse({ fields: [...CLASS_COLUMNS], data: rows.map((r) => CLASS_COLUMNS.map((c) => r[c] ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
}
