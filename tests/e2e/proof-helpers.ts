// Helpers shared by the "proof" browser checks (offline, CSP, accessibility, keyboard, hostile
// input, storage): error watchers, an axe scan, and the few steps that reach a given screen.
import axe from 'axe-core';
import { expect, type Locator, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions of the page, collected as they happen. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/** Records every `securitypolicyviolation` event of the page (and its frames) in window.__csp. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => {
      list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/**
 * The page's axe violations, one line each (rule and the elements that break it). axe-core runs
 * in the page itself (injected once per document: it stays across the app's hash routes) with
 * every rule on, and collects only violations: the same findings as @axe-core/playwright's default
 * scan, without the blank page it opens to merge frames (the app has none) and the passing results
 * it gathers, which made each scan three to five times slower here. It waits for the page to settle.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe yields between its rules, so a page still changing (a batch finishing, buttons turning on)
  // could be read half before and half after a change: scan once the DOM has been still for 150 ms
  // (or after 3 s at most).
  await page.evaluate(() => new Promise<void>((resolve) => {
    const done = () => { observer.disconnect(); clearTimeout(quiet); clearTimeout(cap); resolve(); };
    const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, 150); });
    let quiet = setTimeout(done, 150);
    const cap = setTimeout(done, 3000);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  }));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const scan = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return scan.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
  });
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** Waits until a service worker controls the page (precaching is finished once it is active). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Runs the month being planned and waits for its results (they follow the animation by themselves). */
export async function runMonth(page: Page, month: number): Promise<void> {
  await page.getByRole('button', { name: `Run month ${month}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Month ${month} of \\d+: results$`) })).toBeVisible({ timeout: 20_000 });
}

/** Opens the month's full table and charts (remembered with the game) unless they are open. */
export async function openNumbers(page: Page): Promise<void> {
  const details = page.locator('details.results-details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Answers every question on screen with its first option, until the next month's plan (or the debrief). */
export async function answerQuestions(page: Page): Promise<number> {
  let answered = 0;
  await page.waitForTimeout(100);
  while (await page.getByRole('heading', { level: 2, name: /A decision point/ }).isVisible()) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Submit the answer' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    answered++;
    await page.waitForTimeout(100);
  }
  return answered;
}

/** From #/play/ID: start it (replacing a game in progress, which the page asks about first), plan
 * month 1, run it and show its results with the full table. */
export async function playFirstMonth(page: Page, scenarioId: string): Promise<void> {
  await page.goto(`./#/play/${scenarioId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Start a game' })).toBeVisible();
  await page.getByRole('button', { name: 'Start this scenario' }).click();
  const replace = page.getByRole('button', { name: 'Replace it and start' });
  await expect(page.getByRole('button', { name: 'Plan month 1' }).or(replace)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await page.getByRole('button', { name: 'Plan month 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Month 1 of \d+: plan your spend$/ })).toBeVisible();
  await expect(page.getByText('Forecast up to date.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.market-canvas canvas')).toBeVisible();
  await runMonth(page, 1);
  await openNumbers(page);
  await expect(page.getByRole('table', { name: /^Month 1 by segment/ })).toBeVisible();
}

/** Builds a challenge on #/teach (coffee chain, 3 months) and returns its code. */
export async function createChallenge(page: Page, title: string, instructions = ''): Promise<string> {
  await page.goto('./#/teach');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a challenge' })).toBeVisible();
  await page.getByLabel('Scenario', { exact: true }).selectOption('coffee-chain');
  await page.getByLabel('Seed', { exact: true }).fill('proof-class');
  await page.getByLabel('Months', { exact: true }).fill('3');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Instructions (optional)').fill(instructions);
  await page.getByRole('button', { name: 'Create the challenge' }).click();
  await expect(page.getByRole('heading', { name: 'Share the challenge' })).toBeFocused();
  return (await page.locator('#challenge-code').textContent())!.trim();
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 200): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${String(target)}`);
}

/** The focused element shows a focus ring (an outline that is not none or 0px wide). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).not.toMatch(/^none|\s0px$|nothing focused/);
}
