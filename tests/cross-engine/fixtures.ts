// What the cross-engine checks feed the browsers: the bundled engine, resolved scenarios, goldens.
import { readFileSync } from 'node:fs';

export const ENGINE_ORIGIN = 'http://rapport.engine.test';

export function loadCrossEngineFixtures(): { engineJs: string; scenarios: unknown; goldens: { engineVersion: string; replays: { scenario: string; seed: string; plan: unknown; hashes: string[] }[] } } {
  return {
    engineJs: readFileSync('dist-engine/engine.js', 'utf8'),
    scenarios: JSON.parse(readFileSync('dist-engine/scenarios.json', 'utf8')),
    goldens: JSON.parse(readFileSync('tests/golden/goldens.json', 'utf8')),
  };
}
