// One journey with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing; no mouse,
// no click, one page load): Home → a lesson and its first check → the tutorial's first month
// (plan with an amount lowered by arrow key → run → skip to the results → the full table) → the instructor builder → the
// verifier with a pasted result code → the class table as CSV. Every control reached shows a
// visible focus ring.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import type { ResultFile } from '../../src/engine';
import { course } from '../fixtures/learn/e2e-support';
import { expectVisibleFocus, tabTo, watchErrors } from './proof-helpers';

test('Home → lesson check → a month of play → challenge builder → verifier, by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const lesson = course.lessons[0]!;
  const check = course.questions[lesson.inlineChecks.find((id) => course.questions[id]!.kind === 'single')!]!;
  if (check.kind !== 'single') throw new Error('the first lesson needs a single-choice check');
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();

  // A lesson and its first check.
  await tabTo(page, nav.getByRole('link', { name: 'Lessons' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await tabTo(page, page.locator(`main a[href="#/lessons/${lesson.id}"]`));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  const scope = `inline-${check.id}`;
  // The options come in this learner's own order: read it from the page.
  const shown = await page.locator(`#${scope}-title ~ form .options input`).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await tabTo(page, page.locator(`#${scope}-opt-${shown[0]!}`));
  await expectVisibleFocus(page);
  const rightId = check.options.find((o) => o.correct)!.id;
  const right = shown.indexOf(rightId);
  for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
  if (right === 0) await page.keyboard.press('Space');
  await expect(page.locator(`#${scope}-opt-${rightId}`)).toBeChecked();
  await tabTo(page, page.locator(`#${scope}-title ~ form button[type="submit"]`));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${scope}-title ~ form .verdict`)).toHaveText('Right!');

  // Back up to the main navigation (Shift+Tab) and into the tutorial's first month.
  await tabTo(page, nav.getByRole('link', { name: 'Play' }), 'Shift+Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Play a scenario' })).toBeVisible();
  await tabTo(page, page.getByRole('article', { name: /First steps/ }).getByRole('button', { name: 'Start this scenario' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Plan month 1' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: plan your spend' })).toBeFocused();
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  const amount = page.getByRole('spinbutton', { name: 'Self-service for Drop-in members: money per month', exact: true });
  await tabTo(page, amount);
  await expectVisibleFocus(page);
  const before = Number(await amount.inputValue());
  expect(before).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => Number(await amount.inputValue())).toBeLessThan(before);
  const after = Number(await amount.inputValue());
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  // The month animates (the browser tests otherwise run with reduced motion), to be skipped by keyboard.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await tabTo(page, page.getByRole('button', { name: 'Run month 1' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5 is playing' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Skip to the results' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: results' })).toBeFocused();
  await tabTo(page, page.locator('details.results-details > summary'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: /^Month 1 by segment/ })).toBeVisible();
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('rapport.session')))!) as { state: { session: { moves: ({ type: 'plan'; spend: Record<string, Record<string, number>> } | { type: 'play' | 'answer' })[] } } };
  const moves = saved.state.session.moves;
  expect(moves.filter((m) => m.type === 'play')).toHaveLength(1);
  const planned = moves.find((m): m is Extract<typeof m, { type: 'plan' }> => m.type === 'plan');
  expect(Object.values(planned!.spend).flatMap((s) => Object.values(s))).toContain(after);

  // The instructor builder: pick a scenario with the arrows, type the fields, create.
  await tabTo(page, nav.getByRole('link', { name: 'Teach' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a challenge' })).toBeVisible();
  const scenario = page.getByLabel('Scenario', { exact: true });
  await tabTo(page, scenario);
  await expectVisibleFocus(page);
  const firstScenario = await scenario.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(scenario).not.toHaveValue(firstScenario);
  await tabTo(page, page.getByLabel('Months', { exact: true }));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await expectVisibleFocus(page);
  await page.keyboard.type('Keyboard class');
  await tabTo(page, page.getByRole('button', { name: 'Create the challenge' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Share the challenge' })).toBeFocused();
  await expect(page.locator('#challenge-code')).toHaveText(/^C2\./);

  // The verifier: paste a result code, verify it, download the class table.
  await tabTo(page, page.getByRole('link', { name: 'Verify result files' }), 'Shift+Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify result files' })).toBeVisible();
  const golden = JSON.parse(readFileSync('tests/golden/results/tutorial.json', 'utf8')) as ResultFile;
  await tabTo(page, page.getByLabel('Or paste result codes'));
  await expectVisibleFocus(page);
  const { encodeResultCode } = (await tsImport('../../src/engine/index.ts', import.meta.url)) as typeof import('../../src/engine');
  await page.keyboard.insertText(encodeResultCode(golden));
  await tabTo(page, page.getByRole('button', { name: 'Verify the pasted codes' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('#verify-summary')).toHaveText('1 checked: 1 verified, 0 rejected.');
  await expect(page.locator('#verify-table tbody tr').first()).toContainText(golden.player);
  await tabTo(page, page.getByRole('button', { name: 'Download the table (CSV)' }));
  await expectVisibleFocus(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`${golden.player},`);
  expect(errors).toEqual([]);
});
