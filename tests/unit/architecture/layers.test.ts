// The layering of docs/architecture.md, enforced: engine → content → state → game/ui, cli beside;
// outside the engine only its public entry is imported; browser code uses no Node modules; and the
// engine stays pure (no clocks, timers, DOM, unseeded or native transcendental Math).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineImpurities, importsOf, layerViolations } from './import-graph';

function sourcesUnder(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourcesUnder(path, out);
    else if (path.endsWith('.ts')) out.set(path.replace(/\\/g, '/'), readFileSync(path, 'utf8'));
  }
  return out;
}

const tree = sourcesUnder('src');

describe('the layers of src/', () => {
  it('every import of the real tree keeps to the rules', () => {
    expect(tree.size).toBeGreaterThan(150);
    expect(layerViolations(tree)).toEqual([]);
  });

  it('the engine is pure: no clocks, timers, DOM, Math.random or native transcendental Math', () => {
    expect(engineImpurities(tree)).toEqual([]);
  });

  it('the check catches an upward import, a deep engine import, a Node module in browser code and an impure engine line', () => {
    const made = new Map(tree);
    made.set('src/engine/model/leak.ts', "import { sessionStore } from '../../state/session';\nexport const x = Date.now();\n");
    made.set('src/game/views/deep.ts', "import type { Stream } from '../../engine/model/rng';\n");
    made.set('src/state/session/disk.ts', "import { readFileSync } from 'node:fs';\n");
    made.set('src/ui/shell/cli-use.ts', "const m = await import('../../cli/main');\n");
    expect(layerViolations(made)).toEqual([
      { file: 'src/engine/model/leak.ts', imports: '../../state/session', rule: 'engine may not import state' },
      { file: 'src/game/views/deep.ts', imports: '../../engine/model/rng', rule: 'outside the engine, import its public entry (src/engine/index.ts) only' },
      { file: 'src/state/session/disk.ts', imports: 'node:fs', rule: 'browser code may not use Node modules' },
      { file: 'src/ui/shell/cli-use.ts', imports: '../../cli/main', rule: 'browser code may not import a Node-only file' },
    ]);
    expect(engineImpurities(made)).toEqual([{ file: 'src/engine/model/leak.ts', imports: 'export const x = Date.now();', rule: 'the engine may not use clocks (Date, performance.now)' }]);
  });

  it('reads static, type-only, re-exported and dynamic imports and worker URLs, but not comments', () => {
    expect(importsOf([
      "import a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './side-effect.css';",
      "const d = await import('./d');",
      "new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });",
      "// import nope from './nope';",
      "/* import nope from './nope2'; */",
    ].join('\n'))).toEqual(['./a', '../b', './c', './side-effect.css', './d', './worker.ts']);
  });
});
