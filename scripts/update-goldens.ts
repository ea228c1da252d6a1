// Regenerates tests/golden/goldens.json (one replay per shipped scenario: seed, plan, per-month
// hashes) and tests/golden/results/ (one whole game per scenario with decisions and answers, as
// result files, plus their full per-month hashes). Refuses to change either unless ENGINE_VERSION
// was bumped (or --content-changed says only scenario files or the golden games changed).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadScenario, scenarioIds } from '../src/content/scenario/load-node';
import { ENGINE_VERSION, RELATIONSHIP_TYPES, simulate, type Plan, type Scenario } from '../src/engine';
import { metricsDigest } from '../tests/golden/metrics-digest';
import { buildGoldenResults, goldenIndex, RESULTS_DIR, RESULTS_INDEX } from '../tests/golden/golden-results';
import { resultFileJson } from '../src/engine';

const path = 'tests/golden/goldens.json';

/** A plan touching every segment and several types, so the golden exercises most of the model. */
function goldenPlan(scenario: Scenario): Plan {
  const month = (k: number) => ({
    spend: Object.fromEntries(scenario.segments.map((s, i) => {
      const type = RELATIONSHIP_TYPES[(i + k) % RELATIONSHIP_TYPES.length]!;
      const other = RELATIONSHIP_TYPES[(i + k + 3) % RELATIONSHIP_TYPES.length]!;
      const scale = Math.max(200, Math.round(s.margin * Math.max(10, s.initialCustomers) * 0.05));
      return [s.id, { [type]: scale, [other]: Math.round(scale / 2) }];
    })),
  });
  return { months: [month(0), month(1), month(2), month(3)] };
}

const replays = scenarioIds().map((id) => {
  const { scenario } = loadScenario(id);
  const plan = goldenPlan(scenario);
  const seed = `golden-${id}`;
  const out = simulate(scenario, plan, seed);
  return { scenario: id, seed, plan, hashes: out.months.map((m) => m.hash), metrics: metricsDigest(out) };
});

const allowed = process.argv.includes('--content-changed');
const refuse = (what: string[]) => {
  console.error(`The ${what.join(', ')} changed but ENGINE_VERSION is still ${ENGINE_VERSION}.`);
  console.error('Bump src/engine/version.ts if the engine changed, or pass --content-changed if only scenario files (or the golden games themselves) changed.');
  process.exit(1);
};

if (existsSync(path)) {
  const old = JSON.parse(readFileSync(path, 'utf8')) as { engineVersion: string; replays: { scenario: string; hashes: string[] }[] };
  const changed = old.replays.filter((r) => {
    const now = replays.find((x) => x.scenario === r.scenario);
    return now && (JSON.stringify(now.hashes) !== JSON.stringify(r.hashes) || now.metrics !== (r as { metrics?: string }).metrics);
  });
  if (changed.length > 0 && old.engineVersion === ENGINE_VERSION && !allowed) refuse(changed.map((r) => `replays of ${r.scenario}`));
}

const results = buildGoldenResults();
if (existsSync(RESULTS_INDEX)) {
  const old = JSON.parse(readFileSync(RESULTS_INDEX, 'utf8')) as { engineVersion: string };
  const changed = results.filter((r) => {
    const file = `${RESULTS_DIR}/${r.name}.json`;
    return existsSync(file) && readFileSync(file, 'utf8') !== resultFileJson(r.file);
  });
  const oldIndex = readFileSync(RESULTS_INDEX, 'utf8');
  const indexChanged = changed.length === 0 && oldIndex !== `${JSON.stringify(goldenIndex(results), null, 1)}\n` && old.engineVersion === ENGINE_VERSION;
  if ((changed.length > 0 || indexChanged) && old.engineVersion === ENGINE_VERSION && !allowed) {
    refuse(changed.length > 0 ? changed.map((r) => `golden result ${r.name}`) : ['golden results index']);
  }
}

writeFileSync(path, `${JSON.stringify({ engineVersion: ENGINE_VERSION, replays }, null, 1)}\n`);
console.log(`wrote ${replays.length} golden replays to ${path}`);
mkdirSync(RESULTS_DIR, { recursive: true });
const names = new Set(results.map((r) => `${r.name}.json`));
for (const stale of readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json') && f !== 'index.json' && !names.has(f))) rmSync(`${RESULTS_DIR}/${stale}`);
for (const r of results) writeFileSync(`${RESULTS_DIR}/${r.name}.json`, resultFileJson(r.file));
writeFileSync(RESULTS_INDEX, `${JSON.stringify(goldenIndex(results), null, 1)}\n`);
console.log(`wrote ${results.length} golden result files (${results.reduce((n, r) => n + r.file.moves.filter((m) => m.type === 'answer').length, 0)} answers) to ${RESULTS_DIR}`);
