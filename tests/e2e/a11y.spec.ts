// Accessibility scans (axe, zero violations) of the screen states the route owners' own specs do
// not scan: the shell's not-found page, Learn pages in their less common states (no glossary
// match, review with questions due, a refused import, the reset question, a damaged save), the
// play screens that are not part of the tutorial walk-through (unknown scenario, start screen,
// an amount over the budget and a plan over it, "Start over?" question, a set-aside save, a challenge game), and the teach
// pages empty, with validation errors, with rejected input, and without a code.
// Already scanned elsewhere, same states: Home (home.spec), every Learn route at rest and a lesson
// with feedback (learn.spec), select → briefing → plan → run → results → question → debrief
// (play.spec), the new play states (play-flow.spec, play-issues.spec), builder with its share panel and preview, challenge page, verifier with results,
// damaged link (teach.spec).
import { expect, test } from '@playwright/test';
import { ageProgress, course } from '../fixtures/learn/e2e-support';
import { axeViolations, createChallenge, expectNoAxeViolations, playFirstMonth, watchErrors } from './proof-helpers';

let errors: string[] = [];
test.beforeEach(({ page }) => { errors = watchErrors(page); });
test.afterEach(() => { expect(errors, 'console errors').toEqual([]); });

test('the scan finds what it should: an unlabelled button and an image without a text alternative', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Planted through the DOM (the page's policy would refuse inline markup with handlers anyway).
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.append(document.createElement('button'));
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    main.append(img);
  });
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
  expect(found).toContain('image-alt (img)');
});

test('shell and Learn pages in their less common states', async ({ page }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'page not found');

  await page.goto('./#/glossary');
  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('zzzz no such term');
  await expect(page.locator('main')).toContainText(/no term|nothing|No terms/i);
  await expectNoAxeViolations(page, 'glossary with no match');

  const lesson = course.lessons[0]!;
  const question = course.questions[lesson.inlineChecks.find((id) => course.questions[id]!.kind === 'single')!]!;
  if (question.kind !== 'single') throw new Error('the first lesson needs a single-choice check');
  await page.goto(`./#/lessons/${lesson.id}`);
  const box = page.locator(`#inline-${question.id}-title`).locator('..');
  await box.getByRole('radio', { name: question.options.find((o) => !o.correct)!.text, exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toContainText('Not quite.');
  await expectNoAxeViolations(page, 'lesson after a wrong answer');
  await ageProgress(page, 11 * 60_000);
  await page.goto('./#/review');
  await expect(page.getByRole('heading', { name: /^Due now: \d+ question/ })).toBeVisible();
  await expectNoAxeViolations(page, 'review with a question due');

  await page.goto('./#/progress');
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'not-progress.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expectNoAxeViolations(page, 'progress with a refused import');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete my progress' })).toBeVisible();
  await expectNoAxeViolations(page, 'progress asking before a reset');

  await page.evaluate(() => localStorage.setItem('rapport.progress', '{"state": {"answers": oops'));
  await page.goto('./#/lessons');
  await page.reload();
  await expect(page.locator('.progress-notices .notice')).toContainText('not readable');
  await expectNoAxeViolations(page, 'lessons with a damaged-save notice');
});

test('play screens beyond the tutorial walk-through', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/play/no-such-scenario');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'unknown scenario');

  await page.goto('./#/play/coffee-chain');
  await expect(page.getByRole('heading', { level: 2, name: 'Start a game' })).toBeVisible();
  await expectNoAxeViolations(page, 'start screen');

  await playFirstMonth(page, 'tutorial');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Keep playing' })).toBeFocused();
  await expectNoAxeViolations(page, 'start over asks first');
  await page.getByRole('button', { name: 'Keep playing' }).click();
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await page.waitForTimeout(200);
  if (await page.getByRole('heading', { level: 2, name: /A decision point/ }).isVisible()) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Submit the answer' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Month 2 of 5: plan your spend' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Drop-in members: money per month', exact: true }).fill('999999');
  await expect(page.getByRole('alert').filter({ hasText: 'At most $2,500, this month\'s budget.' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Drop-in members: money per month', exact: true }).fill('2000');
  await page.getByRole('spinbutton', { name: 'Coached members: money per month', exact: true }).fill('2000');
  await expect(page.locator('#run-reason')).toContainText('over the month\'s budget of $2,500');
  await expect(page.getByRole('button', { name: 'Run month 2' })).toBeDisabled();
  // Scanned once the forecast has settled: while it recomputes, its text is dimmed below contrast.
  await expect(page.locator('.forecast.updating')).toHaveCount(0, { timeout: 30_000 });
  await expectNoAxeViolations(page, 'plan over budget');

  await page.evaluate(() => localStorage.setItem('rapport.session', '{"state": {"session": {"scenarioId": 42}}, "version": 1}'));
  await page.reload();
  await expect(page.locator('main')).toContainText(/kept aside|set aside|could not be (used|read)/i);
  await expectNoAxeViolations(page, 'play with a set-aside save notice');
});

test('teach pages empty, with errors, with rejected input and without a code', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/teach');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a challenge' })).toBeVisible();
  await expectNoAxeViolations(page, 'builder, empty');
  await page.getByLabel('Months', { exact: true }).fill('0');
  await page.getByLabel('Title', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Create the challenge' }).click();
  await expect(page.locator('.notice.error[role="alert"]').first()).toBeVisible();
  await expectNoAxeViolations(page, 'builder with errors');

  await page.goto('./#/teach/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify result files' })).toBeVisible();
  await expectNoAxeViolations(page, 'verifier, empty');
  await page.getByLabel('Or paste result codes').fill('R1.garbage.00000000\nnot a code at all');
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toHaveText('2 checked: 0 verified, 2 rejected.');
  await expect(page.locator('#verify-progress')).toHaveAttribute('value', '1');
  await expectNoAxeViolations(page, 'verifier with rejected codes');

  await page.goto('./#/challenge');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'challenge page without a code');

  const code = await createChallenge(page, 'Accessible class');
  await page.goto(`./#/challenge?c=${code}`);
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page.getByLabel('Your name')).toBeFocused();
  await expectNoAxeViolations(page, 'challenge page with a name error');
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page, 'briefing of a challenge game');
});
