// Storage trouble in the browser: a full localStorage (setItem throws QuotaExceededError) while
// learning, while playing and from the moment the page loads; damaged and newer-version saves
// written before load; and a page closed in the middle of a month's animation. Each problem is
// reported or recovered, and what was saved before is never lost: the saved game reopens with
// every completed month and the engine's own numbers.
import { expect, test, type Page } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import { course } from '../fixtures/learn/e2e-support';
import { answerQuestions, playFirstMonth, watchErrors } from './proof-helpers';
import type { Move } from '../../src/engine';

const FULL_FLAG = 'test.quota-full';
const FULL_MESSAGE = /storage for the site is full/;

/** From now on (and after reloads) localStorage.setItem throws QuotaExceededError while the flag is set. */
async function installQuota(page: Page): Promise<void> {
  await page.addInitScript((flag) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.localStorage && key !== flag && window.localStorage.getItem(flag) === '1') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }, FULL_FLAG);
}
const setFull = (page: Page, full: boolean) => page.evaluate(([flag, on]) => (on ? localStorage.setItem(flag, '1') : localStorage.removeItem(flag)), [FULL_FLAG, full] as const);
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
/** Months played in a saved game (its play moves). */
const plays = (save: { state: { session: { moves: Move[] } } }) => save.state.session.moves.filter((m) => m.type === 'play').length;

const lesson = course.lessons[0]!;
const singles = lesson.inlineChecks.map((id) => course.questions[id]!).filter((q) => q.kind === 'single');

