// Messages between the verifier page and its workers (plain data only): the pool's verify workers
// (one file, code or QR image at a time) and the class worker (the class report, exports, timelines).
import type { ClassRow, CopyPair, RosterEntry, ScenarioForVerify, TimelineMonth, Verdict } from '../../engine';

/** One thing to verify: file bytes, pasted text, or an image that may hold a QR code. */
export type VerifyInput =
  | { readonly kind: 'bytes'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'image'; readonly blob: Blob };

export type VerifyRequest =
  | { readonly type: 'init'; readonly scenarios: readonly ScenarioForVerify[] }
  | { readonly type: 'verify'; readonly id: number; readonly input: VerifyInput; readonly expectedChallenge?: string | undefined };

export interface VerifyReply {
  readonly type: 'verdict';
  readonly id: number;
  readonly verdict: Verdict;
  /** How long the worker took on it (for the timing figures). */
  readonly ms: number;
}

/** A class-table row as the page shows it (without the verified result it came from). */
export type ShownRow = Omit<ClassRow, 'result'>;

export type ClassRequest =
  | { readonly type: 'init'; readonly scenarios: readonly ScenarioForVerify[] }
  | { readonly type: 'add'; readonly name: string; readonly verdict: Verdict }
  | { readonly type: 'clear' }
  | { readonly type: 'roster'; readonly roster: readonly RosterEntry[] | null; readonly gradeItem: string }
  | { readonly type: 'report'; readonly id: number }
  | { readonly type: 'export'; readonly id: number; readonly kind: 'class' | 'students' | 'moodle' | 'canvas'; readonly decimalComma: boolean }
  | { readonly type: 'timeline'; readonly id: number; readonly row: number };

export type ClassReply =
  | { readonly type: 'report'; readonly id: number; readonly rows: readonly ShownRow[]; readonly copies: readonly CopyPair[] }
  | { readonly type: 'export'; readonly id: number; readonly text: string }
  | { readonly type: 'timeline'; readonly id: number; readonly student: string; readonly months: readonly TimelineMonth[]; readonly error: string | null };
