// The import graph of src/: every file's imports (static, dynamic, re-exports and worker URLs),
// resolved to files, and the project's layering rules checked against it. Pure functions over a
// map of file → source text, so the rules are tested both on the real tree and on made-up trees.
import { dirname, join, normalize } from 'node:path';

export const LAYERS = ['engine', 'content', 'state', 'game', 'ui', 'cli', 'lms'] as const;
export type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import (docs/architecture.md, "Layers"). */
export const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  engine: ['engine'],
  content: ['engine', 'content'],
  state: ['engine', 'content', 'state'],
  game: ['engine', 'state', 'game'],
  ui: ['engine', 'content', 'state', 'game', 'ui', 'lms'],
  cli: ['engine', 'content', 'cli', 'lms'],
  lms: ['lms'],
};

/** Files that run in Node only (build time or the CLI) and may use Node's modules. */
export const NODE_ONLY = [/^src\/cli\//, /^src\/content\/scenario\/load-node\.ts$/, /^src\/content\/learn\/(vite-plugin|load-course|content-errors|cross-references|try-it)\.ts$/, /^src\/content\/yaml-vite-plugin\.ts$/, /^src\/security-headers\.ts$/, /^src\/lms\/app-files-plugin\.ts$/];

/** The engine's one public entry, the only engine file other layers may import. */
export const ENGINE_ENTRY = 'src/engine/index.ts';

export interface Violation {
  readonly file: string;
  readonly imports: string;
  readonly rule: string;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const IMPORT = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]|\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;

/** The specifiers a source file imports. */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of stripComments(source).matchAll(IMPORT)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

export function layerOf(file: string): Layer | null {
  const m = /^src\/([^/]+)\//.exec(file);
  return m && (LAYERS as readonly string[]).includes(m[1]!) ? (m[1] as Layer) : null;
}

/** The file a relative specifier names (with .ts or /index.ts added), or null for packages. */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier)).replace(/\\/g, '/');
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return base;
}

/** Every import of `sources` that breaks a layering rule. */
export function layerViolations(sources: ReadonlyMap<string, string>): Violation[] {
  const files = new Set(sources.keys());
  const out: Violation[] = [];
  for (const [file, source] of sources) {
    const layer = layerOf(file);
    const nodeOnly = NODE_ONLY.some((p) => p.test(file));
    for (const specifier of importsOf(source)) {
      if (/^node:/.test(specifier) || ['fs', 'path', 'url', 'os', 'child_process'].includes(specifier)) {
        if (!nodeOnly) out.push({ file, imports: specifier, rule: 'browser code may not use Node modules' });
        continue;
      }
      const target = resolveImport(file, specifier, files);
      if (target === null || layer === null) continue;
      if (!nodeOnly && NODE_ONLY.some((p) => p.test(target))) {
        out.push({ file, imports: specifier, rule: 'browser code may not import a Node-only file' });
        continue;
      }
      const targetLayer = layerOf(target);
      if (targetLayer === null) continue;
      if (!MAY_IMPORT[layer].includes(targetLayer)) out.push({ file, imports: specifier, rule: `${layer} may not import ${targetLayer}` });
      else if (targetLayer === 'engine' && layer !== 'engine' && target !== ENGINE_ENTRY) {
        out.push({ file, imports: specifier, rule: `outside the engine, import its public entry (${ENGINE_ENTRY}) only` });
      }
    }
  }
  return out;
}

const FORBIDDEN_IN_ENGINE: readonly [RegExp, string][] = [
  [/\bMath\.(random|exp|expm1|log|log2|log10|log1p|pow|sin|cos|tan|asin|acos|atan2?|sinh|cosh|tanh|cbrt|hypot)\b/, 'native transcendental Math or Math.random (differs between engines, or is unseeded)'],
  [/\bDate\b|\bperformance\.now\b/, 'clocks (Date, performance.now)'],
  [/\b(setTimeout|setInterval|requestAnimationFrame|queueMicrotask)\b/, 'timers'],
  [/\b(window|document|navigator|localStorage|sessionStorage|HTMLElement)\b/, 'the DOM'],
  [/from\s+['"](phaser|zustand)/, 'Phaser or zustand'],
];

/** Lines of engine sources that break its purity (determinism in every JS engine). */
export function engineImpurities(sources: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = [];
  for (const [file, source] of sources) {
    if (layerOf(file) !== 'engine') continue;
    for (const line of stripComments(source).split('\n')) {
      for (const [pattern, rule] of FORBIDDEN_IN_ENGINE) if (pattern.test(line)) out.push({ file, imports: line.trim(), rule: `the engine may not use ${rule}` });
    }
  }
  return out;
}
