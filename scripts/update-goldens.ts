// Regenerates tests/golden/goldens.json: one replay per shipped scenario (seed, plan, per-month
// hashes). Refuses to change existing hashes unless ENGINE_VERSION was bumped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadScenario, scenarioIds } from '../src/content/scenario/load-node';
import { ENGINE_VERSION, RELATIONSHIP_TYPES, simulate, type Plan, type Scenario } from '../src/engine';
import { metricsDigest } from '../tests/golden/metrics-digest';

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

if (existsSync(path)) {
  const old = JSON.parse(readFileSync(path, 'utf8')) as { engineVersion: string; replays: { scenario: string; hashes: string[] }[] };
  const changed = old.replays.filter((r) => {
    const now = replays.find((x) => x.scenario === r.scenario);
    return now && (JSON.stringify(now.hashes) !== JSON.stringify(r.hashes) || now.metrics !== (r as { metrics?: string }).metrics);
  });
  if (changed.length > 0 && old.engineVersion === ENGINE_VERSION && !process.argv.includes('--content-changed')) {
    console.error(`The replays of ${changed.map((r) => r.scenario).join(', ')} changed but ENGINE_VERSION is still ${ENGINE_VERSION}.`);
    console.error('Bump src/engine/version.ts if the engine changed, or pass --content-changed if only those scenario files changed.');
    process.exit(1);
  }
}
writeFileSync(path, `${JSON.stringify({ engineVersion: ENGINE_VERSION, replays }, null, 1)}\n`);
console.log(`wrote ${replays.length} golden replays to ${path}`);
