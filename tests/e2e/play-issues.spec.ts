// Issue 16 in the browser, one test per defect a student met: a game lost with one click, silent
// negative cash, spend without limits or units, numbers that mislead, results that do not say what
// binds, a misleading picture, questions without the month's numbers, a thin debrief, and the
// tutorial's words and the phone layout. Each fails on the play screens before issue 16.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSideScroll, inViewport, rewriteScenario, savedGame, seedGame } from './play-helpers';
import { answerQuestions, expectNoAxeViolations, openNumbers, playFirstMonth, runMonth, watchErrors } from './proof-helpers';

test.use({ serviceWorkers: 'block' });
let errors: string[] = [];
test.beforeEach(({ page }) => { errors = watchErrors(page); });
test.afterEach(() => { expect(errors, 'console errors').toEqual([]); });

const dollars = (text: string) => {
  const m = /(-?)\$([\d,]+(?:\.\d+)?)/.exec(text);
  return m ? (m[1] ? -1 : 1) * Number(m[2]!.replace(/,/g, '')) : null;
};

test('1: starting another scenario asks first, and the game in progress can be kept aside and downloaded', async ({ page }) => {
  test.setTimeout(120_000);
  await playFirstMonth(page, 'tutorial');
  const old = await page.evaluate(() => localStorage.getItem('rapport.session'));
  await page.goto('./#/play');
  await page.getByRole('article', { name: /Bean & Bond/ }).getByRole('button', { name: 'Start this scenario' }).click();
  const question = page.getByRole('group', { name: /You have a game of "First steps: Pulse Fitness studio" in progress \(after 1 of 5 months\)/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep it aside and start' })).toBeFocused();
  await expectNoAxeViolations(page, 'asking before a new game');
  expect(await page.evaluate(() => localStorage.getItem('rapport.session'))).toBe(old);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await page.getByRole('article', { name: /Bean & Bond/ }).getByRole('button', { name: 'Start this scenario' }).click();
  await question.getByRole('button', { name: 'Keep it aside and start' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible({ timeout: 30_000 });
  expect((await savedGame(page)).game.seed).not.toBe(JSON.parse(old!).state.session.game.seed);
  expect(await page.evaluate(() => localStorage.getItem('rapport.session.kept.1'))).toBe(old);
  const notice = page.getByRole('status').filter({ hasText: 'is kept in this browser as "rapport.session.kept.1"' });
  await expect(notice).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the game kept aside' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(old);
  await expectNoAxeViolations(page, 'a game kept aside');
});

/** The tutorial with a $100,000 bill in month 1 (its new-year rush costs money): cash goes below zero. */
const TUTORIAL_BILL = ['effect:{acquisition:.6}}', 'effect:{acquisition:.6,cost:1e5}}'] as const;

test('2: negative cash and the overdraft are said on the plan screen before the month runs, with why Run is off', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await rewriteScenario(page, 'tutorial', ...TUTORIAL_BILL);
  await page.goto('./#/play/tutorial');
  await page.getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await runMonth(page, 1);
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await answerQuestions(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Month 2 of 5: plan your spend' })).toBeVisible();
  const cash = dollars(await page.locator('.key-numbers .key-number', { hasText: 'Cash' }).innerText())!;
  expect(cash).toBeLessThan(0);
  const shown = cash.toLocaleString('en-US').replace('-', '-$');
  await expect(page.locator('.key-numbers')).toContainText('overdrawn');
  await expect(page.locator('.plan-cash')).toContainText(`Cash is ${shown}`);
  await expect(page.locator('.plan-cash')).toContainText(`No relationship spend can be paid this month: cash is ${shown} and there is no overdraft.`);
  const run = page.getByRole('button', { name: 'Run month 2' });
  await expect(run).toBeDisabled();
  await expect(page.locator('#run-reason')).toHaveText(new RegExp(`^Run is off: No relationship spend can be paid: cash is ${shown.replace('$', '\\$')}`));
  expect(await inViewport(page, '#run-reason')).toBe(true);
  await expectNoAxeViolations(page, 'plan with negative cash');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(run).toBeEnabled();
  await runMonth(page, 2);

  // With an overdraft: what it costs, and what can still be paid.
  await page.unrouteAll();
  await page.evaluate(() => localStorage.clear());
  await rewriteScenario(page, 'b2b-wholesaler', 'month:8,segment:`key-accounts`,duration:3,effect:{churn:.8}', 'month:1,segment:`key-accounts`,duration:3,effect:{churn:.8,cost:15e4}');
  await page.goto('./#/play/b2b-wholesaler');
  await page.reload();
  await page.getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await runMonth(page, 1);
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await answerQuestions(page);
  await expect(page.locator('.plan-cash')).toContainText(/Cash is -€[\d,]+: interest of €[\d,]+ \(1\.0% a month\) is charged this month/);
  await expect(page.locator('#plan-total')).toContainText(/€[\d,]+ can be paid/);
});

test('4: amounts are whole cents within the budget, with a clear message, and a refused amount changes nothing', async ({ page }) => {
  await seedGame(page, { scenarioId: 'tutorial', seed: 'cents', months: 5, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800 } } }] });
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  const total = await page.locator('#plan-total').innerText();
  const before = await savedGame(page);
  const amount = page.getByRole('spinbutton', { name: 'Self-service for Drop-in members: money per month', exact: true });
  for (const [typed, message] of [
    ['12.345', 'Amounts are in whole cents: use at most two decimals (for example $12.35).'],
    ['1e9', 'At most $2,500, this month\'s budget.'],
    ['2500.01', 'At most $2,500, this month\'s budget.'],
    ['-5', 'Enter an amount of 0 or more.'],
  ] as const) {
    await amount.fill(typed);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#plan-total')).toHaveText(total);
    expect((await savedGame(page)).moves).toEqual(before.moves);
  }
  await amount.fill('12.35');
  await expect(amount).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#plan-total')).toContainText('Planned this month: $12.35');
  await expectNoAxeViolations(page, 'plan with an amount refused and one accepted');
});

