// The Learn part end to end: reading and answering with progress kept across reloads, the review
// queue (spaced, with play misses and new numbers for parametric questions), options in each
// learner's own order graded by id, export / import / reset, keyboard-only use, accessibility scans
// of every learning route and the teaching guide, layout at 375px and at 200% text, damaged saves
// reported, and no Phaser on lesson routes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { NumericQuestion, OpenQuestion, SingleQuestion } from '../../src/content/learn/course-types';
import { learnerOrder } from '../../src/content/learn/learner-order';
import { learnerInstance } from '../../src/content/learn/numeric-variants';
import {
  ageProgress, course, expectNoAxeViolations, expectVisibleFocus, savedProgress, seedProgress, shownOptionIds, tabTo,
} from '../fixtures/learn/e2e-support';

const firstLesson = course.lessons[0]!;
const learnRoutes = ['#/lessons', ...course.lessons.map((l) => `#/lessons/${l.id}`), '#/glossary', `#/glossary/${course.glossary[0]!.id}`, '#/review', '#/progress'];
const ELEVEN_MINUTES = 11 * 60_000;

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

  // Straight after the miss nothing is due: spacing is what makes a review count.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(page.getByText(/^Nothing is due right now\. The next question comes back in \d+ minutes?\.$/)).toBeVisible();
  await ageProgress(page, ELEVEN_MINUTES);
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
  await expect(page.getByText('In your review queue: 1 question (0 due now)')).toBeVisible();
  expect((await savedProgress(page)).learnerId).toBe(exported.progress.learnerId);
});

test('a numeric question draws its own numbers, explains a known wrong answer, shows new numbers on retry and on review', async ({ page }) => {
  const numericLesson = course.lessons.find((l) => l.inlineChecks.some((id) => course.questions[id]!.kind === 'numeric'))!;
  const numeric = numericLesson.inlineChecks.map((id) => course.questions[id]!).find((q): q is NumericQuestion => q.kind === 'numeric')!;
  await page.goto(`./#/lessons/${numericLesson.id}`);
  const box = page.locator(`#inline-${numeric.id}-title`).locator('..');
  await expect(box.locator('legend')).toBeVisible();
  const { learnerId } = await savedProgress(page);
  const first = learnerInstance(numeric, learnerId, 0);
  await expect(box.locator('legend')).toHaveText(first.prompt);
  await page.reload();
  await expect(box.locator('legend')).toHaveText(first.prompt);

  const input = box.getByLabel(numeric.unit === '' ? 'Your answer' : `Your answer (in ${numeric.unit})`);
  await input.fill('not a number');
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.form-message')).toContainText('is not a number');
  await box.getByRole('button', { name: 'Show a hint' }).click();
  await expect(box.locator('.hint-list li').first()).toHaveText(first.hints[0]!);
  const trap = first.traps.find((t) => Math.abs(t.value - first.answer) > 2 * numeric.tolerance + 0.01)!;
  await input.fill(trap.value.toFixed(4));
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toContainText('Not quite.');
  await expect(box.locator(`#inline-${numeric.id}-number-fb`)).toContainText(trap.explanation);
  await expect(box.locator(`#inline-${numeric.id}-number-fb`)).toContainText(first.incorrectFeedback);
  await expect(box.locator('.explanation')).toHaveText(numeric.explanation);
  expect((await savedProgress(page)).answers[numeric.id].last).toMatchObject({ variant: { n: 0, inputs: first.inputs }, misconceptions: [trap.misconception] });

  await box.getByRole('button', { name: 'Try again' }).click();
  await expect(input).toBeFocused();
  const second = learnerInstance(numeric, learnerId, 1);
  expect(second.prompt).not.toBe(first.prompt);
  await expect(box.locator('legend')).toHaveText(second.prompt);
  await input.fill(second.answer.toFixed(numeric.decimals));
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toHaveText('Right!');

  // On review, later, the question comes back with numbers it has not shown before.
  await ageProgress(page, ELEVEN_MINUTES);
  await page.goto('./#/review');
  const review = page.locator(`#review-${numeric.id}-title`).locator('..');
  const third = learnerInstance(numeric, learnerId, 2);
  expect([first.prompt, second.prompt]).not.toContain(third.prompt);
  await expect(review.locator('legend')).toHaveText(third.prompt);
  await review.getByLabel(numeric.unit === '' ? 'Your answer' : `Your answer (in ${numeric.unit})`).fill(third.answer.toFixed(numeric.decimals));
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.locator('.verdict')).toHaveText('Right!');
  await expect(review.locator('.queue-note')).toHaveText('Next review in 1 day.');
  await expectNoAxeViolations(page, 'review after a numeric answer');
});

