// The Learn part end to end: reading and answering with progress kept across reloads, the review
// queue, export / import / reset, keyboard-only use, accessibility scans of every learning route,
// layout at 375px and at 200% text, damaged saves reported, and no Phaser on lesson routes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { NumericQuestion, OpenQuestion, SingleQuestion } from '../../src/content/learn/course-types';
import { course, expectNoAxeViolations, expectVisibleFocus, tabTo } from '../fixtures/learn/e2e-support';

const firstLesson = course.lessons[0]!;
const learnRoutes = ['#/lessons', ...course.lessons.map((l) => `#/lessons/${l.id}`), '#/glossary', `#/glossary/${course.glossary[0]!.id}`, '#/review', '#/progress'];

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => {
  expect(errors, 'console errors').toEqual([]);
});

/** The first two inline checks of the first lesson that are single-choice questions. */
function inlineSingles(): SingleQuestion[] {
  return firstLesson.inlineChecks.map((id) => course.questions[id]!).filter((q): q is SingleQuestion => q.kind === 'single').slice(0, 2);
}

test('answers are saved, survive a reload, and a missed question comes back in Review', async ({ page }) => {
  const [rightOne, wrongOne] = inlineSingles();
  expect(wrongOne, 'the first lesson needs two single-choice inline checks').toBeDefined();
  await page.goto(`./#/lessons/${firstLesson.id}`);
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();

  const first = page.locator(`#inline-${rightOne!.id}-title`).locator('..');
  await first.getByRole('radio', { name: rightOne!.options.find((o) => o.correct)!.text, exact: true }).check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.locator('.verdict')).toHaveText('Right!');
  await expect(page.locator('#announcer')).toContainText('Right!');
  await expect(first.getByRole('button', { name: 'Try again' })).toBeFocused();

  const second = page.locator(`#inline-${wrongOne!.id}-title`).locator('..');
  const wrongOption = wrongOne!.options.find((o) => !o.correct)!;
  await second.getByRole('radio', { name: wrongOption.text, exact: true }).check();
  await second.getByRole('button', { name: 'Check answer' }).click();
  await expect(second.locator('.verdict')).toContainText('Not quite.');
  await expect(second.locator(`#inline-${wrongOne!.id}-fb-${wrongOption.id}`)).toContainText(wrongOption.feedback);
  await expect(page.locator('#announcer')).toContainText('Not quite.');
  await expectNoAxeViolations(page, 'lesson with feedback shown');

  await page.reload();
  await expect(page.locator(`#inline-${rightOne!.id}-title`).locator('..').locator('.question-status')).toHaveText('Your last answer was right (1 attempt so far).');
  await expect(page.locator(`#inline-${wrongOne!.id}-title`).locator('..').locator('.question-status')).toHaveText('Your last answer was not right (1 attempt so far).');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Due now: 1 question' })).toBeVisible();
  await expect(page.getByText(wrongOne!.prompt)).toBeVisible();
  await expect(page.getByText(rightOne!.prompt)).toHaveCount(0);
  const review = page.locator(`#review-${wrongOne!.id}-title`).locator('..');
  await review.getByRole('radio', { name: wrongOne!.options.find((o) => o.correct)!.text, exact: true }).check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.locator('.verdict')).toHaveText('Right!');
  await expect(page.locator('.forecast')).toContainText('1 due within a day');

  await page.goto('./#/lessons');
  await expect(page.locator('.lesson-card').first()).toContainText(`2 of ${firstLesson.questions.length} questions answered, 2 right.`);
});

test('progress exports to a file, imports back, refuses a bad file, and resets only after confirming', async ({ page }, testInfo) => {
  const [question] = inlineSingles();
  await page.goto(`./#/lessons/${firstLesson.id}`);
  const box = page.locator(`#inline-${question!.id}-title`).locator('..');
  await box.getByRole('radio', { name: question!.options.find((o) => !o.correct)!.text, exact: true }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toContainText('Not quite.');

  await page.goto('./#/progress');
  await expect(page.getByText(`Questions answered: 1 of ${Object.keys(course.questions).length}`)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rapport-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exportedPath = testInfo.outputPath('exported.json');
  await download.saveAs(exportedPath);
  const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
  expect(exported.format).toBe('rapport-progress');
  expect(exported.progress.answers[question!.id].lastResult).toBe('incorrect');

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(`Questions answered: 1 of`)).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(page.getByText(`Questions answered: 0 of`)).toBeVisible();

  const importer = page.getByLabel('Import progress from a file');
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "rapport-progress", "version": 1, "progress": {"answers": []}}') });
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(page.getByText(`Questions answered: 0 of`)).toBeVisible();

  await importer.setInputFiles(exportedPath);
  await expect(page.locator('.transfer-message')).toContainText('Progress imported from “exported.json”: 1 answered question');
  await expect(page.getByText(`Questions answered: 1 of`)).toBeVisible();
  await page.reload();
  await expect(page.getByText('In your review queue: 1 question (1 due now)')).toBeVisible();
});