/** Reads a results-table row: the Total cell and the segment cells (their first amount). */
async function row(page: Page, id: string): Promise<{ total: number | null; segments: (number | null)[] }> {
  const cells = await page.locator(`.results-table tr[data-row="${id}"] td`).allInnerTexts();
  const values = cells.map((c) => (c.trim() === '' ? null : dollars(c) ?? Number(c.replace(/[,\s].*$/, ''))));
  return { total: values[0]!, segments: values.slice(1) };
}

test('5: the results add up, ratios keep their scale, money and cash have their own axes, colours agree, the forecast shows NPS and goals', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedGame(page, { scenarioId: 'tutorial', seed: 'adds-up', months: 5, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800, transactional: 300 }, coached: { 'personal-assistance': 1200, communities: 200 } } }] });
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await expect(page.locator('#forecast-nps')).toBeVisible();
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#forecast-nps caption')).toContainText('Goal: NPS among coached members of at least');
  await expect(page.locator('#forecast-customers caption')).toContainText('Goal: At least');
  await expect(page.locator('.forecast-score')).toHaveText(/^Projected score: \d+ to \d+ out of 100/);
  await runMonth(page, 1);
  await page.getByRole('button', { name: 'Plan month 2' }).click();
  await runMonth(page, 2);
  await openNumbers(page);
  for (const id of ['active', 'new', 'churned', 'revenue', 'spend', 'serve', 'profit', 'profit-so-far']) {
    const r = await row(page, id);
    expect(Math.round(r.segments.reduce((a: number, b) => a + (b ?? 0), 0)), id).toBe(Math.round(r.total!));
  }
  const cash = await row(page, 'cash');
  expect(cash.segments).toEqual([null, null]);
  expect(cash.total).toBe(20000 + (await row(page, 'profit-so-far')).total!);
  await expect(page.locator('#chart-cash')).toBeVisible();
  await expect(page.locator('#chart-money .play-legend')).not.toContainText('Cash');
  await expect(page.locator('#chart-clv-cac figcaption')).toContainText('logarithmic axis');
  const strokes = (chart: string) => page.locator(`${chart} svg.play-chart-svg path`).evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
  expect(await strokes('#chart-survival')).toEqual(await strokes('#chart-customers'));
});

