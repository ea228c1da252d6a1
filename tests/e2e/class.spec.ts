// The class tools in the browser: a crafted 290 KB "zip bomb" code is rejected quickly while the
// rest of the batch verifies; 2,000 files verify in a worker pool with a progress bar while the
// page never blocks for more than 100 ms (long tasks measured with a PerformanceObserver) and a
// key press is answered at once; a verifier opened for a challenge rejects another challenge of the
// same title by its code; a roster flags unknown ids and lookalike names; copies are listed; the
// table sorts and filters by keyboard; a student's timeline opens; a phone screenshot of a QR code
// verifies; and the pages pass axe.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './proof-helpers';

interface Fixtures {
  bomb: string; honest: string[]; many: string[]; bound: string; easy: string; short: string;
  class: { carol: string; carolAgain: string; dan: string; mallory: string; cheat: string };
}
const made = spawnSync('npx', ['tsx', 'tests/support/class-fixtures.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (made.status !== 0) throw new Error(made.stderr);
const fx = JSON.parse(made.stdout) as Fixtures;

const file = (name: string, text: string | Buffer) => ({ name, mimeType: name.endsWith('.png') ? 'image/png' : 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });

/** Records long tasks (main-thread work over 50 ms) from now on, in window.__longTasks. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const list: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = list;
    new PerformanceObserver((entries) => { for (const e of entries.getEntries()) list.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

let errors: string[] = [];
test.beforeEach(({ page }) => { errors = watchErrors(page); });
test.afterEach(() => { expect(errors, 'console errors').toEqual([]); });

test('a 290 KB zip-bomb code is rejected quickly and the rest of the batch verifies', async ({ page }) => {
  const honest = fx.honest.map((text, k) => file(`student-${k}.json`, text));
  await page.goto('./#/teach/verify');
  const started = Date.now();
  // Long tasks are watched from the moment the files are in the page (Playwright's own injection
  // of the files is not the page's work).
  await page.getByLabel('choose result files:').setInputFiles([file('bomb.txt', fx.bomb), ...honest]);
  await watchLongTasks(page);
  await expect(page.locator('#verify-summary')).toHaveText('13 checked: 12 verified, 1 rejected.', { timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(`bomb batch (13 files) checked in ${seconds.toFixed(2)} s; longest task ${Math.max(0, ...(await longTasks(page))).toFixed(0)} ms`);
  await expect(page.locator('#verify-table tbody tr').filter({ hasText: 'bomb.txt' })).toContainText('The result code was refused without unpacking it: it would unpack to more than 4,000,000 characters');
  expect(Math.max(0, ...(await longTasks(page)))).toBeLessThan(100);
});

test('2,000 files verify in a worker pool: progress, rows as they finish, no task over 100 ms, keys answered at once', async ({ page }) => {
  test.setTimeout(240_000);
  const files = Array.from({ length: 2000 }, (_, i) => file(`s${String(i).padStart(4, '0')}.json`, fx.many[i % 50]!));
  await page.goto('./#/teach/verify');
  await page.getByLabel('choose result files:').setInputFiles(files);
  await watchLongTasks(page);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(page.locator('#verify-table tbody tr').first()).toBeVisible();
  // A key press while the pool works: the filter box shows the letter within a frame or two.
  const filter = page.getByLabel('Filter the table');
  await filter.focus();
  const answered = await page.evaluate(() => new Promise<number>((resolve) => {
    const box = document.getElementById('table-filter') as HTMLInputElement;
    const t0 = performance.now();
    box.addEventListener('input', () => requestAnimationFrame(() => resolve(performance.now() - t0)), { once: true });
    box.value = 's';
    box.dispatchEvent(new Event('input'));
  }));
  await filter.fill('');
  await expect(page.locator('#verify-summary')).toHaveText('2000 checked: 2000 verified, 0 rejected.', { timeout: 200_000 });
  await expect(page.locator('#verify-progress')).toHaveAttribute('value', '1');
  const [ms, workerMs, workers] = await page.evaluate(() => { const w = window as unknown as { __verifyMs: number; __workerMs: number; __poolSize: number }; return [w.__verifyMs, w.__workerMs, w.__poolSize]; });
  const tasks = await longTasks(page);
  console.log(`2,000 files in the browser: ${(ms / 1000).toFixed(1)} s with ${workers} worker(s) (${(workerMs / 2000).toFixed(1)} ms of worker time per file); a key press answered in ${answered.toFixed(0)} ms; ${tasks.length} long tasks, the longest ${Math.max(0, ...tasks).toFixed(0)} ms`);
  expect(Math.max(0, ...tasks)).toBeLessThan(100);
  expect(answered).toBeLessThan(100);
  await expect(page.locator('#table-page')).toHaveText('Rows 1–50 of 2000');
  // Identical files from different students are listed as possible copies: the first 200 on the page.
  await expect(page.locator('#copies h2')).toHaveText(/^Possible copies: \d{4} \(the first 200 listed here; every row's notes name its copies\)$/);
  await expect(page.locator('#copies li')).toHaveCount(200);
});

test('cancel stops a batch: what has not started is not checked', async ({ page }) => {
  const text = fx.many[0]!;
  await page.goto('./#/teach/verify');
  await page.getByLabel('choose result files:').setInputFiles(Array.from({ length: 600 }, (_, i) => file(`a${i}.json`, text)));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#verify-progress-label')).toHaveText(/^Cancelled: \d+ of \d+ checked, \d+ not checked$/);
  const label = (await page.locator('#verify-progress-label').textContent())!;
  const [, checked, total, dropped] = /(\d+) of (\d+) checked, (\d+)/.exec(label)!.map(Number);
  expect(dropped).toBeGreaterThan(0);
  expect(total! + dropped!).toBe(600);
  await expect(page.locator('#verify-summary')).toHaveText(`${total} checked: ${total} verified, 0 rejected.`);
  expect(checked).toBeLessThanOrEqual(total!);
});

test('opened for a challenge, the verifier rejects another challenge of the same title by its code; roster, copies, sorting, filtering and timelines', async ({ page }) => {
  test.setTimeout(120_000);
  const code = fx.bound;
  const easy = fx.easy;
  await page.goto(`./#/teach/verify?c=${code}`);
  await expect(page.locator('#binding-status')).toHaveText(`Only results of "Week 5: the class" (code …${code.slice(-8)}) are accepted. Students are matched against a roster of 3.`);
  await expectNoAxeViolations(page, 'verifier opened for a challenge');
  await page.getByLabel('choose result files:').setInputFiles([
    file('carol.json', fx.class.carol),
    file('carol-again.json', fx.class.carolAgain),
    file('dan.json', fx.class.dan),
    file('mallory.json', fx.class.mallory),
    file('cheat.json', fx.class.cheat),
  ]);
  await expect(page.locator('#verify-summary')).toHaveText('5 checked: 4 verified, 1 rejected.');
  // The copies are announced once, as a count, when the batch finishes; the list is not a live region.
  await expect(page.locator('#announcer')).toHaveText(/^Verification finished: 4 verified, 1 rejected; (one possible copy is|\d+ possible copies are) listed above the table\.$/);
  await expect(page.locator('#copies')).not.toHaveAttribute('aria-live');
  const rows = page.locator('#verify-table tbody tr');
  const row = (name: string) => rows.filter({ hasText: name });
  // Rows come in as files finish; sorted by file name they are in a known order.
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await expect(row('cheat.json')).toContainText(`The file is a result of another challenge, "Week 5: the class" (code …${easy.slice(-8)}), not of "Week 5: the class" (code …${code.slice(-8)}): the titles are the same but the challenges differ.`);
  const carolFirst = Number(await row('carol.json').locator('td').nth(0).textContent()) < Number(await row('carol-again.json').locator('td').nth(0).textContent());
  await expect(row('carol-again.json').locator('td').nth(6)).toHaveText(carolFirst ? '2' : '1');
  await expect(row('carol-again.json')).toContainText('lookalike letters: "а" (U+0430) for "a"');
  await expect(row('carol-again.json').locator('td').nth(8)).toHaveText('s-1');
  await expect(row('mallory.json')).toContainText('The student id "s-9" is not on the roster.');
  await expect(page.locator('#copies')).toContainText(/Rows \d and \d: (Carol Díaz \(carol\.json\) and Dan Ek \(dan\.json\)|Dan Ek \(dan\.json\) and Carol Díaz \(carol\.json\)), similarity 100\.0%: identical decisions, played on another student's market\./);
  await expectNoAxeViolations(page, 'verifier with flags and copies');

  // Sort by score and filter, with the keyboard alone.
  await page.getByRole('button', { name: 'Score', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Score');
  await page.getByLabel('Show').selectOption('rejected');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Show').selectOption('all');
  await page.getByLabel('Filter the table').fill('mallory');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Filter the table').fill('');

  // A student's game as a timeline.
  await page.getByRole('button', { name: 'Timeline of Dan Ek (dan.json)' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline of Dan Ek (dan.json)' })).toBeFocused();
  await expect(page.locator('#timeline-table tbody tr')).toHaveCount(2);
  await expect(page.locator('#timeline-table tbody tr').first()).toContainText('commuters: self-service');
  await expectNoAxeViolations(page, 'verifier with a timeline');

  // Gradebook exports.
  const [moodle] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Moodle gradebook (CSV)' }).click()]);
  const text = readFileSync((await moodle.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFFID number,Email address,Full name,Rapport: Week 5: the class,Rapport: Week 5: the class (feedback)');
  expect(text).toContain('\r\ns-3,,Eve Fox,,\r\n');

  // The class debrief for the lecture: one game per student (Carol's better attempt), as text and table.
  await page.getByRole('button', { name: 'Class debrief' }).click();
  const debrief = page.locator('.class-debrief');
  await expect(page.getByRole('heading', { name: 'Class debrief: Week 5: the class' })).toBeFocused();
  await expect(debrief).toContainText(/^.*3 verified games: mean/);
  await expect(debrief.getByRole('table', { name: 'Students per band of ten points' }).locator('tbody tr')).toHaveCount(10);
  await expect(debrief.getByRole('heading', { name: 'The strategies the class played' })).toBeVisible();
  await expectNoAxeViolations(page, 'class debrief');
  const projector = debrief.getByRole('button', { name: 'Projector mode' });
  await projector.focus();
  await page.keyboard.press('Enter');
  await expect(projector).toHaveAttribute('aria-pressed', 'true');
  await expect(debrief).toHaveClass(/projector/);
  const [html] = await Promise.all([page.waitForEvent('download'), debrief.getByRole('button', { name: 'Download the debrief (HTML)' }).click()]);
  expect(html.suggestedFilename()).toBe('class-debrief-week-5-the-class.html');
  const page2 = readFileSync((await html.path())!, 'utf8');
  expect(page2).toMatch(/^<!doctype html>/);
  expect(page2).toContain('3 verified games');
  expect(page2).not.toContain('<script');
});

test('a phone screenshot of a QR code with a short result code verifies', async ({ page }) => {
  const code = fx.bound;
  const short = fx.short;
  const png = await QRCode.toBuffer(short, { errorCorrectionLevel: 'M', margin: 4, width: 600 });
  await page.goto(`./#/teach/verify?c=${code}`);
  await page.getByLabel('choose result files:').setInputFiles([file('screenshot.png', png), file('not-a-qr.png', Buffer.from('not an image'))]);
  await expect(page.locator('#verify-summary')).toHaveText('2 checked: 1 verified, 1 rejected.');
  const rows = page.locator('#verify-table tbody tr');
  await expect(rows.filter({ hasText: 'screenshot.png' })).toContainText('Grace Hopper');
  await expect(rows.filter({ hasText: 'screenshot.png' })).toContainText('✓ Verified');
  await expect(rows.filter({ hasText: 'not-a-qr.png' })).toContainText('The image cannot be read.');
  await page.getByLabel('Or paste result codes').fill(short);
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('3 checked: 2 verified, 1 rejected.');
});

test('a roster in the builder: a bad one names its line; students then pick their name or type their id, which the game keeps', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/teach');
  await page.getByLabel('Scenario', { exact: true }).selectOption('coffee-chain');
  await page.getByLabel('Months', { exact: true }).fill('2');
  await page.getByLabel('Roster file (CSV)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,email\ns-1,Carol Díaz,carol@example.org\ns-1,Dan Ek,dan@example.org\n') });
  await expect(page.locator('#roster-status')).toHaveText('The roster was not loaded: Line 3: the student id "s-1" is already used on line 2.');
  await page.getByLabel('Roster file (CSV)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFFid;name;email\ns-1;Carol Díaz;carol@example.org\ns-2;Dan Ek;dan@example.org\ns-3;C\u0430rol Diaz;c2@example.org\n') });
  await expect(page.locator('#roster-status')).toContainText('Roster loaded: 3 students.');
  await expect(page.locator('#roster-status')).toContainText('Line 4: "Cаrol Diaz" looks the same as "Carol Díaz" on line 2; these students should give their id.');
  await expectNoAxeViolations(page, 'builder with a roster');
  await page.getByRole('button', { name: 'Create the challenge' }).click();
  const code = (await page.locator('#challenge-code').textContent())!.trim();
  expect(code).toMatch(/^C2\./);
  const [classFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the class file' }).click()]);
  const saved = JSON.parse(readFileSync((await classFile.path())!, 'utf8')) as { challenge: string; roster: { email: string }[] };
  expect(saved.challenge).toBe(code);
  expect(saved.roster.map((s) => s.email)).toEqual(['carol@example.org', 'dan@example.org', 'c2@example.org']);
  await expectNoAxeViolations(page, 'builder with its share panel, class file and SCORM buttons');

  await page.goto(`./#/challenge?c=${code}`);
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page.locator('#roster-error')).toHaveText('Choose your name from the list, or type your student id.');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.getByLabel('Or your student id').fill('s-9');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page.locator('#roster-error')).toHaveText('The student id "s-9" is not on your instructor\'s list: check it, or choose your name.');
  await expectNoAxeViolations(page, 'challenge page with a roster and an error');
  await page.getByLabel('Or your student id').fill('S-2');
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) => route.abort());
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page).toHaveURL(/#\/play\/coffee-chain$/);
  const session = JSON.parse((await page.evaluate(() => localStorage.getItem('rapport.session')))!) as { state: { session: { game: { player: string; playerId: string } } } };
  expect(session.state.session.game).toMatchObject({ player: 'Dan Ek', playerId: 's-2' });
});
