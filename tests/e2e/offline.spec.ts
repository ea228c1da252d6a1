// Offline: after one visit the service worker has precached the whole app, so with the network
// cut the page reloads and Home, a lesson, the glossary and a month of a scenario (Phaser, the
// forecast worker, the scenario data) all still work, without a single failed request.
import { expect, test } from '@playwright/test';
import { playFirstMonth, waitForServiceWorker, watchErrors } from './proof-helpers';

test('after one visit, the app works with the network cut: Home, a lesson, the glossary and a month of play', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();
  await waitForServiceWorker(page);
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json() as Promise<{ icons: { src: string }[]; name: string }>);
  expect(manifest.name).toMatch(/^Rapport/);
  expect(manifest.icons.length).toBeGreaterThanOrEqual(2);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const lessonLink = page.locator('main a[href^="#/lessons/"]').first();
  const lessonTitle = (await lessonLink.textContent())!.trim().replace(/^\d+\.\s*/, '');
  await lessonLink.click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(page.locator('main p').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.locator('main dt, main li').first()).toBeVisible();

  await playFirstMonth(page, 'tutorial');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