test('6: the results say what binds, explain the event, and show the month\'s cash only once it has played out', async ({ page }) => {
  test.setTimeout(120_000);
  await seedGame(page, { scenarioId: 'tutorial', seed: 'binds', months: 5, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800 }, coached: { 'personal-assistance': 300 } } }] });
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  const status = page.locator('.play-status');
  await expect(status).toContainText('Cash $20,000');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('button', { name: 'Run month 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5 is playing' })).toBeVisible();
  await expect(status).toContainText('Cash $20,000');
  await expect(page.locator('.key-numbers')).toContainText('$20,000');
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: results' })).toBeVisible({ timeout: 20_000 });
  await expect(status).not.toContainText('Cash $20,000');
  await expect(page.getByRole('heading', { level: 2, name: /is playing/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Skip to the results' })).toHaveCount(0);
  await expect(page.locator('.results-events')).toContainText('The new-year rush: Resolutions bring a wave of people asking about memberships for two months.');
  await expect(page.locator('.results-binds')).toContainText(/Coached members expect personal assistance at 30% or more; it reached \d+%, \d+% short/);
  await expectNoAxeViolations(page, 'results saying what binds');
});

test('7: the market picture is in view while planning and reading results, and its passives and detractors differ in shape', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedGame(page, { scenarioId: 'coffee-chain', seed: 'picture', months: 3 });
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  expect(await inViewport(page, '.market-canvas canvas')).toBe(true);
  await runMonth(page, 1);
  expect(await inViewport(page, '.market-canvas canvas')).toBe(true);
  await expect(page.locator('.market-figure figcaption')).toContainText('drawn on one scale');
  await page.getByText('What the picture shows').click();
  const samples = await page.locator('.market-legend li svg :first-child').evaluateAll((shapes) => shapes.slice(0, 3).map((s) => `${s.tagName} ${s.getAttribute('fill')} ${s.getAttribute('points') ?? ''}`));
  expect(new Set(samples).size).toBe(3);
  await expect(page.locator('.market-legend')).toContainText('hollow grey diamond');
  await expect(page.locator('.market-legend')).toContainText('filled orange-red triangle pointing down');
});

test('8: a question is asked with the month\'s numbers in view', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await seedGame(page, { scenarioId: 'tutorial', seed: 'question', months: 5, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800 }, coached: { 'personal-assistance': 1200 } } }] });
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await runMonth(page, 1);
  await page.getByRole('button', { name: 'Plan month 2' }).click();
  await runMonth(page, 2);
  await page.getByRole('button', { name: 'Answer a question about this month' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'A decision point after month 2' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Month 2 at a glance' })).toBeVisible();
  expect(await inViewport(page, '.month-numbers')).toBe(true);
  expect(await inViewport(page, '.key-numbers')).toBe(true);
  await expect(page.locator('.key-numbers')).toContainText('2 of 5');
  await expectNoAxeViolations(page, 'a question beside the month\'s numbers');
});

