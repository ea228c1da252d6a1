// Journey 2 in the browser: the tutorial played from Home to the debrief with the keyboard only
// (each month: Run, then the next month's plan, the results coming by themselves), the result
// file replayed by the engine in Node to the same hashes, a reload resuming the same month with the
// same numbers, the forecast following the controls, the market canvas drawing, Phaser loaded only
// by the play routes, and every play screen passing an accessibility scan.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import type { Move } from '../../src/engine';
import { answerQuestions, expectNoAxeViolations, openNumbers, watchErrors } from './proof-helpers';

/** The engine and the Node scenario loader, straight from the sources (tsx resolves their imports). */
async function engineInNode() {
  const engine = (await tsImport('../../src/engine/index.ts', import.meta.url)) as typeof import('../../src/engine');
  const content = (await tsImport('../../src/content/scenario/load-node.ts', import.meta.url)) as typeof import('../../src/content/scenario/load-node');
  return { ...engine, loadScenario: content.loadScenario };
}

/** Presses Tab until `target` has the focus (keyboard only), then returns. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Share of the canvas's pixels that differ from its most common colour (0 = blank). */
async function canvasInk(page: Page): Promise<number> {
  const png = await page.locator('.market-canvas canvas').screenshot();
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < px.length; i += 4) {
      const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const commonest = Math.max(...counts.values());
    return 1 - commonest / (px.length / 4);
  }, png.toString('base64'));
}

const CONTINUE = /^(Plan month \d+|Answer a question about this month|See your debrief)$/;

