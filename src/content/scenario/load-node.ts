// Node-side loading of scenarios and relationship types from content/ (CLI, tests, build).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../issues';
import { parseYamlText } from './parse-text';
import { parseRelationships, resolveScenario, type LoadedScenario } from './resolve-scenario';
import type { RelationshipsFile } from './relationships-schema';

export const CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../content');
const MAX_FILE_BYTES = 2_000_000;

function readText(path: string): string {
  const size = readFileSync(path).byteLength;
  if (size > MAX_FILE_BYTES) throw new ContentError([`${path}: the file is larger than ${MAX_FILE_BYTES} bytes`]);
  return readFileSync(path, 'utf8');
}

let cachedRelationships: RelationshipsFile | undefined;
export function loadRelationships(): RelationshipsFile {
  if (!cachedRelationships) {
    const path = join(CONTENT_DIR, 'relationships.yaml');
    cachedRelationships = parseRelationships(parseYamlText(readText(path), 'content/relationships.yaml'));
  }
  return cachedRelationships;
}

/** Ids of the scenarios shipped in content/scenarios. */
export function scenarioIds(): string[] {
  return readdirSync(join(CONTENT_DIR, 'scenarios'))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => f.replace(/\.(ya?ml|json)$/, ''))
    .sort();
}

/** Loads a scenario by shipped id (e.g. `coffee-chain`) or by file path. */
export function loadScenario(idOrPath: string): LoadedScenario {
  let path: string | undefined;
  if (/[/\\.]/.test(idOrPath)) path = resolve(idOrPath);
  else {
    for (const ext of ['yaml', 'yml', 'json']) {
      const candidate = join(CONTENT_DIR, 'scenarios', `${idOrPath}.${ext}`);
      if (existsSync(candidate)) path = candidate;
    }
    if (!path) throw new ContentError([`no scenario "${idOrPath}" in content/scenarios (known: ${scenarioIds().join(', ')})`]);
  }
  if (!existsSync(path)) throw new ContentError([`${idOrPath}: no such file`]);
  const name = path.startsWith(CONTENT_DIR) ? `content/${path.slice(CONTENT_DIR.length + 1)}` : basename(path);
  return resolveScenario(parseYamlText(readText(path), name), loadRelationships(), name);
}