test('an open question and a design task are self-assessed, and the design task shows three graded examples', async ({ page }) => {
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

  const designId = Object.values(course.questions).find((q) => q.kind === 'design')!.id;
  const design = course.questions[designId]!;
  if (design.kind !== 'design') throw new Error('no design task');
  await page.goto(`./#/lessons/${design.lesson}`);
  const designBox = page.locator(`#end-${design.id}-title`).locator('..');
  await designBox.getByLabel('Your answer', { exact: true }).fill('A named account manager for the hotel groups, a portal for re-orders, reviews every quarter.');
  await designBox.getByRole('button', { name: 'Compare with the examples' }).click();
  for (const level of ['weak', 'adequate', 'strong'] as const) await expect(designBox.getByText(design.exemplars[level].answer)).toBeVisible();
  await designBox.getByRole('button', { name: 'Save my self-assessment' }).click();
  await expect(designBox.locator('.form-message')).toContainText('closest to');
  await designBox.getByRole('radio', { name: 'Adequate' }).check();
  await designBox.getByRole('checkbox', { name: design.checklist[0]! }).check();
  await designBox.getByRole('button', { name: 'Save my self-assessment' }).click();
  await expect(designBox.locator('.verdict')).toHaveText(`Saved: your answer covers 1 of ${design.checklist.length} points. This question will come back in your review.`);
  expect((await savedProgress(page)).answers[design.id].last).toEqual({ response: 1, level: 'adequate' });
  await expectNoAxeViolations(page, 'design task after self-assessment');

  await ageProgress(page, ELEVEN_MINUTES);
  await page.goto('./#/review');
  await expect(page.getByText(open.prompt)).toBeVisible();
  await expect(page.getByText(design.prompt)).toBeVisible();
});

test('two learners see the options in different orders and both are graded right by option id', async ({ browser }) => {
  const question = firstLesson.inlineChecks.map((id) => course.questions[id]!).find((q): q is SingleQuestion => q.kind === 'single')!;
  const ids = question.options.map((o) => o.id);
  const ada = 'ada0000000000001';
  const bo = Array.from({ length: 50 }, (_, i) => `b0${i.toString(16).padStart(14, '0')}`)
    .find((id) => learnerOrder(id, question.id, ids).join() !== learnerOrder(ada, question.id, ids).join())!;
  const shown: string[][] = [];
  for (const learnerId of [ada, bo]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('./');
    await seedProgress(page, { learnerId, answers: {}, lessons: {}, review: {}, variants: {}, predictions: {}, misconceptions: {} });
    await page.goto(`./#/lessons/${firstLesson.id}`);
    const scope = `inline-${question.id}`;
    await expect(page.locator(`#${scope}-title`)).toBeVisible();
    const order = await shownOptionIds(page, scope);
    expect(order).toEqual(learnerOrder(learnerId, question.id, ids));
    shown.push(order);
    const box = page.locator(`#${scope}-title`).locator('..');
    const right = question.options.find((o) => o.correct)!;
    await box.locator(`#${scope}-opt-${right.id}`).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(box.locator('.verdict')).toHaveText('Right!');
    const saved = await savedProgress(page);
    expect(saved.answers[question.id]).toMatchObject({ lastResult: 'correct', last: { shown: order, response: [right.id] } });
    await context.close();
  }
  expect(shown[0]).not.toEqual(shown[1]);
});

