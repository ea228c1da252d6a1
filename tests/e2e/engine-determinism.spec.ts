// Cross-engine determinism: the bundled engine replays every golden in headless Chromium to the
// same per-month state hashes that Node checked in (tests/golden/goldens.json), and verifies every
// golden result file with answers (tests/golden/results) to the same full per-month hashes.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ENGINE_ORIGIN, loadCrossEngineFixtures } from '../cross-engine/fixtures';

const RESULTS_DIR = 'tests/golden/results';

/** Opens a blank page on a made-up origin that serves the bundled engine (no network involved). */
async function openEnginePage(page: Page, engineJs: string): Promise<void> {
  await page.route(`${ENGINE_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/engine.js') return route.fulfill({ contentType: 'text/javascript', body: engineJs });
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>engine</title>' });
  });
  await page.goto(`${ENGINE_ORIGIN}/`);
}

test('Chromium replays every golden to the hashes Node produced', async ({ page }) => {
  const { engineJs, scenarios, goldens } = loadCrossEngineFixtures();
  await openEnginePage(page, engineJs);
  const results = await page.evaluate(
    async ({ url, scenarios, goldens }) => {
      const engine = await import(url);
      return goldens.replays.map((replay: { scenario: string; plan: unknown; seed: string }) => {
        const out = engine.simulate((scenarios as Record<string, { scenario: unknown }>)[replay.scenario]!.scenario, replay.plan, replay.seed);
        return { scenario: replay.scenario, engineVersion: out.engineVersion as string, hashes: out.months.map((m: { hash: string }) => m.hash) as string[] };
      });
    },
    { url: `${ENGINE_ORIGIN}/engine.js`, scenarios, goldens },
  );
  expect(results.length).toBe(goldens.replays.length);
  for (const [i, replay] of goldens.replays.entries()) {
    expect(results[i]!.engineVersion).toBe(goldens.engineVersion);
    expect(results[i]!.hashes, replay.scenario).toEqual(replay.hashes);
  }
});

test('Chromium verifies every golden result file and replays it to the full hashes Node checked in', async ({ page }) => {
  const { engineJs, scenarios } = loadCrossEngineFixtures();
  const index = JSON.parse(readFileSync(`${RESULTS_DIR}/index.json`, 'utf8')) as { engineVersion: string; results: { name: string; fullHashes: string[] }[] };
  const files = Object.fromEntries(index.results.map((r) => [r.name, readFileSync(`${RESULTS_DIR}/${r.name}.json`, 'utf8')]));
  await openEnginePage(page, engineJs);
  const results = await page.evaluate(
    async ({ url, scenarios, files }) => {
      type Loaded = { file: { goals: unknown[] }; scenario: unknown; points: unknown[] };
      const engine = await import(url);
      const shipped = scenarios as Record<string, Loaded>;
      const resolve = (id: string) => shipped[id] && { scenario: shipped[id].scenario, goals: shipped[id].file.goals, points: shipped[id].points };
      return Object.entries(files).map(([name, text]) => {
        const verdict = engine.verifyResult(text, resolve);
        const file = JSON.parse(text);
        const loaded = shipped[file.scenario.id]!;
        const market = engine.resolveMarket({ scenario: loaded.scenario, goals: loaded.file.goals, points: loaded.points, seed: file.seed, months: file.months, challengeCode: file.challenge, player: file.player });
        const replay = market.ok ? engine.replay(market.value, file.moves) : market;
        return { name, verdict: verdict.status === 'verified' ? 'verified' : verdict.reason as string, hashes: replay.ok ? replay.state.run.reports.map((r: { hash: string }) => r.hash) as string[] : [] };
      });
    },
    { url: `${ENGINE_ORIGIN}/engine.js`, scenarios, files },
  );
  expect(results.length).toBe(index.results.length);
  for (const expected of index.results) {
    const got = results.find((r) => r.name === expected.name)!;
    expect(got.verdict, expected.name).toBe('verified');
    expect(got.hashes, expected.name).toEqual(expected.fullHashes);
  }
});
