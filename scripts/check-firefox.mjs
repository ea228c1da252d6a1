// Cross-engine determinism in Firefox ESR, driven by puppeteer-core over WebDriver BiDi: the bundled
// engine must replay every golden to the per-month hashes Node checked in, and verify every golden
// result file with answers (tests/golden/results) to its full per-month hashes. Prints summary
// lines; exit status 1 on any difference or if Firefox cannot be started.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`Firefox ESR not found at ${firefox} (apt-get install firefox-esr, or set FIREFOX_PATH).`);
  process.exit(1);
}
const engineJs = readFileSync('dist-engine/engine.js', 'utf8');
const scenarios = readFileSync('dist-engine/scenarios.json', 'utf8');
const goldens = JSON.parse(readFileSync('tests/golden/goldens.json', 'utf8'));
const resultsIndex = JSON.parse(readFileSync('tests/golden/results/index.json', 'utf8'));
const resultFiles = Object.fromEntries(resultsIndex.results.map((r) => [r.name, readFileSync(`tests/golden/results/${r.name}.json`, 'utf8')]));

const server = createServer((req, res) => {
  if (req.url === '/engine.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(engineJs);
  else if (req.url === '/scenarios.json') res.writeHead(200, { 'content-type': 'application/json' }).end(scenarios);
  else if (req.url === '/goldens.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(goldens));
  else if (req.url === '/results.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(resultFiles));
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>engine</title>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const started = performance.now();
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi', args: ['--headless'] });
let failures = 0;
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const results = await page.evaluate(async (base) => {
    const engine = await import(`${base}/engine.js`);
    const scenarios = await (await fetch(`${base}/scenarios.json`)).json();
    const goldens = await (await fetch(`${base}/goldens.json`)).json();
    return goldens.replays.map((replay) => {
      const out = engine.simulate(scenarios[replay.scenario].scenario, replay.plan, replay.seed);
      return { scenario: replay.scenario, hashes: out.months.map((m) => m.hash), userAgent: navigator.userAgent };
    });
  }, origin);
  for (const [i, replay] of goldens.replays.entries()) {
    const got = results[i]?.hashes ?? [];
    const month = replay.hashes.findIndex((h, m) => got[m] !== h);
    if (month >= 0) {
      failures++;
      console.error(`✗ ${replay.scenario}: month ${month + 1} differs in Firefox`);
    }
  }
  console.log(`Firefox (${results[0]?.userAgent.match(/Firefox\/[\d.]+/)?.[0] ?? 'unknown'}): ${goldens.replays.length - failures} of ${goldens.replays.length} golden replays identical to Node, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const verified = await page.evaluate(async (base) => {
    const engine = await import(`${base}/engine.js`);
    const scenarios = await (await fetch(`${base}/scenarios.json`)).json();
    const files = await (await fetch(`${base}/results.json`)).json();
    const resolve = (id) => scenarios[id] && { scenario: scenarios[id].scenario, goals: scenarios[id].file.goals, points: scenarios[id].points };
    return Object.entries(files).map(([name, text]) => {
      const verdict = engine.verifyResult(text, resolve);
      const file = JSON.parse(text);
      const loaded = scenarios[file.scenario.id];
      const market = engine.resolveMarket({ scenario: loaded.scenario, goals: loaded.file.goals, points: loaded.points, seed: file.seed, months: file.months, challengeCode: file.challenge, player: file.player });
      const replay = market.ok ? engine.replay(market.value, file.moves) : market;
      return { name, verdict: verdict.status === 'verified' ? 'verified' : verdict.reason, hashes: replay.ok ? replay.state.run.reports.map((r) => r.hash) : [] };
    });
  }, origin);
  let resultFailures = 0;
  for (const expected of resultsIndex.results) {
    const got = verified.find((r) => r.name === expected.name);
    const month = expected.fullHashes.findIndex((h, m) => got?.hashes[m] !== h);
    if (!got || got.verdict !== 'verified' || month >= 0) {
      resultFailures++;
      console.error(`✗ result ${expected.name}: ${got?.verdict !== 'verified' ? `not verified (${got?.verdict ?? 'missing'})` : `month ${month + 1} differs in Firefox`}`);
    }
  }
  failures += resultFailures;
  console.log(`Firefox: ${resultsIndex.results.length - resultFailures} of ${resultsIndex.results.length} golden result files (with answers) verified, full hashes identical to Node`);
} catch (error) {
  failures++;
  console.error(`Firefox check failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failures > 0 ? 1 : 0;
