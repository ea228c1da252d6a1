// Journey 3 in the browser: an instructor creates a challenge, a student opens its link, plays that
// very market through the play screens and downloads the result file, which verifies on the
// verifier page while a tampered copy is rejected with a reason; the pages pass an axe scan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './proof-helpers';

/** A month of the coffee chain within its $5,300 budget. */
const MONTH = {
  spend: {
    commuters: { 'self-service': 900, transactional: 500 },
    regulars: { 'personal-assistance': 1800, communities: 600 },
    offices: { 'dedicated-personal-assistance': 1000 },
  },
};

/** Console errors on the instructor and challenge pages (the play screens have their own spec). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  const onTeachPage = () => !/#\/play\b/.test(page.url());
  page.on('console', (m) => { if (m.type() === 'error' && onTeachPage()) errors.push(m.text()); });
  page.on('pageerror', (e) => { if (onTeachPage()) errors.push(e.message); });
  return errors;
}

test('an instructor creates a challenge, a student starts it, and its result verifies while a tampered copy is rejected', async ({ page }) => {
  const errors = watchErrors(page);

  // The instructor builds the challenge.
  await page.goto('./#/teach');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a challenge' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teach' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Scenario', { exact: true }).selectOption('coffee-chain');
  await page.getByLabel('Seed', { exact: true }).fill('e2e-class');
  await page.getByLabel('Months', { exact: true }).fill('3');
  await page.getByLabel(/Give each student a market of their own/).check();
  await page.getByLabel('Attempts per student').fill('2');
  await page.getByLabel('Title', { exact: true }).fill('E2E <b>challenge</b>');
  await page.getByLabel('Instructions (optional)').fill('Keep the regulars.\n<script>window.hacked = true</script>');
  await page.getByRole('button', { name: 'Create the challenge' }).click();
  await expect(page.getByRole('heading', { name: 'Share the challenge' })).toBeFocused();
  const code = (await page.locator('#challenge-code').textContent())!.trim();
  expect(code).toMatch(/^C2\.[A-Za-z0-9_~-]+\.[0-9a-f]{8}$/);
  await expect(page.locator('#challenge-link')).toHaveText(new RegExp(`#/challenge\\?c=${code.replace(/[.]/g, '\\.')}$`));
  await expect(page.getByRole('img', { name: /QR code of the link to the challenge/ })).toBeVisible();
  await expect(page.getByText('Scan to open the challenge on a phone or tablet.')).toBeVisible();
  await expectNoAxeViolations(page, 'challenge builder with its link');

  // Its difficulty preview runs in a worker with a progress bar and fills one row per reference strategy.
  await page.getByLabel('Runs per strategy').selectOption('20');
  await page.getByRole('button', { name: 'Preview the difficulty' }).click();
  await expect(page.locator('#preview-progress-label')).toHaveText(/^Difficulty preview finished: median scores run from/, { timeout: 60_000 });
  await expect(page.locator('#preview-progress')).toHaveAttribute('value', '1');
  await expect(page.getByRole('table').filter({ hasText: 'Reference strategies' }).locator('tbody tr')).toHaveCount(5);
  await expectNoAxeViolations(page, 'challenge difficulty preview');

  // A student opens the link: the title and instructions are plain text, never markup.
  await page.getByRole('link', { name: 'Open it as a student' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E <b>challenge</b>' })).toBeVisible();
  await expect(page.getByText('<script>window.hacked = true</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await expectNoAxeViolations(page, 'challenge page with hostile text');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page.getByText('Enter your name: your teacher sees it next to your result.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page).toHaveURL(/#\/play\/coffee-chain$/);

  // The play store now holds the game on the student's own market.
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('rapport.session')))!) as { state: { session: { game: { seed: string; months: number; challengeCode: string; player: string } } } };
  const session = saved.state.session.game;
  expect(session).toMatchObject({ months: 3, challengeCode: code, player: 'Ada Lovelace', mode: 'attempt' });
  expect(session.seed).toMatch(/^v-[0-9a-f]{20}$/);

  // The game's result file, made by the command line from the same challenge and name: it must
  // be the very market the play store started.
  const dir = mkdtempSync(join(tmpdir(), 'rapport-teach-e2e-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(MONTH));
  const cli = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'challenge', 'play', session.challengeCode, '--plan', join(dir, 'plan.json'), '--name', session.player, '--out', join(dir, 'ada.json'), '--code'], { encoding: 'utf8' });
  expect(cli.status, cli.stderr).toBe(0);
  const resultCode = /^Result code: (\S+)$/m.exec(cli.stdout)![1]!;
  const resultText = readFileSync(join(dir, 'ada.json'), 'utf8');
  const result = JSON.parse(resultText) as { seed: string; final: { score: { points: number }; metrics: { profit: number } } };
  expect(result.seed).toBe(session.seed);
  const tampered = JSON.parse(resultText) as typeof result;
  tampered.final.metrics.profit += 5000;

  // The instructor verifies both files and a pasted result code.
  await page.goto('./#/teach/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify result files' })).toBeVisible();
  await page.getByLabel('Only accept results of this challenge (optional)').fill(code);
  await page.getByLabel('choose result files:').setInputFiles([
    { name: 'ada.json', mimeType: 'application/json', buffer: Buffer.from(resultText) },
    { name: 'ada-tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
  ]);
  await expect(page.locator('#verify-summary')).toHaveText('2 checked: 1 verified, 1 rejected.');
  const rows = page.locator('#verify-table tbody tr');
  await expect(rows.nth(0)).toContainText('ada.json');
  await expect(rows.nth(0)).toContainText('Ada Lovelace');
  await expect(rows.nth(0)).toContainText('✓ Verified');
  await expect(rows.nth(0)).toContainText(String(result.final.score.points));
  await expect(rows.nth(1)).toContainText('✗ Rejected: The final metrics in the file do not match the replay (profit: the file says');
  await page.getByLabel('Or paste result codes').fill(resultCode);
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('3 checked: 2 verified, 1 rejected.');
  await expect(rows.nth(2).locator('td').nth(6)).toHaveText('2');
  await expect(page.locator('#verify-progress')).toHaveAttribute('value', '1');
  await expectNoAxeViolations(page, 'verifier with results');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the table (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFfile,student,studentId,challenge,challengeCode,scenario,score,goalsMet,goalsTotal,answersCorrect,answersTotal,attempt,status,reason,flags,"?goal /);
  expect(csv).toContain(`ada.json,Ada Lovelace,,E2E <b>challenge</b>,${code.slice(-8)},coffee-chain`);
  expect(csv).toContain('ada-tampered.json,Ada Lovelace,,E2E <b>challenge</b>,,,,,,,,,rejected,');
  expect(errors).toEqual([]);
});

test('a damaged challenge link explains itself and offers to paste a code', async ({ page }) => {
  await page.goto('./#/challenge?c=C1.not-a-real-code.00000000');
  await expect(page.getByRole('heading', { level: 1, name: 'This challenge link does not work' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The challenge code is damaged');
  await expect(page.getByLabel('Challenge code or link')).toBeVisible();
  await expectNoAxeViolations(page, 'challenge link that does not work');
});

test('the verifier stays usable with the keyboard alone and rejects garbage with a reason', async ({ page }) => {
  await page.goto('./#/teach/verify');
  await page.getByLabel('Or paste result codes').fill('R1.garbage.12345678 {');
  await page.getByRole('button', { name: 'Verify the pasted codes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#verify-summary')).toHaveText('2 checked: 0 verified, 2 rejected.');
  await expect(page.locator('#verify-table tbody tr').nth(0)).toContainText('The result code is damaged (its checksum does not match)');
  await expect(page.locator('#verify-table tbody tr').nth(1)).toContainText('The file is not valid JSON');
});

test('a student plays a challenge through the play screens, and the downloaded result file verifies', async ({ page }) => {
  const errors = watchErrors(page);
  const created = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'challenge', 'create', '--scenario', 'coffee-chain', '--seed', 'e2e-play', '--months', '2', '--variants', '--title', 'Two months'], { encoding: 'utf8' });
  expect(created.status, created.stderr).toBe(0);
  const code = /^Code: (\S+)$/m.exec(created.stdout)![1]!;

  await page.goto(`./#/challenge?c=${code}`);
  await page.getByLabel('Your name').fill('Grace Hopper');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page).toHaveURL(/#\/play\/coffee-chain$/);

  // Click through the briefing, two months (and any question) to the debrief.
  const step = page.getByRole('button', { name: /^(Plan month \d+|Run month \d+|Skip to the results|Answer a question about this month|Submit the answer|Continue|See your debrief)$/ });
  const download = page.getByRole('button', { name: 'Download the result file' });
  for (let i = 0; i < 30 && !(await download.isVisible()); i++) {
    const radio = page.getByRole('radio').first();
    // The screen may change between a look and an action: act briefly, then look again.
    if (await radio.isVisible()) await radio.check({ timeout: 2000 }).catch(() => undefined);
    await step.first().click({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(100);
  }
  const downloaded = page.waitForEvent('download');
  await download.click();
  const resultText = readFileSync((await (await downloaded).path())!, 'utf8');
  const result = JSON.parse(resultText) as { player: string; months: number; challenge: string; final: { score: { points: number }; metrics: { active: number } } };
  expect(result).toMatchObject({ player: 'Grace Hopper', months: 2, challenge: code });
  // The phone hand-in: a short code (and its QR code) on the final screen, verified like the file.
  const shortCode = (await page.locator('#short-result-code').textContent())!;
  expect(shortCode).toMatch(/^S1\./);
  expect(shortCode.length).toBeLessThanOrEqual(200);
  await expect(page.getByRole('img', { name: 'QR code of your short result code' })).toBeVisible();
  await expect(page.locator('.hand-in figcaption')).toContainText('A screenshot of this QR code can be handed in');

  await page.goto('./#/teach/verify');
  const tampered = JSON.parse(resultText) as typeof result;
  tampered.final.metrics.active += 1;
  await page.getByLabel('choose result files:').setInputFiles([
    { name: 'grace.json', mimeType: 'application/json', buffer: Buffer.from(resultText) },
    { name: 'grace-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
  ]);
  await expect(page.locator('#verify-summary')).toHaveText('2 checked: 1 verified, 1 rejected.');
  await expect(page.locator('#verify-table tbody tr').nth(0)).toContainText('✓ Verified');
  await expect(page.locator('#verify-table tbody tr').nth(1)).toContainText('✗ Rejected: The final metrics in the file do not match the replay (active: the file says');
  // A short code names its challenge by a checksum only: the verifier opened for the challenge replays it.
  await page.goto(`./#/teach/verify?c=${code}`);
  await page.getByLabel('Or paste result codes').fill(shortCode);
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('1 checked: 1 verified, 0 rejected.');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText('Grace Hopper');
  expect(errors).toEqual([]);
});
