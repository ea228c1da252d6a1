// The shipped scenarios for the browser: listed without loading them, each loaded and validated
// on demand (the YAML is parsed at build time by yamlContent()).
import relationshipsData from '../../../content/relationships.yaml';
import { parseRelationships, resolveScenario, type LoadedScenario } from './resolve-scenario';
import type { RelationshipsFile } from './relationships-schema';

const files = import.meta.glob<{ default: unknown }>('../../../content/scenarios/*.yaml');

const byId = new Map<string, () => Promise<{ default: unknown }>>();
for (const [path, load] of Object.entries(files)) {
  const id = path.replace(/^.*\/([^/]+)\.yaml$/, '$1');
  byId.set(id, load);
}

let relationships: RelationshipsFile | undefined;
function getRelationships(): RelationshipsFile {
  relationships ??= parseRelationships(relationshipsData);
  return relationships;
}

export function scenarioIds(): string[] {
  return [...byId.keys()].sort();
}

export async function loadScenarioById(id: string): Promise<LoadedScenario> {
  const load = byId.get(id);
  if (!load) throw new Error(`There is no scenario called "${id}".`);
  const module = await load();
  return resolveScenario(module.default, getRelationships(), `content/scenarios/${id}.yaml`);
}

/** Every shipped scenario, loaded (for the scenario list and the instructor's builder). */
export async function loadAllScenarios(): Promise<LoadedScenario[]> {
  return Promise.all(scenarioIds().map((id) => loadScenarioById(id)));
}
