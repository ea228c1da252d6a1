// Times the verifier on one class of N result files (default 10,000): the command line
// (`rapport verify FOLDER`) and the browser page (a pool of workers), and prints both, with the
// browser's longest main-thread task. Needs a build (npx vite build) and Chromium; run it under
// the browser lock: flock /tmp/rapport-browser.lock node scripts/verify-budget.mjs [N]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const count = Number(process.argv[2] ?? 10_000);
const port = Number(process.env.RAPPORT_TEST_PORT ?? 4399);
const made = spawnSync('npx', ['tsx', 'tests/support/class-fixtures.ts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (made.status !== 0) throw new Error(made.stderr);
const { honest } = JSON.parse(made.stdout);
const dir = mkdtempSync(join(tmpdir(), 'rapport-verify-budget-'));
const paths = [];
for (let i = 0; i < count; i++) {
  const path = join(dir, `student-${String(i).padStart(5, '0')}.json`);
  writeFileSync(path, honest[i % honest.length]);
  paths.push(path);
}
console.log(`${count} result files of a 2-month coffee-chain challenge in ${dir}`);

let t0 = performance.now();
const cli = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'verify', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const cliSeconds = (performance.now() - t0) / 1000;
const startup = (() => { const t = performance.now(); spawnSync('npx', ['tsx', 'src/cli/main.ts', 'help'], { encoding: 'utf8' }); return (performance.now() - t) / 1000; })();
console.log(`command line: ${cliSeconds.toFixed(1)} s in all (${(cliSeconds - startup).toFixed(1)} s after a ${startup.toFixed(1)} s start), exit ${cli.status}: ${cli.stdout.trim().split('\n').at(-1)}`);

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/#/teach/verify`);
  await page.getByLabel('choose result files:').waitFor();
  t0 = performance.now();
  await page.getByLabel('choose result files:').setInputFiles(paths);
  const handedOver = (performance.now() - t0) / 1000;
  await page.evaluate(() => {
    const list = [];
    window.__longTasks = list;
    new PerformanceObserver((e) => { for (const x of e.getEntries()) list.push(x.duration); }).observe({ type: 'longtask' });
  });
  await page.waitForFunction((n) => document.getElementById('verify-summary')?.textContent?.startsWith(`${n} checked`), count, { timeout: 1_800_000, polling: 500 });
  const { ms, workers, workerMs, tasks } = await page.evaluate(() => ({ ms: window.__verifyMs, workers: window.__poolSize, workerMs: window.__workerMs, tasks: window.__longTasks }));
  const summary = await page.locator('#verify-summary').textContent();
  console.log(`browser: ${(ms / 1000).toFixed(1)} s from the files' arrival (${handedOver.toFixed(1)} s for Playwright to hand them over), ${workers} worker(s), ${(workerMs / count).toFixed(1)} ms of worker time per file: ${summary}`);
  console.log(`browser ÷ command line (after its start): ${((ms / 1000) / (cliSeconds - startup)).toFixed(2)}`);
  console.log(`long tasks while verifying: ${tasks.length}, the longest ${Math.max(0, ...tasks).toFixed(0)} ms`);
  await browser.close();
} finally {
  process.kill(-server.pid);
}
