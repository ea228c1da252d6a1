// The content hash of a scenario object, computed once per object: the verifier checks the same
// shipped scenario for every file of a class, and hashing it each time would dominate the work.
import { scenarioHash } from '../model/scenario-hash';
import type { Scenario } from '../model/scenario-types';

const cache = new WeakMap<Scenario, string>();

export function cachedScenarioHash(scenario: Scenario): string {
  let hash = cache.get(scenario);
  if (hash === undefined) {
    hash = scenarioHash(scenario);
    cache.set(scenario, hash);
  }
  return hash;
}