test('9: the debrief fits what happened: spend and return per finding, lessons with reasons, a word on negative cash', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await rewriteScenario(page, 'tutorial', ...TUTORIAL_BILL);
  await page.goto('./#/play/tutorial');
  await page.getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  for (let month = 1; month <= 5; month++) {
    // After the bill no spend can be paid: each month runs with none.
    if (month > 1) await page.getByRole('button', { name: 'Clear all' }).click();
    await runMonth(page, month);
    await page.getByRole('button', { name: /^(Plan month \d|Answer a question about this month|See your debrief)$/ }).click();
    await answerQuestions(page);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.debrief-cash')).toContainText('Your cash went below zero in month 1');
  await expect(page.locator('.debrief-lessons li').first()).toBeVisible();
  await expect(page.locator('.debrief-lessons')).toContainText('Your cash went below zero: spend has to pay back');
  await expect(page.locator('section[aria-labelledby="findings-title"] [role="status"]')).toHaveText(/^The (largest effect|\d+ largest effects) of your spending:$/, { timeout: 60_000 });
});

test('9: in a game with spend, each finding of the debrief says what it cost and what it returned', async ({ page }) => {
  // A page of its own: the rewritten scenario of the test above may sit in that page's HTTP cache.
  test.setTimeout(120_000);
  await seedGame(page, { scenarioId: 'tutorial', seed: 'debrief', months: 2, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800, 'dedicated-personal-assistance': 500 }, coached: { 'personal-assistance': 1200 } } }, { type: 'play' }, { type: 'play' }] });
  // The saved game reopens on its decision point (or, without one, on the debrief).
  await expect(page.getByRole('heading', { level: 2, name: /^(A decision point after month 2|Debrief)$/ })).toBeVisible();
  await answerQuestions(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.debrief-findings li').first()).toContainText(/Spent \$[\d,]+ over the game; value returned/, { timeout: 60_000 });
  await expect(page.locator('section[aria-labelledby="findings-title"] [role="status"]')).toHaveText(/^The (largest effect|\d+ largest effects) of your spending:$/);
  await expect(page.locator('.debrief-lessons li .lesson-why').first()).not.toBeEmpty();
  await expectNoAxeViolations(page, 'debrief with findings and lessons');
});

test('10: the tutorial\'s words match the screens, and on a phone the total, the forecast and Run stay in view, with the results\' Total column', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await seedGame(page, { scenarioId: 'tutorial', seed: 'phone', months: 5, moves: [{ type: 'plan', spend: { 'drop-in': { 'self-service': 800 }, coached: { 'personal-assistance': 1200 } } }] });
  const briefing = await page.locator('.briefing-screen').innerText();
  expect(briefing).not.toMatch(/budget panel/i);
  expect(briefing).toContain('plan your spend');
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: plan your spend' })).toBeVisible();
  await expectNoSideScroll(page, 'plan on a phone');
  await page.getByRole('tab', { name: 'Coached members' }).click();
  const slider = page.getByRole('slider', { name: 'Dedicated personal assistance for Coached members: share of the segment\'s money', exact: true });
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByText('Forecast up to date.')).toBeAttached({ timeout: 30_000 });
  for (const part of ['#plan-total', '.plan-bar-forecast', '.plan-bar-run button']) expect(await inViewport(page, part), part).toBe(true);
  expect(await slider.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
  // Over the budget: Run is off, and says why, beside it.
  await page.getByRole('spinbutton', { name: 'Drop-in members: money per month', exact: true }).fill('2400');
  await expect(page.getByRole('button', { name: 'Run month 1' })).toBeDisabled();
  expect(await inViewport(page, '#run-reason')).toBe(true);
  await expect(page.locator('#run-reason')).toContainText('over the month\'s budget');
  await expectNoAxeViolations(page, 'plan on a phone, over the budget');
  await page.getByRole('spinbutton', { name: 'Drop-in members: money per month', exact: true }).fill('800');
  await page.getByRole('spinbutton', { name: 'Coached members: money per month', exact: true }).fill('1200');
  await runMonth(page, 1);
  await openNumbers(page);
  const table = page.getByRole('table', { name: /^Month 1 by segment/ });
  await table.scrollIntoViewIfNeeded();
  expect(await table.locator('th', { hasText: 'Total' }).evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
  await expectNoSideScroll(page, 'results on a phone');
});
