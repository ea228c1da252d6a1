// The SCORM package in Chromium against a fake LMS built with scorm-again (its SCORM 1.2 runtime
// as window.API): the package made by `challenge scorm` is served file by file from its zip, the
// LMS opens its launch page, the student picks their name from the roster, plays the challenge
// through the play screens, and at the debrief the app hands the LMS the score, the status, the
// short result code and a resume state within 4,096 characters. A game left half-way is saved in
// the LMS after every move; relaunched on a browser that has no saved game, the app restores it
// (the same moves, the same month) instead of starting a new one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createChallenge, watchErrors } from './proof-helpers';

test.use({ serviceWorkers: 'block' });

const made = spawnSync('npx', ['tsx', 'tests/support/class-fixtures.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (made.status !== 0) throw new Error(made.stderr);
const { bound, resumable } = JSON.parse(made.stdout) as { bound: string; resumable: string };

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', webmanifest: 'application/manifest+json', svg: 'image/svg+xml', png: 'image/png', xml: 'application/xml', yaml: 'text/yaml' };

const FAKE_LMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake LMS</title>
<script src="fake-lms/scorm12.js"></script>
<script>
window.API = new Scorm12API({ logLevel: 5, autocommit: false });
// A new attempt session of the same learner: the LMS hands back what the last one saved.
window.relaunch = function () {
  var kept = window.API.cmi.suspend_data;
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromJSON({ core: { entry: 'resume' }, suspend_data: kept }, '');
};
</script></head>
<body><h1>Fake LMS</h1><button id="launch" onclick="window.open('scorm-pkg/rapport-scorm-launch.html', 'sco')">Launch the activity</button></body></html>`;

/** The fake LMS page, scorm-again's runtime and the package's files, served from the zip. */
async function serveLms(page: Page, files: Record<string, Uint8Array>): Promise<void> {
  await page.route(/\/fake-lms\.html$/, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_LMS }));
  await page.route(/\/fake-lms\/scorm12\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8') }));
  await page.context().route(/\/scorm-pkg\/([^?#]*)/, (route) => {
    const path = decodeURIComponent(/\/scorm-pkg\/([^?#]*)/.exec(route.request().url())![1]!);
    const body = files[path];
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({ contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream', body: Buffer.from(body) });
  });
}

/** Packs the challenge `code` with `challenge scorm` and returns the package's files. */
function pack(code: string): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-scorm-e2e-'));
  const zipPath = join(dir, 'package.zip');
  const packed = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'challenge', 'scorm', code, '--out', zipPath], { encoding: 'utf8' });
  expect(packed.status, packed.stderr).toBe(0);
  return unzipSync(readFileSync(zipPath));
}

/** Clicks through the play screens (answering questions with their first option) until `until` is visible. */
async function playUntil(sco: Page, until: Locator): Promise<void> {
  const step = sco.getByRole('button', { name: /^(Plan month \d+|Run month \d+|See the results of month \d+|Answer a question about this month|Submit the answer|Continue|See your debrief)$/ });
  for (let i = 0; i < 40 && !(await until.isVisible()); i++) {
    const radio = sco.getByRole('radio').first();
    // The screen may change between a look and an action: act briefly, then look again.
    if (await radio.isVisible()) await radio.check({ timeout: 2000 }).catch(() => undefined);
    if (await step.first().isVisible()) await step.first().click({ timeout: 2000 }).catch(() => undefined);
    await sco.waitForTimeout(150);
  }
  await expect(until).toBeVisible();
}

test('a SCORM 1.2 package launched by a scorm-again LMS reports the score, status and result code', async ({ page }) => {
  test.setTimeout(180_000);
  const files = pack(bound);
  expect(Object.keys(files)).toContain('imsmanifest.xml');

  await serveLms(page, files);
  await page.goto('./fake-lms.html');
  const [sco] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch the activity' }).click()]);
  const errors = watchErrors(sco);
  await expect(sco.getByRole('heading', { level: 1, name: 'Week 5: the class' })).toBeVisible({ timeout: 30_000 });
  await sco.getByLabel('Your name').selectOption({ label: 'Dan Ek' });
  await sco.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(sco).toHaveURL(/#\/play\/coffee-chain$/);

  await playUntil(sco, sco.getByRole('heading', { name: 'Debrief' }));
  const shown = Number(/Your score: ([\d.]+) out of 100/.exec((await sco.locator('.debrief-score').textContent())!)![1]);

  await expect.poll(() => page.evaluate(() => (window as unknown as { API: { cmi: { core: { score: { raw: string } } } } }).API.cmi.core.score.raw)).not.toBe('');
  const cmi = await page.evaluate(() => {
    const api = (window as unknown as { API: { cmi: { core: { score: { raw: string; min: string; max: string }; lesson_status: string }; suspend_data: string; comments: string } } }).API;
    return { raw: api.cmi.core.score.raw, min: api.cmi.core.score.min, max: api.cmi.core.score.max, status: api.cmi.core.lesson_status, suspend: api.cmi.suspend_data, comments: api.cmi.comments };
  });
  console.log(`SCORM 1.2 hand-in: score ${cmi.raw}, ${cmi.status}, suspend_data ${cmi.suspend.length} characters, comment ${cmi.comments.length} characters`);
  expect(Number(cmi.raw)).toBeCloseTo(shown, 1);
  expect([cmi.min, cmi.max]).toEqual(['0', '100']);
  expect(cmi.status).toBe(shown >= 50 ? 'passed' : 'failed');
  expect(cmi.comments).toMatch(/^Rapport result code \(verify it on the verifier page\): S1\.[A-Za-z0-9_-]+$/);
  expect(cmi.suspend.length).toBeLessThanOrEqual(4096);
  expect(JSON.parse(cmi.suspend)).toEqual({ v: 2, game: cmi.comments.split(': ')[1], done: true });
  expect(errors.filter((e) => !/service ?worker/i.test(e))).toEqual([]);

  // The code the LMS received verifies on the verifier opened for the challenge.
  await page.goto(`./#/teach/verify?c=${bound}`);
  await page.getByLabel('Or paste result codes').fill(cmi.comments.split(': ')[1]!);
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('1 checked: 1 verified, 0 rejected.');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText('Dan Ek');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText('s-2');
});

