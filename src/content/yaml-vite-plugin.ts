// Lets the app import content YAML files (scenarios, relationship types) as parsed data; the YAML
// parser runs at build time only. Validation happens where the data is used (resolveScenario).
import type { Plugin } from 'vite';
import { parse } from 'yaml';

export function yamlContent(): Plugin {
  return {
    name: 'rapport-yaml-content',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      try {
        return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      } catch (error) {
        this.error(`${id}: not valid YAML (${error instanceof Error ? error.message : String(error)})`);
      }
    },
  };
}
