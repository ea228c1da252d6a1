// Home boots with real text, without console errors, and passes an accessibility scan.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './proof-helpers';

test('home shows what Rapport is, with no console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await expect(page.getByText('Customer Relationships block')).toBeVisible();
  await expectNoAxeViolations(page, 'Home');
  expect(errors).toEqual([]);
});

test('an unknown address shows a page-not-found message with a way home', async ({ page }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the home page.' })).toBeVisible();
});
