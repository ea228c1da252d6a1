// Writes the shipped scenarios, resolved and validated, to dist-engine/scenarios.json so plain
// Node scripts and browsers can run the bundled engine on exactly what the app runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadScenario, scenarioIds } from '../src/content/scenario/load-node';

mkdirSync('dist-engine', { recursive: true });
const all = Object.fromEntries(scenarioIds().map((id) => [id, loadScenario(id)]));
writeFileSync('dist-engine/scenarios.json', JSON.stringify(all));
console.log(`resolved ${Object.keys(all).length} scenarios into dist-engine/scenarios.json`);
