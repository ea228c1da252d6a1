// The SCORM package in Chromium against a fake LMS built with scorm-again (its SCORM 1.2 runtime
// as window.API): the package made by `challenge scorm` is served file by file from its zip, the
// LMS opens its launch page, the student picks their name from the roster, plays the challenge
// through the play screens, and at the debrief the app hands the LMS the score, the status, the
// short result code and a resume state within 4,096 characters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { createChallenge, watchErrors } from './proof-helpers';

test.use({ serviceWorkers: 'block' });

const made = spawnSync('npx', ['tsx', 'tests/support/class-fixtures.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (made.status !== 0) throw new Error(made.stderr);
const { bound } = JSON.parse(made.stdout) as { bound: string };

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', webmanifest: 'application/manifest+json', svg: 'image/svg+xml', png: 'image/png', xml: 'application/xml', yaml: 'text/yaml' };

const FAKE_LMS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake LMS</title>
<script src="fake-lms/scorm12.js"></script>
<script>window.API = new Scorm12API({ logLevel: 5, autocommit: false });</script></head>
<body><h1>Fake LMS</h1><button id="launch" onclick="window.open('scorm-pkg/rapport-scorm-launch.html', 'sco')">Launch the activity</button></body></html>`;

test('a SCORM 1.2 package launched by a scorm-again LMS reports the score, status and result code', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-scorm-e2e-'));
  const zipPath = join(dir, 'week5.zip');
  const packed = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'challenge', 'scorm', bound, '--out', zipPath], { encoding: 'utf8' });
  expect(packed.status, packed.stderr).toBe(0);
  const files = unzipSync(readFileSync(zipPath));
  expect(Object.keys(files)).toContain('imsmanifest.xml');

  await page.route(/\/fake-lms\.html$/, (route) => route.fulfill({ contentType: 'text/html', body: FAKE_LMS }));
  await page.route(/\/fake-lms\/scorm12\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8') }));
  await page.context().route(/\/scorm-pkg\/([^?#]*)/, (route) => {
    const path = decodeURIComponent(/\/scorm-pkg\/([^?#]*)/.exec(route.request().url())![1]!);
    const body = files[path];
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({ contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream', body: Buffer.from(body) });
  });

  await page.goto('./fake-lms.html');
  const [sco] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Launch the activity' }).click()]);
  const errors = watchErrors(sco);
  await expect(sco.getByRole('heading', { level: 1, name: 'Week 5: the class' })).toBeVisible({ timeout: 30_000 });
  await sco.getByLabel('Your name').selectOption({ label: 'Dan Ek' });
  await sco.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(sco).toHaveURL(/#\/play\/coffee-chain$/);

  const step = sco.getByRole('button', { name: /^(Plan month \d+|Run month \d+|See the results of month \d+|Answer a question about this month|Submit the answer|Continue|See your debrief)$/ });
  const debrief = sco.getByRole('heading', { name: 'Debrief' });
  for (let i = 0; i < 30 && !(await debrief.isVisible()); i++) {
    const radio = sco.getByRole('radio').first();
    if (await radio.isVisible() && !(await radio.isChecked())) await radio.check();
    if (await step.first().isVisible()) await step.first().click();
    await sco.waitForTimeout(150);
  }
  await expect(debrief).toBeVisible();
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
  expect(JSON.parse(cmi.suspend)).toEqual({ v: 1, result: cmi.comments.split(': ')[1] });
  expect(errors.filter((e) => !/service ?worker/i.test(e))).toEqual([]);

  // The code the LMS received verifies on the verifier opened for the challenge.
  await page.goto(`./#/teach/verify?c=${bound}`);
  await page.getByLabel('Or paste result codes').fill(cmi.comments.split(': ')[1]!);
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('1 checked: 1 verified, 0 rejected.');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText('Dan Ek');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText('s-2');
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
