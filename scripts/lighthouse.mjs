// `npm run lighthouse` (part of `npm run check:all`, not of CI): Lighthouse 12.8.2 (through npx)
// with Debian's Chromium against `vite preview` of dist/, on Home, a lesson and the play route, mobile form
// factor (Lighthouse's default). Budgets: performance ≥ 0.95, accessibility 1.0, best practices
// 1.0. Prints the scores and, for a category under budget, the audits that cost points; exit
// status 1 if any budget is broken. Builds dist/ first if it is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PORT = 4175;
const BUDGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const origin = `http://127.0.0.1:${PORT}`;

if (!existsSync(chrome)) {
  console.error(`Chromium not found at ${chrome} (set CHROME_PATH).`);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const firstLesson = readdirSync('content/lessons').filter((f) => f.endsWith('.md')).sort()[0].replace(/^\d+-/, '').replace(/\.md$/, '');
const pages = [
  { name: 'Home', url: `${origin}/` },
  { name: `Lesson (${firstLesson})`, url: `${origin}/#/lessons/${firstLesson}` },
  { name: 'Play (the tutorial)', url: `${origin}/#/play/tutorial` },
];

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopServer = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${origin}`);
}

function runLighthouse(url, out) {
  const args = ['-y', LIGHTHOUSE, url, '--output=json', `--output-path=${out}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync'];
  const run = spawnSync('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}: ${(run.stderr || run.stdout).trim().split('\n').slice(-5).join(' ')}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** The audits of a category that did not get full marks, weighted ones first. */
function lostPoints(report, category) {
  return report.categories[category].auditRefs
    .map((ref) => ({ ...ref, audit: report.audits[ref.id] }))
    .filter((r) => r.audit.score !== null && r.audit.score < 1 && r.audit.scoreDisplayMode !== 'informative' && r.audit.scoreDisplayMode !== 'notApplicable')
    .sort((a, b) => b.weight - a.weight)
    .map((r) => `${r.id} (${r.audit.score}${r.audit.displayValue ? `, ${r.audit.displayValue}` : ''}): ${r.audit.title}`);
}

let failed = false;
try {
  await waitForServer();
  const dir = mkdtempSync(join(tmpdir(), 'rapport-lighthouse-'));
  for (const [i, page] of pages.entries()) {
    const report = runLighthouse(page.url, join(dir, `report-${i}.json`));
    const scores = Object.fromEntries(Object.keys(BUDGETS).map((c) => [c, report.categories[c].score]));
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => `${id.replace(/-/g, ' ')} ${report.audits[id].displayValue}`).join(', ');
    console.log(`${page.name}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']} (${metrics})`);
    for (const [category, budget] of Object.entries(BUDGETS)) {
      if (scores[category] === null || scores[category] < budget) {
        failed = true;
        console.error(`✗ ${page.name}: ${category} ${scores[category]} is under its budget ${budget}`);
        for (const line of lostPoints(report, category)) console.error(`    ${line}`);
      }
    }
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  stopServer();
}
if (!failed) console.log('✓ Lighthouse budgets met (performance ≥ 0.95, accessibility 1, best practices 1)');
process.exitCode = failed ? 1 : 0;