test('a numeric question shows the working when wrong, and an open question is self-assessed', async ({ page }) => {
  const numericLesson = course.lessons.find((l) => l.inlineChecks.some((id) => course.questions[id]!.kind === 'numeric'))!;
  const numeric = numericLesson.inlineChecks.map((id) => course.questions[id]!).find((q): q is NumericQuestion => q.kind === 'numeric')!;
  await page.goto(`./#/lessons/${numericLesson.id}`);
  const box = page.locator(`#inline-${numeric.id}-title`).locator('..');
  const input = box.getByLabel(numeric.unit === '' ? 'Your answer' : `Your answer (in ${numeric.unit})`);
  await input.fill('not a number');
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.form-message')).toContainText('is not a number');
  await input.fill(String(numeric.answer + 10 * numeric.tolerance + 1));
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toContainText('Not quite.');
  await expect(box.locator(`#inline-${numeric.id}-number-fb`)).toContainText(numeric.feedback.incorrect);
  await box.getByRole('button', { name: 'Try again' }).click();
  await expect(input).toBeFocused();
  await input.fill(String(numeric.answer));
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toHaveText('Right!');

  const openLesson = course.lessons.find((l) => l.questions.some((id) => course.questions[id]!.kind === 'open'))!;
  const open = openLesson.questions.map((id) => course.questions[id]!).find((q): q is OpenQuestion => q.kind === 'open')!;
  const scope = openLesson.inlineChecks.includes(open.id) ? `inline-${open.id}` : `end-${open.id}`;
  await page.goto(`./#/lessons/${openLesson.id}`);
  const openBox = page.locator(`#${scope}-title`).locator('..');
  await openBox.getByRole('button', { name: 'Show the model answer' }).click();
  await expect(openBox.locator('.form-message')).toContainText('Write your answer first');
  await openBox.getByLabel('Your answer', { exact: true }).fill('Start personal, then add self-service and a community as the customer base grows.');
  await openBox.getByRole('button', { name: 'Show the model answer' }).click();
  await expect(openBox.getByText(open.modelAnswer)).toBeVisible();
  await expect(openBox.getByRole('checkbox', { name: open.rubric[0]! })).toBeFocused();
  await openBox.getByRole('checkbox', { name: open.rubric[0]! }).check();
  await openBox.getByRole('button', { name: 'Save my self-assessment' }).click();
  await expect(openBox.locator('.verdict')).toHaveText(`Saved: your answer covers 1 of ${open.rubric.length} points. This question will come back in your review.`);
  await expectNoAxeViolations(page, 'open question after self-assessment');
  await page.goto('./#/review');
  await expect(page.getByText(open.prompt)).toBeVisible();
});


