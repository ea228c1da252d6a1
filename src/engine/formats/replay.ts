// Replays a decision log on a market: the one place result files are built and verified from,
// so both sides recompute exactly the same months. Returns an error value naming the month.
import type { Decisions } from '../model/decisions';
import type { MonthReport } from '../model/metrics-types';
import { createRun } from '../model/run-state';
import type { Scenario } from '../model/scenario-types';
import { stepInPlace } from '../model/step';

export type ReplayOutcome =
  | { readonly ok: true; readonly reports: readonly MonthReport[] }
  | { readonly ok: false; readonly month: number; readonly error: string; readonly mismatch?: true };

/**
 * Plays `decisions[0]` as month 1, `decisions[1]` as month 2, … for `months` months. With
 * `expectedHashes`, stops at the first month whose state hash differs (`mismatch`).
 */
export function replayDecisions(
  scenario: Scenario,
  seed: string,
  months: number,
  decisions: readonly Decisions[],
  expectedHashes?: readonly string[],
): ReplayOutcome {
  if (!Number.isInteger(months) || months < 1 || months > 1200) return { ok: false, month: 0, error: 'the length must be a whole number of months from 1 to 1200' };
  if (decisions.length !== months) {
    return { ok: false, month: Math.min(decisions.length, months) + 1, error: `there are decisions for ${decisions.length} months but the game lasts ${months}` };
  }
  const run = createRun({ ...scenario, months }, seed);
  for (let m = 1; m <= months; m++) {
    const r = stepInPlace(run, decisions[m - 1]!);
    if (!r.ok) return { ok: false, month: m, error: r.error };
    if (expectedHashes && monthHash(r.value) !== expectedHashes[m - 1]) {
      return { ok: false, month: m, error: 'the state differs from the recorded one', mismatch: true };
    }
  }
  return { ok: true, reports: run.reports };
}

/**
 * Hex digits of the engine's state hash kept per month in result files. 64 bits is plenty: a
 * verifier recomputes every state anyway; the hash only names the first month that differs.
 */
export const MONTH_HASH_LENGTH = 16;

export function monthHash(report: MonthReport): string {
  return report.hash.slice(0, MONTH_HASH_LENGTH);
}
