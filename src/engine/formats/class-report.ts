// The class table an instructor gets from a batch of verdicts: one row per file, students
// identified (by roster id, else by the key of their name), attempts counted per student and
// challenge (the rules may limit them), identity and copy flags, and every text from a file with
// its hidden characters shown as escapes. The CSV layouts are in gradebook.ts.
import { challengeChecksum } from './challenge-identity';
import type { RosterStudent } from './challenge-schema';
import { identifyStudents } from './class-identity';
import { copyKindText, findCopies, type CopyPair } from './copy-detection';
import { visibleText } from './display-text';
import type { Verdict, VerifiedResult } from './result-verify';

export const CLASS_COLUMNS = ['file', 'student', 'studentId', 'challenge', 'challengeCode', 'scenario', 'score', 'goalsMet', 'goalsTotal', 'answersCorrect', 'answersTotal', 'attempt', 'status', 'reason', 'flags'] as const;
export type ClassColumn = (typeof CLASS_COLUMNS)[number];

export interface ClassRow {
  readonly file: string;
  readonly student: string;
  /** The roster id (or the id the file carries, without a roster), else ''. */
  readonly studentId: string;
  readonly challenge: string;
  /** The checksum ending the challenge's code ('' for a free game). */
  readonly challengeCode: string;
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
  /** Notes for the instructor (identity, copies), joined by "; ". */
  readonly flags: string;
  /** Whether this attempt is within the allowed number (what a gradebook may count). */
  readonly counted: boolean;
  /** Key of the student (for gradebooks: one row per student). */
  readonly studentKey: string;
  /** The verified result, for gradebooks and timelines. */
  readonly result: VerifiedResult | null;
}

export interface NamedVerdict {
  /** The file name (or "pasted code 3"). */
  readonly name: string;
  readonly verdict: Verdict;
}

export interface ClassOptions {
  /** The class roster (ids and names), to identify students and flag unknown ids. */
  readonly roster?: readonly RosterStudent[] | null | undefined;
  /** Compare decision logs across the class and flag likely copies (on by default). */
  readonly copies?: boolean;
}

export interface ClassReport {
  readonly rows: ClassRow[];
  /** Likely copies, as row indexes (0-based) with their similarity. */
  readonly copies: readonly CopyPair[];
}

/** The class report: rows in the order given, with attempts, identities and copies. */
export function classReport(entries: readonly NamedVerdict[], options: ClassOptions = {}): ClassReport {
  const verified = entries.map((e, i) => ({ i, v: e.verdict })).filter((x): x is { i: number; v: VerifiedResult } => x.v.status === 'verified');
  const ids = identifyStudents(verified.map(({ v }) => ({ player: v.player, playerId: v.playerId })), options.roster ?? null);
  const identity = new Map(verified.map(({ i }, k) => [i, ids[k]!]));
  const groupOf = (v: VerifiedResult) => v.challengeCode ? `c:${challengeChecksum(v.challengeCode)}` : `free:${v.scenarioId}`;
  const copies = options.copies === false ? [] : findCopies(verified.map(({ i, v }) => ({ index: i, group: groupOf(v), student: identity.get(i)!.key, seed: v.seed, decisions: v.decisions })));
  const copyFlags = new Map<number, string[]>();
  for (const pair of copies) {
    const note = (other: number) => `Looks copied: ${copyKindText(pair)} as row ${other + 1} (${entries[other]!.name}), similarity ${(pair.similarity * 100).toFixed(1)}%.`;
    copyFlags.set(pair.a, [...(copyFlags.get(pair.a) ?? []), note(pair.b)]);
    copyFlags.set(pair.b, [...(copyFlags.get(pair.b) ?? []), note(pair.a)]);
  }
  const attempts = new Map<string, number>();
  const rows = entries.map(({ name, verdict }, i): ClassRow => {
    if (verdict.status === 'rejected') {
      return {
        file: visibleText(name), student: visibleText(verdict.player ?? ''), studentId: '', challenge: visibleText(verdict.challengeTitle ?? ''), challengeCode: '', scenario: '', score: null,
        goalsMet: null, goalsTotal: null, answersCorrect: null, answersTotal: null, attempt: '', status: 'rejected', reason: visibleText(verdict.reason), flags: '',
        counted: false, studentKey: '', result: null,
      };
    }
    const who = identity.get(i)!;
    const key = `${groupOf(verdict)}\u0000${who.key}`;
    const n = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, n);
    const allowed = verdict.attemptsAllowed;
    const over = allowed !== null && n > allowed;
    return {
      file: visibleText(name), student: visibleText(verdict.player), studentId: visibleText(who.studentId ?? ''), challenge: visibleText(verdict.challengeTitle ?? ''),
      challengeCode: verdict.challengeCode ? challengeChecksum(verdict.challengeCode) : '', scenario: verdict.scenarioId, score: verdict.score,
      goalsMet: verdict.goalsMet, goalsTotal: verdict.goals.length, answersCorrect: verdict.answersCorrect, answersTotal: verdict.answersTotal,
      attempt: over ? `${n} of ${allowed} allowed` : String(n), status: 'verified', reason: '',
      flags: [...who.flags, ...(copyFlags.get(i) ?? [])].join(' '), counted: !over, studentKey: who.key, result: verdict,
    };
  });
  return { rows, copies };
}

/** Rows only (the report without copy detection's pairs). */
export function classRows(entries: readonly NamedVerdict[], options: ClassOptions = {}): ClassRow[] {
  return classReport(entries, options).rows;
}