test('a game left half-way is saved in the LMS and restored on relaunch, on a browser without the saved game', async ({ page }) => {
  test.setTimeout(240_000);
  await serveLms(page, pack(resumable));
  await page.goto('./fake-lms.html');
  let [sco] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch the activity' }).click()]);
  let errors = watchErrors(sco);
  await expect(sco.getByRole('heading', { level: 1, name: 'Week 6: resumed' })).toBeVisible({ timeout: 30_000 });
  await sco.getByLabel('Your name').selectOption({ label: 'Eve Fox' });
  await sco.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(sco).toHaveURL(/#\/play\/coffee-chain$/);
  const monthThree = sco.getByRole('heading', { level: 2, name: 'Month 3 of 4: plan your spend' });
  await playUntil(sco, monthThree);
  const movesOf = (p: Page) => p.evaluate(() => (JSON.parse(localStorage.getItem('rapport.session')!) as { state: { session: { moves: { type: string }[]; game: { player: string; playerId: string } } } }).state.session);
  const before = await movesOf(sco);
  const cash = await sco.locator('.plan-total').textContent();
  const kept = await page.evaluate(() => {
    const { cmi } = (window as unknown as { API: { cmi: { suspend_data: string; core: { lesson_status: string } } } }).API;
    return { suspend_data: cmi.suspend_data, core: { lesson_status: cmi.core.lesson_status } };
  });
  const state = JSON.parse(kept.suspend_data) as { v: number; game: string; done: boolean };
  console.log(`resume state after 2 of 4 months: ${kept.suspend_data.length} characters`);
  expect(state).toMatchObject({ v: 2, done: false });
  expect(state.game).toMatch(/^S1\.[A-Za-z0-9_-]+$/);
  expect(kept.core.lesson_status).toBe('incomplete');
  expect(errors.filter((e) => !/service ?worker/i.test(e))).toEqual([]);
  await sco.close();

  // Another computer: no saved game in the browser; the LMS relaunches with what it kept.
  await page.evaluate(() => { localStorage.removeItem('rapport.session'); (window as unknown as { relaunch(): void }).relaunch(); });
  [sco] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch the activity' }).click()]);
  errors = watchErrors(sco);
  await expect(sco).toHaveURL(/#\/play\/coffee-chain$/, { timeout: 30_000 });
  await expect(sco.getByRole('heading', { level: 2, name: 'Month 3 of 4: plan your spend' })).toBeVisible();
  const after = await movesOf(sco);
  expect(after.game).toMatchObject({ player: 'Eve Fox', playerId: 's-3' });
  expect(after.moves.map((m) => m.type)).toEqual(before.moves.map((m) => m.type));
  await expect(sco.locator('.plan-total')).toHaveText(cash!);
  expect(cash).toMatch(/Cash now: \$/);

  // It plays on to the end and is handed in as one game.
  await playUntil(sco, sco.getByRole('heading', { name: 'Debrief' }));
  const shown = Number(/Your score: ([\d.]+) out of 100/.exec((await sco.locator('.debrief-score').textContent())!)![1]);
  await expect.poll(() => page.evaluate(() => (window as unknown as { API: { cmi: { core: { score: { raw: string } } } } }).API.cmi.core.score.raw)).not.toBe('');
  const raw = await page.evaluate(() => (window as unknown as { API: { cmi: { core: { score: { raw: string } } } } }).API.cmi.core.score.raw);
  expect(Number(raw)).toBeCloseTo(shown, 1);
  expect(errors.filter((e) => !/service ?worker/i.test(e))).toEqual([]);
});

test('the builder packs the app into a SCORM package for the challenge', async ({ page }) => {
  test.setTimeout(120_000);
  const code = await createChallenge(page, 'Packed for the LMS');
  await expect(page.getByRole('link', { name: 'Open the verifier for this challenge' })).toHaveAttribute('href', `#/teach/verify?c=${code}`);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download a SCORM 1.2 package' }).click()]);
  const files = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html', 'rapport-scorm-launch.html']));
  const manifest = Buffer.from(files['imsmanifest.xml']!).toString('utf8');
  for (const href of [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!)) expect(files[href], href).toBeDefined();
  expect(Buffer.from(files['rapport-scorm-launch.html']!).toString('utf8')).toContain(encodeURIComponent(code));
  await expect(page.locator('.scorm [role="status"]')).toHaveText(/^Saved rapport-[0-9a-f]{8}-scorm12\.zip/);
});
