// Messages between the verifier page and its class worker (class-worker.ts), plain data only: the
// verdicts of the batch go in one by one; the class report (attempts, identities, likely copies),
// the CSV exports and a row's verified result come back. The class worker runs no simulation:
// replays (verification, timelines) run in the engine workers of the pool (verify-pool.ts).
import type { ClassEntry, ClassRow, CopyPair, RosterEntry, Verdict, VerifiedResult } from '../../engine';

/** A class-table row as the page shows it (without the verified result it came from). */
export type ShownRow = Omit<ClassRow, 'result'>;

export type ClassRequest =
  | { readonly type: 'add'; readonly name: string; readonly verdict: Verdict }
  | { readonly type: 'clear' }
  | { readonly type: 'roster'; readonly roster: readonly RosterEntry[] | null; readonly gradeItem: string }
  | { readonly type: 'report'; readonly id: number }
  | { readonly type: 'export'; readonly id: number; readonly kind: 'class' | 'students' | 'moodle' | 'canvas'; readonly decimalComma: boolean }
  /** The verified result of a row (for its timeline). */
  | { readonly type: 'result'; readonly id: number; readonly row: number }
  /** The games for the class debrief: one per student (their best counted attempt), grouped by game. */
  | { readonly type: 'debrief'; readonly id: number };

/** The games of one challenge (or of one free scenario, seed and length) for the class debrief. */
export interface DebriefGroup {
  readonly challengeCode: string | null;
  readonly challengeTitle: string | null;
  readonly scenarioId: string;
  readonly seed: string;
  readonly months: number;
  readonly entries: readonly ClassEntry[];
}

export type ClassReply =
  | { readonly type: 'report'; readonly id: number; readonly rows: readonly ShownRow[]; readonly copies: readonly CopyPair[] }
  | { readonly type: 'export'; readonly id: number; readonly text: string }
  | { readonly type: 'result'; readonly id: number; readonly student: string; readonly result: VerifiedResult | null }
  /** Largest group first. */
  | { readonly type: 'debrief'; readonly id: number; readonly groups: readonly DebriefGroup[] };
