// `node scripts/size-budget.mjs [DIST]` (after `vite build`): gzip sizes of the built JavaScript.
// Budget: what a learner downloads to open Home and every Learn route (lessons, one lesson,
// glossary, review, progress) is at most 60 KB gzip and holds no Phaser. The chunks are found in
// dist/.vite/manifest.json: the entry with its static imports, plus each Learn route's module with
// everything it imports statically or dynamically (not through the entry's own route table); of
// the per-lesson text chunks (one is loaded per lesson opened) the largest counts. Prints the
// whole app's JS and the largest chunks. Exit status 1 over budget or with Phaser inside.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const LEARN_PATTERNS = ['', 'lessons', 'lessons/:id', 'glossary', 'glossary/:id', 'review', 'progress'];
const LESSON_CHUNK = /^virtual:rapport-lesson\//;
const PHASER_MARK = /phaser\.io|Phaser v\d|node_modules\/phaser/i;

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`vite build\` first (build.manifest must be on in vite.config.ts).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const kb = (bytes) => bytes / 1024;
const gzipCache = new Map();
function gzipBytes(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file))).byteLength);
  return gzipCache.get(file);
}

/** The route table's module for each Learn pattern, read from src/ui/routes.ts. */
function learnRouteModules() {
  const source = readFileSync('src/ui/routes.ts', 'utf8');
  const table = new Map([...source.matchAll(/pattern:\s*'([^']*)',\s*load:\s*\(\)\s*=>\s*import\('\.\/([^']+)'\)/g)].map((m) => [m[1], `src/ui/${m[2]}.ts`]));
  return LEARN_PATTERNS.map((pattern) => {
    const module = table.get(pattern);
    if (!module) throw new Error(`src/ui/routes.ts has no route "${pattern}"`);
    if (!manifest[module]) throw new Error(`${module} (route "${pattern}") is not in the build manifest`);
    return module;
  });
}

/** Manifest keys reachable from `start`: static imports, and dynamic ones when `dynamic` is set. */
function closure(starts, dynamic, keep = () => true) {
  const seen = new Set();
  const stack = [...starts];
  while (stack.length > 0) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key] || !keep(key)) continue;
    seen.add(key);
    stack.push(...(manifest[key].imports ?? []));
    if (dynamic) stack.push(...(manifest[key].dynamicImports ?? []));
  }
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry) throw new Error('the build manifest has no entry chunk');
const learnKeys = new Set([...closure([entry], false), ...closure(learnRouteModules(), true, (k) => k !== entry && !LESSON_CHUNK.test(k))]);
const lessonKeys = Object.keys(manifest).filter((k) => LESSON_CHUNK.test(k));
const largestLesson = lessonKeys.sort((a, b) => gzipBytes(manifest[b].file) - gzipBytes(manifest[a].file))[0];
if (largestLesson) learnKeys.add(largestLesson);
const learnFiles = [...new Set([...learnKeys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')))];
const learnGzip = learnFiles.reduce((sum, f) => sum + gzipBytes(f), 0);
const phaserInLearn = learnFiles.filter((f) => /phaser/i.test(f) || PHASER_MARK.test(readFileSync(join(dist, f), 'utf8')));

const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
const allGzip = allJs.reduce((sum, f) => sum + gzipBytes(f), 0);
const allRaw = allJs.reduce((sum, f) => sum + readFileSync(join(dist, f)).byteLength, 0);
const lessonsGzip = lessonKeys.reduce((sum, k) => sum + gzipBytes(manifest[k].file), 0);

console.log(`Home + Learn routes (${learnFiles.length} chunks, with the largest of ${lessonKeys.length} lesson texts): ${kb(learnGzip).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
console.log(`All ${lessonKeys.length} lesson texts together (loaded one per lesson opened): ${kb(lessonsGzip).toFixed(1)} KB gzip`);
console.log(`Whole app: ${allJs.length} JS files, ${kb(allRaw).toFixed(0)} KB raw, ${kb(allGzip).toFixed(1)} KB gzip`);
console.log('Largest chunks (gzip):');
for (const f of [...allJs].sort((a, b) => gzipBytes(b) - gzipBytes(a)).slice(0, 8)) {
  console.log(`  ${kb(gzipBytes(f)).toFixed(1).padStart(7)} KB  ${f}${learnFiles.includes(f) ? '  (Learn)' : ''}`);
}

let failed = false;
if (kb(learnGzip) > BUDGET_KB) {
  failed = true;
  console.error(`✗ Home and the Learn routes need ${kb(learnGzip).toFixed(1)} KB gzip of JavaScript, over the ${BUDGET_KB} KB budget:`);
  for (const f of [...learnFiles].sort((a, b) => gzipBytes(b) - gzipBytes(a))) console.error(`    ${kb(gzipBytes(f)).toFixed(1).padStart(7)} KB  ${f}`);
}
if (phaserInLearn.length > 0) {
  failed = true;
  console.error(`✗ Phaser is in the JavaScript of Home or the Learn routes: ${phaserInLearn.join(', ')}`);
}
if (!failed) console.log(`✓ size budget met, no Phaser in Home or the Learn routes`);
process.exitCode = failed ? 1 : 0;
