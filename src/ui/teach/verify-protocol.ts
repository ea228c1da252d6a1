// Messages between the verifier page and its worker (plain data only).
import type { ScenarioForVerify, Verdict } from '../../engine';

export type VerifyRequest =
  | { readonly type: 'init'; readonly scenarios: readonly ScenarioForVerify[] }
  | { readonly type: 'verify'; readonly id: number; readonly input: ArrayBuffer | string; readonly expectedChallenge?: string | undefined };

export interface VerifyReply {
  readonly type: 'verdict';
  readonly id: number;
  readonly verdict: Verdict;
}
