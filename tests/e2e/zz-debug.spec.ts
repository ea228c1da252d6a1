import { spawnSync } from 'node:child_process';
import { test } from '@playwright/test';
const made = spawnSync('npx', ['tsx', 'tests/support/class-fixtures.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const fx = JSON.parse(made.stdout) as { many: string[]; bomb: string; honest: string[] };
test('debug long tasks', async ({ page }) => {
  test.setTimeout(200_000);
  await page.goto('./#/teach/verify');
  await page.getByLabel('choose result files:').waitFor();
  await page.evaluate(() => {
    const list: string[] = [];
    (window as any).__lt = list;
    new PerformanceObserver((entries) => { for (const e of entries.getEntries()) list.push(`${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`); }).observe({ type: 'longtask', buffered: false });
    new PerformanceObserver((entries) => { for (const e of entries.getEntries() as any[]) if (e.duration > 60) list.push(`LOAF ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)} block=${e.blockingDuration} render=${(e.renderStart ? e.startTime + e.duration - e.renderStart : 0).toFixed(0)} style=${(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0).toFixed(0)} ` + e.scripts.map((x: any) => `[${x.invoker} ${x.sourceFunctionName} ${x.duration.toFixed(0)}ms]`).join('')); }).observe({ type: 'long-animation-frame', buffered: false });
    document.getElementById('result-files')!.addEventListener('change', () => list.push(`change@${performance.now().toFixed(0)}`));
  });
  const files = Array.from({ length: 2000 }, (_, i) => ({ name: `s${i}.json`, mimeType: 'application/json', buffer: Buffer.from(fx.many[i % 50]!) }));
  const t0 = Date.now();
  await page.getByLabel('choose result files:').setInputFiles(files);
  console.log('setInputFiles took', Date.now() - t0, 'ms', await page.evaluate(() => performance.now().toFixed(0)));
  console.log((await page.evaluate(() => (window as any).__lt)).join(' '));
  await page.waitForFunction(() => document.getElementById('verify-summary')!.textContent!.startsWith('2000 checked'), undefined, { timeout: 150_000 });
  console.log('elements', await page.evaluate(() => [document.querySelectorAll('*').length, document.querySelectorAll('#verify-table tr').length, document.querySelectorAll('#copies li').length]));
  console.log('done at', await page.evaluate(() => performance.now().toFixed(0)), 'verifyMs', await page.evaluate(() => [(window as any).__verifyMs, (window as any).__workerMs, (window as any).__poolSize]));
  console.log((await page.evaluate(() => (window as any).__lt)).join('\n'));
});
