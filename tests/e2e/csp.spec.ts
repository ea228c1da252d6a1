// Security headers: `vite preview` serves exactly the headers of src/security-headers.ts (which
// docs/deployment.md quotes), and every route works under that Content-Security-Policy with no
// `securitypolicyviolation` event and no console error: the Learn pages, a month of play with the
// Phaser canvas and the forecast worker, the challenge builder (QR code), the verifier (worker)
// and a challenge link. A control shows the policy really blocks an injected inline script.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../src/security-headers';
import { createChallenge, cspViolations, playFirstMonth, watchCsp, watchErrors } from './proof-helpers';

test('the preview server sends exactly the documented security headers', async ({ page }) => {
  const response = (await page.goto('./'))!;
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/unsafe-eval|unsafe-inline/);
  const worker = await page.request.get('sw.js');
  expect(worker.headers()['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
});

test('every route runs under the policy with no violation and no console error', async ({ page }) => {
  test.setTimeout(180_000);
  await watchCsp(page);
  const errors = watchErrors(page);
  const visited: string[] = [];
  const check = async (where: string) => {
    visited.push(where);
    expect(await cspViolations(page), where).toEqual([]);
    expect(errors, where).toEqual([]);
  };

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await check('home');
  await page.goto('./#/lessons');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await check('lessons');
  await page.locator('main a[href^="#/lessons/"]').first().click();
  await expect(page.getByRole('group').first()).toBeVisible();
  await check('a lesson');
  await page.goto('./#/glossary');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('churn');
  await check('glossary');
  await page.goto('./#/glossary/customer-relationships');
  await expect(page.locator('#term-customer-relationships')).toBeFocused();
  await check('a glossary term');
  await page.goto('./#/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await check('review');
  await page.goto('./#/progress');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('progress');
  const code = await createChallenge(page, 'CSP check');
  await expect(page.getByText('Scan to open the challenge on a phone or tablet.')).toBeVisible();
  await check('teach builder with its QR code');
  await page.goto('./#/teach/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify result files' })).toBeVisible();
  await page.getByLabel('choose result files:').setInputFiles([
    { name: 'tutorial.json', mimeType: 'application/json', buffer: readFileSync('tests/golden/results/tutorial.json') },
  ]);
  await expect(page.locator('#verify-summary')).toHaveText('1 checked: 1 verified, 0 rejected.');
  await check('verifier (worker)');
  await page.goto(`./#/challenge?c=${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'CSP check' })).toBeVisible();
  await page.getByLabel('Your name').fill('Grace Hopper');
  await page.getByRole('button', { name: 'Start the challenge' }).click();
  await expect(page).toHaveURL(/#\/play\/coffee-chain$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Briefing' })).toBeVisible();
  await check('challenge link');
  // The next game starts after leaving this one's play page (its Phaser game must be gone by then).
  await page.goto('./#/play');
  await expect(page.getByRole('heading', { level: 1, name: 'Play a scenario' })).toBeVisible();
  await check('play select');
  await playFirstMonth(page, 'tutorial');
  await check('a month of play (Phaser canvas, forecast worker)');
  expect(visited).toHaveLength(12);
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  await watchCsp(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  expect((await cspViolations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
});