async function answer(page: Page, index: number): Promise<void> {
  const question = singles[index]!;
  if (question.kind !== 'single') return;
  const box = page.locator(`#inline-${question.id}-title`).locator('..');
  await box.getByRole('radio', { name: question.options.find((o) => o.correct)!.text, exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toHaveText('Right!');
}

const status = (page: Page, index: number) => page.locator(`#inline-${singles[index]!.id}-title`).locator('..').locator('.question-status');

let errors: string[] = [];
test.beforeEach(({ page }) => { errors = watchErrors(page); });
test.afterEach(() => { expect(errors.filter((e) => e.startsWith('uncaught')), 'uncaught exceptions').toEqual([]); });

test('a full storage while learning is reported, and the progress saved before it is kept', async ({ page }) => {
  await installQuota(page);
  await page.goto(`./#/lessons/${lesson.id}`);
  await answer(page, 0);
  const before = await stored(page, 'rapport.progress');
  expect(JSON.parse(before!).state.answers[singles[0]!.id].attempts).toBe(1);
  await setFull(page, true);
  await answer(page, 1);
  await expect(page.getByText(FULL_MESSAGE)).toBeVisible();
  expect(await stored(page, 'rapport.progress')).toBe(before);
  await setFull(page, false);
  await page.reload();
  await expect(status(page, 0)).toHaveText('Your last answer was right (1 attempt so far).');
});

test('a full storage while playing is reported, and the months saved before it are kept', async ({ page }) => {
  test.setTimeout(120_000);
  await installQuota(page);
  await playFirstMonth(page, 'tutorial');
  const afterMonth1 = JSON.parse((await stored(page, 'rapport.session'))!);
  expect(plays(afterMonth1)).toBe(1);
  await setFull(page, true);
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await expect(page.getByText(FULL_MESSAGE)).toBeVisible();
  const kept = JSON.parse((await stored(page, 'rapport.session'))!);
  expect(kept.state.session.moves).toEqual(afterMonth1.state.session.moves);
  await setFull(page, false);
  await page.reload();
  await expect(page.locator('.play-status')).toContainText('Month');
  await expect(page.getByRole('heading', { level: 2, name: 'Start a game' })).toHaveCount(0);
  expect(plays(JSON.parse((await stored(page, 'rapport.session'))!))).toBe(1);
});

test('with storage already full when the page loads, the saved progress and game are still shown', async ({ page }) => {
  test.setTimeout(120_000);
  await installQuota(page);
  await page.goto(`./#/lessons/${lesson.id}`);
  await answer(page, 0);
  await playFirstMonth(page, 'tutorial');
  await setFull(page, true);
  await page.goto(`./#/lessons/${lesson.id}`);
  await page.reload();
  await expect(status(page, 0)).toHaveText('Your last answer was right (1 attempt so far).');
  await answer(page, 1);
  await expect(page.getByText(FULL_MESSAGE)).toBeVisible();
  await page.goto('./#/play/tutorial');
  await expect(page.getByRole('heading', { level: 2, name: 'Month 1 of 5: results' })).toBeVisible();
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await expect(page.getByText(FULL_MESSAGE)).toBeVisible();
  expect(plays(JSON.parse((await stored(page, 'rapport.session'))!))).toBe(1);
  expect(JSON.parse((await stored(page, 'rapport.progress'))!).state.answers[singles[1]!.id]).toBeUndefined();
});

test('damaged and newer saves written before load are reported, kept aside, and new saves work', async ({ page }) => {
  test.setTimeout(120_000);
  const garbage = '{"state": {"answers": {"q": oops';
  const newer = JSON.stringify({ state: { session: { from: 'the future' } }, version: 99 });
  // The saves are in place before any script of the page runs (once per tab), so the stores read
  // them when they are first created: nothing of the app can run, or write, before they are there.
  await page.addInitScript(([g, n]) => {
    if (sessionStorage.getItem('test.seeded')) return;
    sessionStorage.setItem('test.seeded', '1');
    localStorage.setItem('rapport.progress', g!);
    localStorage.setItem('rapport.session', n!);
  }, [garbage, newer]);
  await page.goto(`./#/lessons/${lesson.id}`);
  await expect(page.locator('.progress-notices .notice')).toContainText('rapport.progress.corrupt.1');
  expect(await stored(page, 'rapport.progress.corrupt.1')).toBe(garbage);
  await answer(page, 0);
  expect(JSON.parse((await stored(page, 'rapport.progress'))!).state.answers[singles[0]!.id].attempts).toBe(1);

  await page.goto('./#/play/tutorial');
  await expect(page.locator('main')).toContainText(/newer version|rapport\.session\.corrupt\.1/);
  expect(JSON.parse((await stored(page, 'rapport.session.corrupt.1'))!)).toMatchObject({ version: 99 });
  await page.getByRole('button', { name: 'Start this scenario' }).click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  expect(JSON.parse((await stored(page, 'rapport.session'))!).state.session.game.scenarioId).toBe('tutorial');
  expect(await stored(page, 'rapport.session.corrupt.1')).not.toBeNull();
});

test('closing the page during a month\'s animation loses no completed month: it reopens with the same numbers', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await playFirstMonth(page, 'tutorial');
  const month1Table = await page.getByRole('table', { name: /^Month 1 by segment/ }).innerText();
  await page.getByRole('button', { name: /^(Plan month 2|Answer a question about this month)$/ }).click();
  await answerQuestions(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Month 2 of 5: plan your spend' })).toBeVisible();
  await page.getByRole('button', { name: 'Run month 2' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Month 2 of 5 is playing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip to the results' })).toBeEnabled();
  const saved = JSON.parse((await stored(page, 'rapport.session'))!).state.session as { game: { seed: string; months: number }; moves: Move[] };
  await page.close();

  const again = await context.newPage();
  await again.goto('./#/play/tutorial');
  await expect(again.locator('.play-status')).toContainText(/Month 2 of 5/);
  // The month plays again in the picture, then its results come by themselves, with the table open as it was left.
  await expect(again.getByRole('heading', { level: 2, name: 'Month 2 of 5: results' })).toBeVisible({ timeout: 20_000 });
  const month2Table = await again.getByRole('table', { name: /^Month 2 by segment/ }).innerText();

  // The engine in Node replays the saved decisions: the tables show its numbers for both months.
  type Engine = typeof import('../../src/engine');
  const engine = (await tsImport('../../src/engine/index.ts', import.meta.url)) as Engine;
  const { loadScenario } = (await tsImport('../../src/content/scenario/load-node.ts', import.meta.url)) as typeof import('../../src/content/scenario/load-node');
  const { scenario, file, points } = loadScenario('tutorial');
  expect(saved.moves.filter((m) => m.type === 'play')).toHaveLength(2);
  const market = engine.resolveMarket({ scenario, goals: file.goals, points, seed: saved.game.seed, months: saved.game.months });
  if (!market.ok) throw new Error(market.error);
  const replayed = engine.replay(market.value, saved.moves);
  if (!replayed.ok) throw new Error(replayed.error);
  const replay = { reports: replayed.state.run.reports };
  const shows = (table: string, report: (typeof replay.reports)[number]) => {
    expect(table).toContain(engine.formatCount(report.total.active));
    expect(table).toContain(engine.formatMoney(report.total.cash, scenario.currency));
    expect(table).toContain(engine.formatMoney(report.total.revenue, scenario.currency));
  };
  shows(month1Table, replay.reports[0]!);
  shows(month2Table, replay.reports[1]!);
});
