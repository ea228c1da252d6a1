// The content hash of a resolved scenario: challenge codes and result files carry it, so a
// replay can tell whether it runs the very market the student played.
import { hashJson, type Json } from './canonical-hash';
import type { Scenario } from './scenario-types';

export function scenarioHash(scenario: Scenario): string {
  return hashJson(scenario as unknown as Json).slice(0, 16);
}