test('a decision point missed in play appears in Review, is asked like a question and is graded', async ({ page }) => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/progress/v2.json', 'utf8')) as { state: Record<string, any> };
  const key = 'play:coffee-chain:regulars-churn';
  const entry = { ...fixture.state.review[key], dueAt: Date.now() - 60_000, lastReviewedAt: Date.now() - 3_600_000 };
  await page.goto('./');
  await seedProgress(page, { ...fixture.state, review: { [key]: entry } });
  await page.goto('./#/review');
  await expect(page.getByRole('heading', { name: 'Due now: 1 question' })).toBeVisible();
  const box = page.locator('#review-play-coffee-chain-regulars-churn-title').locator('..');
  await expect(box.getByText(entry.item.prompt)).toBeVisible();
  await expect(box.getByText(`From the game: ${entry.item.scenarioTitle}.`)).toBeVisible();
  await expect(box.getByRole('link', { name: 'Personal and dedicated personal assistance' })).toBeVisible();
  await expect(box.locator('.question-status')).toHaveText('You missed this decision point in play.');
  await expectNoAxeViolations(page, 'review with a play item');
  await box.getByRole('radio', { name: 'The app is not advertised enough' }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toContainText('Not quite.');
  await expect(box.locator('.explanation')).toHaveText(entry.item.explanation);
  let saved = await savedProgress(page);
  expect(saved.review[key]).toMatchObject({ step: 0, lapses: 1 });
  expect(saved.misconceptions['self-service-no-relationship'].count).toBe(1);
  expect(saved.answers[key]).toBeUndefined();

  await ageProgress(page, ELEVEN_MINUTES);
  await box.getByRole('radio', { name: 'Their expectation of personal contact is not met' }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.locator('.verdict')).toHaveText('Right!');
  saved = await savedProgress(page);
  expect(saved.review[key]).toMatchObject({ step: 1 });

  await page.goto('./#/progress');
  await expect(page.getByRole('heading', { name: 'Patterns in your wrong answers' })).toBeVisible();
  await expect(page.getByText('You tend to think that without a person there is no relationship.')).toBeVisible();
  await expectNoAxeViolations(page, 'progress with misconceptions');
});

test('a lesson ends with a Try-it block whose prediction is saved, and the teaching guide passes axe', async ({ page }) => {
  const lesson = course.lessons.find((l) => l.tryIt?.prepare)!;
  await page.goto(`./#/lessons/${lesson.id}`);
  const block = page.getByRole('region', { name: 'Try it in the game' });
  await expect(block).toContainText(lesson.tryIt!.change);
  await expect(block).toContainText(lesson.tryIt!.lookFor);
  await expect(block.getByRole('link', { name: 'Open it in the game' })).toHaveAttribute('href', `#/try/${lesson.id}`);
  await block.getByLabel('Write your prediction before you play').fill('Churn will rise within two months.');
  await block.getByRole('button', { name: 'Save my prediction' }).click();
  await expect(block.getByRole('status')).toHaveText('Your prediction is saved.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Try it in the game' }).getByLabel('Write your prediction before you play')).toHaveValue('Churn will rise within two months.');
  expect((await savedProgress(page)).predictions[lesson.id].text).toBe('Churn will rise within two months.');

  await page.goto('./#/teach');
  await page.getByRole('link', { name: 'teaching guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teaching guide' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Table: Lesson, Objectives/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Capstone' })).toBeVisible();
  await expectNoAxeViolations(page, 'teaching guide');
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'teaching guide' })).toHaveAttribute('href', '#/teach/guide');
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
      const shown = await shownOptionIds(page, scope);
      const correct = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
      await tabTo(page, `#${scope}-opt-${shown[0]!}`);
      await expectVisibleFocus(page);
      if (question.kind === 'multiple') {
        for (let i = 0; i < shown.length; i++) {
          if (i > 0) await page.keyboard.press('Tab');
          if (correct.has(shown[i]!)) await page.keyboard.press('Space');
        }
      } else {
        const target = shown.findIndex((id) => correct.has(id));
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
      await expect(page.locator(`#${scope}-match-${index}`)).toHaveValue(String(index));
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