test('keyboard alone works through a lesson and its checks, with visible focus', async ({ page }) => {
  const lesson = course.lessons.find((l) => l.inlineChecks.some((id) => course.questions[id]!.kind === 'ordering'))!;
  await page.goto('./');
  await tabTo(page, 'a[href="#/lessons"]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await tabTo(page, `a[href="#/lessons/${lesson.id}"]`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();

  for (const id of lesson.inlineChecks) {
    const question = course.questions[id]!;
    const scope = `inline-${id}`;
    if (question.kind === 'multiple' || question.kind === 'single') {
      const options = question.options;
      await tabTo(page, `#${scope}-opt-${options[0]!.id}`);
      await expectVisibleFocus(page);
      if (question.kind === 'multiple') {
        for (let i = 0; i < options.length; i++) {
          if (i > 0) await page.keyboard.press('Tab');
          if (options[i]!.correct) await page.keyboard.press('Space');
        }
      } else {
        const target = options.findIndex((o) => o.correct);
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
        if (target === 0) await page.keyboard.press('Space');
      }
    } else if (question.kind === 'ordering') {
      // Bring the item that belongs at each position up to it with "Move … up" (Enter).
      const items = question.items;
      for (let target = 0; target < items.length; target++) {
        const current = await page.locator(`#${scope}-title`).locator('..').locator('.ordering-text').allTextContents();
        const at = current.indexOf(items[target]!);
        if (at === target) continue;
        await tabTo(page, `button[aria-label="Move “${items[target]}” up"]`);
        await expectVisibleFocus(page);
        for (let step = 0; step < at - target; step++) await page.keyboard.press('Enter');
        await expect(page.locator('#announcer')).toHaveText(`“${items[target]}” moved to position ${target + 1} of ${items.length}.`);
      }
    } else {
      continue;
    }
    await tabTo(page, `#${scope}-title ~ form button[type="submit"]`);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${scope}-title ~ form .verdict`)).toHaveText('Right!');
  }

  const matching = lesson.questions.map((id) => course.questions[id]!).find((q) => q.kind === 'matching' && !lesson.inlineChecks.includes(q.id));
  if (matching && matching.kind === 'matching') {
    const scope = `end-${matching.id}`;
    for (let index = 0; index < matching.pairs.length; index++) {
      await tabTo(page, `#${scope}-match-${index}`);
      const options = await page.locator(`#${scope}-match-${index} option`).allTextContents();
      const steps = options.indexOf(matching.pairs[index]!.right);
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      await expect(page.locator(`#${scope}-match-${index}`)).toHaveValue(matching.pairs[index]!.right);
    }
    await tabTo(page, `#${scope}-title ~ form button[type="submit"]`);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${scope}-title ~ form .verdict`)).toHaveText('Right!');
  }

  await tabTo(page, '.read-control button');
  await page.keyboard.press('Space');
  await expect(page.locator('.read-status')).toHaveText('You have read this lesson.');
  await tabTo(page, 'a[rel="next"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: course.lessons[lesson.order]!.title })).toBeVisible();
});

test('every learning route passes an axe scan with zero violations', async ({ page }) => {
  test.setTimeout(180_000);
  for (const route of learnRoutes) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1')).toBeVisible();
    await expectNoAxeViolations(page, route);
  }
});

test('learning pages fit a 375px screen and text at 200% without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const route of learnRoutes) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await overflow(), `${route} at 375px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const route of ['#/lessons', `#/lessons/${firstLesson.id}`, '#/glossary', '#/progress']) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1')).toBeVisible();
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    expect(await overflow(), `${route} at 200% text`).toBeLessThanOrEqual(0);
  }
});

test('the glossary filters as you type and a term address highlights that term', async ({ page }) => {
  const term = course.glossary[Math.floor(course.glossary.length / 2)]!;
  await page.goto(`./#/glossary/${term.id}`);
  const heading = page.locator(`#term-${term.id}`);
  await expect(heading).toBeFocused();
  await expect(heading.locator('..')).toHaveClass(/is-highlighted/);
  await expect(page.locator('.is-highlighted')).toHaveCount(1);

  const search = page.getByRole('searchbox', { name: 'Search the glossary' });
  await search.fill(term.term);
  const expected = course.glossary.filter((t) => `${t.term} ${t.definition}`.toLowerCase().includes(term.term.toLowerCase())).length;
  await expect(page.locator('#glossary-count')).toHaveText(`${expected} ${expected === 1 ? 'term' : 'terms'} match “${term.term}”.`);
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(expected);
  await search.fill('zzzz-no-such-term');
  await expect(page.getByText('No term matches your search.')).toBeVisible();
});

test('a damaged save is reported, kept aside and downloadable', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('rapport.progress', '{"state": {"answers": oops'));
  await page.goto('./#/lessons');
  const notice = page.locator('.progress-notices .notice');
  await expect(notice).toContainText('could not be used because it is not readable');
  await expect(notice).toContainText('rapport.progress.corrupt.1');
  expect(await page.evaluate(() => localStorage.getItem('rapport.progress.corrupt.1'))).toBe('{"state": {"answers": oops');
  await page.goto('./#/progress');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download “rapport.progress.corrupt.1”' }).click()]);
  expect(download.suggestedFilename()).toBe('rapport.progress.corrupt.1.txt');
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(notice).toHaveCount(0);
});

test('Home leads into the course; lesson routes load no Phaser and stay within the JS budget', async ({ page }) => {
  const scripts = new Set<string>();
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname); });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 2, name: 'What the course covers' })).toBeVisible();
  await expect(page.locator('.home-lessons li')).toHaveCount(course.lessons.length);
  await page.getByRole('link', { name: 'Start learning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.getByRole('link', { name: `1. ${firstLesson.title}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();

  expect([...scripts].filter((s) => /phaser/i.test(s))).toEqual([]);
  const gzipBytes = [...scripts].reduce((sum, script) => sum + gzipSync(readFileSync(path.join('dist', script.replace(/^\//, '')))).length, 0);
  expect(gzipBytes, 'gzip bytes of JS for Home + Lessons + one lesson').toBeLessThanOrEqual(60 * 1024);
});
