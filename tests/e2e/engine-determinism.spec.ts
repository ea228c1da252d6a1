// Cross-engine determinism: the bundled engine replays every golden in headless Chromium to the
// same per-month state hashes that Node checked in (tests/golden/goldens.json).
import { expect, test } from '@playwright/test';
import { ENGINE_ORIGIN, loadCrossEngineFixtures } from '../cross-engine/fixtures';

test('Chromium replays every golden to the hashes Node produced', async ({ page }) => {
  const { engineJs, scenarios, goldens } = loadCrossEngineFixtures();
  await page.route(`${ENGINE_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/engine.js') return route.fulfill({ contentType: 'text/javascript', body: engineJs });
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>engine</title>' });
  });
  await page.goto(`${ENGINE_ORIGIN}/`);
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
