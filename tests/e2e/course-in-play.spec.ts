// The course and the game in each other (issue 13): a lesson's "How Rapport measures this" boxes
// and retention table come from the model; a lesson's "Try it" opens the game in its prepared state;
// a decision point quotes the player's own numbers; a missed point comes back in Review.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './proof-helpers';
import { tsImport } from 'tsx/esm/api';
import { ageProgress } from '../fixtures/learn/e2e-support';

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => expect(errors, 'console errors').toEqual([]));

test('a lesson shows how Rapport measures its metrics, with a worked example and the model\'s retention table', async ({ page }) => {
  await page.goto('./#/lessons/relationship-economics');
  const box = page.getByRole('complementary', { name: 'How Rapport measures this: Paid customer acquisition cost' });
  await expect(box).toBeVisible();
  await expect(box.getByRole('table', { name: /^Worked example: .*Neighbourhood regulars, month 6/ })).toBeVisible();
  await expect(box.getByRole('row', { name: /^Paid CAC \$[\d,.]+$/ })).toBeVisible();
  const retention = page.getByRole('table', { name: /^In Rapport's model: five more points of annual retention/ });
  await expect(retention.getByRole('row')).toHaveCount(4);
  await expect(retention.getByRole('row', { name: /^Office catering accounts \d+% \d+% \$[\d,]+ \$[\d,]+ \+\d+%$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'lesson with measures boxes');
});

test('"Open it in the game" starts the lesson\'s game in its prepared month, with the change to make beside it', async ({ page }) => {
  const lesson = 'relationship-economics';
  await page.goto(`./#/lessons/${lesson}`);
  await page.getByRole('link', { name: 'Open it in the game' }).click();
  await expect(page).toHaveURL(/#\/play\/coffee-chain$/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Try it from the lesson “The economics of relationships: CLV, CAC and payback”' })).toBeVisible();
  await expect(page.locator('.try-banner')).toContainText('The change to make:');
  // The saved game holds the prepared months and the lesson it came from.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.session') ?? 'null'));
  expect(saved.state.session.game).toMatchObject({ scenarioId: 'coffee-chain', seed: `try/${lesson}`, lesson, mode: 'practice' });
  const played = saved.state.session.moves.filter((m: { type: string }) => m.type === 'play').length;
  expect(played).toBeGreaterThanOrEqual(1);
  await expect(page.locator('.play-status')).toContainText(`Month ${played + 1} of 24`);
  await expectNoAxeViolations(page, 'a Try-it game');
});

test('a decision point quotes the month\'s own numbers, and a missed one comes back in Review with them', async ({ page }) => {
  test.setTimeout(120_000);
  // Two months of the tutorial, saved before the page loads: the first question fires after month 2.
  const engine = (await tsImport('../../src/engine/index.ts', import.meta.url)) as typeof import('../../src/engine');
  const { loadScenario } = (await tsImport('../../src/content/scenario/load-node.ts', import.meta.url)) as typeof import('../../src/content/scenario/load-node');
  const { scenario, file, points } = loadScenario('tutorial');
  const seed = 'course-in-play';
  const moves = [engine.planMove({ spend: file.suggestedSpend ?? {} }), { type: 'play' }, { type: 'play' }] as const;
  const market = engine.resolveMarket({ scenario, goals: file.goals, points, seed });
  if (!market.ok) throw new Error(market.error);
  const game = engine.replay(market.value, [...moves]);
  if (!game.ok) throw new Error(game.error);
  expect(game.state.pending[0]).toBe('first-results');
  const report = game.state.run.reports[1]!;
  const session = {
    state: { session: { game: { scenarioId: 'tutorial', scenarioHash: engine.scenarioHash(scenario), seed, months: 5, mode: 'practice' }, moves, view: { screen: 'game', feedback: null } } },
    version: 2,
  };
  await page.addInitScript((s) => {
    if (sessionStorage.getItem('test.seeded')) return;
    sessionStorage.setItem('test.seeded', '1');
    localStorage.setItem('rapport.session', s);
  }, JSON.stringify(session));
  await page.goto('./#/play/tutorial');

  const question = page.getByRole('group', { name: /^After two months:/ });
  await expect(question).toBeVisible({ timeout: 30_000 });
  const prompt = `After two months: ${report.total.newCustomers} new members joined in month 2, ${report.total.churned} left, and revenue was ${engine.formatMoney(report.total.revenue, scenario.currency)}.`;
  await expect(question.locator('legend')).toContainText(prompt);
  await question.getByRole('radio', { name: /^New members/ }).check();
  await page.getByRole('button', { name: 'Submit the answer' }).click();
  await expect(page.locator('.question-feedback')).toContainText('Not the best answer.');
  await expect(page.locator('.question-feedback')).toContainText('This question is now in your review queue');
  await expectNoAxeViolations(page, 'a missed decision point');

  await ageProgress(page, 11 * 60_000);
  await page.goto('./#/review');
  await expect(page.getByRole('heading', { name: 'Due now: 1 question' })).toBeVisible();
  await expect(page.getByText(prompt, { exact: false })).toBeVisible();
  await expect(page.getByText('From the game: First steps', { exact: false })).toBeVisible();
});