test('the tutorial is played from Home to the debrief with the keyboard only, and its result file replays to the same hashes', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: 'Play a scenario' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Play a scenario' })).toBeVisible();
  await expectNoAxeViolations(page, 'scenario select');

  const tutorialCard = page.getByRole('article', { name: /First steps/ });
  await expect(tutorialCard.getByText('5 months')).toBeVisible();
  await expect(tutorialCard.getByText('Difficulty: Tutorial')).toBeVisible();
  await tabTo(page, tutorialCard.getByRole('button', { name: 'Start this scenario' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible();
  await expect(page.getByText('Coached members').first()).toBeVisible();
  await expectNoAxeViolations(page, 'briefing');
  await tabTo(page, page.getByRole('button', { name: 'Plan month 1' }));
  await page.keyboard.press('Enter');

  let questions = 0;
  for (let month = 1; month <= 5; month++) {
    await expect(page.getByRole('heading', { level: 2, name: `Month ${month} of 5: plan your spend` })).toBeFocused();
    await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
    if (month === 1) await expectNoAxeViolations(page, 'plan');
    // Month 1 animates; later months play with reduced motion (the browser tests' default).
    await page.emulateMedia({ reducedMotion: month === 1 ? 'no-preference' : 'reduce' });
    await tabTo(page, page.getByRole('button', { name: `Run month ${month}` }));
    await page.keyboard.press('Enter');

    if (month === 1) {
      await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5 is playing' })).toBeFocused();
      await page.waitForTimeout(800);
      expect(await canvasInk(page)).toBeGreaterThan(0.05);
      await expectNoAxeViolations(page, 'run');
    }
    // The results replace the running month by themselves.
    await expect(page.getByRole('heading', { level: 2, name: `Month ${month} of 5: results` })).toBeFocused({ timeout: 20_000 });
    await expect(page.locator('.market-description')).toContainText(`After month ${month} of 5`);
    if (month === 1) {
      await tabTo(page, page.locator('details.results-details > summary'));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('table', { name: /^Month 1 by segment/ })).toBeVisible();
      await expectNoAxeViolations(page, 'results');
    }
    await tabTo(page, page.getByRole('button', { name: CONTINUE }));
    await page.keyboard.press('Enter');

    while (await page.getByRole('heading', { level: 2, name: /A decision point/ }).isVisible()) {
      questions++;
      await expect(page.getByRole('heading', { level: 2, name: /A decision point/ })).toBeFocused();
      if (questions === 1) await expectNoAxeViolations(page, 'question');
      await tabTo(page, page.getByRole('radio').first());
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Submit the answer' }));
      await page.keyboard.press('Enter');
      await expect(page.locator('.question-feedback')).toContainText(/Good answer|Not the best answer/);
      await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
      if (questions === 1) await expectNoAxeViolations(page, 'question answered');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
    }
  }
  expect(questions).toBeGreaterThanOrEqual(2);

  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeFocused();
  await expect(page.getByText(/^Your score: [\d.]+ out of 100$/)).toBeVisible();
  const findings = page.locator('.debrief-findings li');
  await expect(findings.first()).toContainText(/^(Your .+ spend|The effect of your .+ spend)/, { timeout: 60_000 });
  await expect(findings.first()).toContainText(/Spent \$[\d,.]+ over the game; value returned/);
  await expect(page.getByRole('table', { name: /Scores \(0–100\) over \d+ markets/ })).toBeVisible({ timeout: 120_000 });
  await expectNoAxeViolations(page, 'debrief');

  await tabTo(page, page.getByRole('button', { name: 'Download the result file' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    scenario: { id: string }; seed: string; months: number; moves: Move[]; mode: string; hashes: string[]; final: { score: { points: number } };
  };
  expect(file.scenario.id).toBe('tutorial');
  expect(file.mode).toBe('practice');
  expect(file.moves.filter((m) => m.type === 'play')).toHaveLength(5);
  expect(file.moves.filter((m) => m.type === 'answer')).toHaveLength(questions);

  // The engine in Node replays the downloaded moves to the records the browser made.
  const { loadScenario, replay, resolveMarket, monthRecords, MONTH_HASH_LENGTH, scoreGame } = await engineInNode();
  const { scenario, file: content, points } = loadScenario('tutorial');
  const market = resolveMarket({ scenario, goals: content.goals, points, seed: file.seed, months: file.months });
  if (!market.ok) throw new Error(market.error);
  const replayed = replay(market.value, file.moves);
  if (!replayed.ok) throw new Error(replayed.error);
  expect(replayed.state.answers).toHaveLength(questions);
  expect(monthRecords(replayed.state)).toEqual(file.hashes);
  const shownHash = await page.locator('[data-final-hash]').getAttribute('data-final-hash');
  expect(replayed.state.run.reports[4]!.hash.slice(0, MONTH_HASH_LENGTH)).toBe(shownHash);
  expect(scoreGame(replayed.state).points).toBe(file.final.score.points);
  expect(errors).toEqual([]);
});

test('a reload in the middle of a game resumes the same month with the same numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/play');
  await page.getByRole('article', { name: /First steps/ }).getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const month of [1, 2]) {
    await page.getByRole('button', { name: `Run month ${month}` }).click();
    await page.getByRole('button', { name: 'Skip to the results' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Month ${month} of 5: results` })).toBeVisible();
    if (month === 1) {
      await page.getByRole('button', { name: 'Plan month 2' }).click();
      await answerQuestions(page);
    }
  }
  await openNumbers(page);
  const table = page.getByRole('table', { name: /^Month 2 by segment/ });
  const before = await table.innerText();
  const status = await page.locator('.play-status').innerText();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Month 2 of 5: results' })).toBeVisible();
  expect(await table.innerText()).toBe(before);
  expect(await page.locator('.play-status').innerText()).toBe(status);
  expect(errors).toEqual([]);
});

test('the forecast follows the budget controls', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/play');
  await page.getByRole('article', { name: /First steps/ }).getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  const summary = page.locator('.forecast-summary');
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  const before = await summary.innerText();
  expect(before).toMatch(/^By month 5 \(the end\): .* customers/);
  await page.getByRole('tab', { name: 'Coached members' }).click();
  await page.getByRole('spinbutton', { name: 'Personal assistance for Coached members: money per month', exact: true }).fill('0');
  await page.getByRole('tab', { name: 'Drop-in members' }).click();
  await page.getByRole('spinbutton', { name: 'Transactional for Drop-in members: money per month', exact: true }).fill('1500');
  await expect(page.getByText('Updating the forecast…')).toBeVisible();
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  await expect(summary).not.toHaveText(before);
  expect(errors).toEqual([]);
});

test('Home and the lessons never load Phaser; the play route does', async ({ page }) => {
  const phaser: string[] = [];
  page.on('request', (r) => { if (/\/phaser-[^/]*\.js$/.test(r.url())) phaser.push(page.url()); });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await page.goto('./#/lessons');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /./ }).filter({ has: page.locator('xpath=self::a[starts-with(@href, "#/lessons/")]') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForTimeout(500);
  expect(phaser).toEqual([]);
  await page.goto('./#/play');
  await page.getByRole('article', { name: /First steps/ }).getByRole('button', { name: 'Start this scenario' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible();
  await expect.poll(() => phaser.length).toBeGreaterThan(0);
});

test('on a phone with reduced motion the month jumps to its end, nothing scrolls sideways, and "Start over" asks first', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const noSideScroll = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.goto('./#/play');
  await noSideScroll();
  await page.getByRole('article', { name: /First steps/ }).getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  await noSideScroll();
  await page.getByRole('button', { name: 'Run month 1' }).click();
  // With reduced motion the month does not animate: its results are there at once.
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: results' })).toBeVisible();
  expect(await canvasInk(page)).toBeGreaterThan(0.05);
  await noSideScroll();
  await openNumbers(page);
  await noSideScroll();

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByText('Start over? This deletes the game in progress')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep playing' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep playing' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: results' })).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, delete this game' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Start a game' })).toBeFocused();
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('rapport.session')))!)).toEqual({ state: { session: null }, version: 3 });
  expect(errors).toEqual([]);
});
