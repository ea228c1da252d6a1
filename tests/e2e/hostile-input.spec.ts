// Hostile input through every text input and every link parameter, with the page's CSP bypassed so
// that an injection would really run: script tags, event-handler attributes, javascript: links,
// template and quote breaking, very long text and odd Unicode (RTL override, zero-width, emoji,
// lone surrogates, control characters). No script runs (window.__pwned stays unset, no dialog),
// no element is injected, and invalid input gets a clear message.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { course } from '../fixtures/learn/e2e-support';
import { createChallenge, watchErrors } from './proof-helpers';

const LONG = `${'A very long line of text. '.repeat(4000)}<img src=x onerror="window.__pwned=1">`;
const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "' autofocus onfocus='window.__pwned=1' x='",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">link</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '</textarea><script>window.__pwned=1</script>',
  '<style>body{display:none}</style><body onload=alert(1)>',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '\u202Egnp.exe\u202C evil',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoiners',
  '👩‍👩‍👧‍👦 🏳️‍🌈 naïve café',
  'lone \uD800 high and \uDFFF low surrogates',
  'control \u0000 null \u0007 bell \u001B escape',
  '__proto__',
  '=HYPERLINK("http://example.invalid","click")',
  '@SUM(1+1)*cmd|" /C calc"!A0',
  LONG,
] as const;
const SHORT = HOSTILE.filter((s) => s.length <= 100);

test.use({ bypassCSP: true });

let dialogs: string[] = [];
let errors: string[] = [];
test.beforeEach(async ({ page }) => {
  dialogs = [];
  errors = watchErrors(page);
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.addInitScript(() => { (window as unknown as { __pwned?: unknown }).__pwned = undefined; });
});
test.afterEach(() => {
  expect(dialogs, 'dialogs opened by injected script').toEqual([]);
  expect(errors.filter((e) => e.startsWith('uncaught')), 'uncaught exceptions').toEqual([]);
});

/** Nothing ran and nothing was injected: no trap set, no handler attribute, no foreign element. */
async function expectClean(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) bad.push('window.__pwned was set');
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) bad.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(`${location.origin}/assets/`)) bad.push('a script not from the app');
      if (['iframe', 'object', 'embed', 'base', 'frame', 'style'].includes(tag)) bad.push(`<${tag}>`);
      if (tag === 'img' && el.getAttribute('src') === 'x') bad.push('<img src=x>');
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('a javascript: link');
    }
    return bad;
  });
  expect(found, where).toEqual([]);
}

/** For a link: the value percent-encoded (lone surrogates, which cannot be, as broken UTF-8). */
function linkParam(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '')) + '%ED%A0%80';
  }
}

test('link parameters: unknown lessons, terms, scenarios and challenge codes get a clear message', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  for (const value of HOSTILE) {
    const name = value.slice(0, 40);
    await page.goto(`./#/lessons/${linkParam(value)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Lesson not found|Page not found/);
    await expectClean(page, `lesson ${name}`);
    await page.goto(`./#/glossary/${linkParam(value)}`);
    await expect(page.locator('main .notice.error, main h1').first()).toBeVisible();
    await expect(page.locator('main')).toContainText(/There is no term|Page not found/);
    await expectClean(page, `term ${name}`);
    await page.goto(`./#/play/${linkParam(value)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Scenario not found|Page not found/);
    await expectClean(page, `scenario ${name}`);
    await page.goto(`./#/challenge?c=${linkParam(value)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This challenge link does not work' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(/challenge code|not a challenge/i);
    await expectClean(page, `challenge ${name}`);
  }
  // The same values not encoded at all, as someone might paste them into the address bar.
  for (const value of SHORT) {
    for (const route of ['lessons/', 'glossary/', 'play/', 'challenge?c=']) {
      await page.goto(`./#/${route}${value}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expectClean(page, `raw ${route}${value}`);
    }
  }
});

test('glossary search, open-question answers and imported progress files stay text', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/glossary');
  const search = page.getByRole('searchbox', { name: 'Search the glossary' });
  for (const value of HOSTILE) {
    await search.fill(value);
    await expectClean(page, `glossary search ${value.slice(0, 40)}`);
  }
  await expect(page.getByText('No term matches your search.')).toBeVisible();

  const lesson = course.lessons.find((l) => l.questions.some((id) => course.questions[id]!.kind === 'open'))!;
  const open = lesson.questions.map((id) => course.questions[id]!).find((q) => q.kind === 'open')!;
  const scope = lesson.inlineChecks.includes(open.id) ? `inline-${open.id}` : `end-${open.id}`;
  for (const value of HOSTILE) {
    await page.goto(`./#/lessons/${lesson.id}`);
    await page.reload();
    const box = page.locator(`#${scope}-title`).locator('..');
    await box.getByLabel('Your answer', { exact: true }).fill(value);
    await box.getByRole('button', { name: 'Show the model answer' }).click();
    await expect(box.getByRole('button', { name: 'Save my self-assessment' })).toBeVisible();
    await box.getByRole('button', { name: 'Save my self-assessment' }).click();
    await expect(box.locator('.verdict')).toContainText('Saved');
    await expectClean(page, `open answer ${value.slice(0, 40)}`);
  }

  await page.goto('./#/progress');
  const importer = page.getByLabel('Import progress from a file');
  for (const value of HOSTILE) {
    await importer.setInputFiles({ name: `${value.slice(0, 60).replace(/[\\/\u0000]/g, '_')}.json`, mimeType: 'application/json', buffer: Buffer.from(value) });
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expectClean(page, `progress file ${value.slice(0, 40)}`);
  }
  const record = { attempts: 1, correctAttempts: 0, lastResult: 'incorrect', lastScore: 0, firstAnsweredAt: 1767225600000, lastAnsweredAt: 1767225600000 };
  const entry = { step: 0, dueAt: 1767225600000, addedAt: 1767225600000, lastReviewedAt: null, lapses: 0 };
  const hostileIds = Object.fromEntries(SHORT.map((s) => [s, record]));
  const file = { format: 'rapport-progress', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', progress: {
    answers: hostileIds, lessons: Object.fromEntries(SHORT.map((s) => [s, { openedAt: 1, readAt: null, completedAt: null }])), review: Object.fromEntries(SHORT.map((s) => [s, entry])),
  } };
  await importer.setInputFiles({ name: 'hostile-ids.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('main')).toContainText(/imported|Nothing was changed/);
  await expectClean(page, 'progress with hostile ids');
  for (const route of ['#/review', '#/lessons', '#/progress', '#/']) {
    await page.goto(`./${route}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expectClean(page, `${route} after importing hostile ids`);
  }
});

test('challenge title and instructions, student names, pasted codes and result files stay text', async ({ page }) => {
  test.setTimeout(180_000);
  const titles = ['<img src=x onerror="window.__pwned=1">', '\u202Egnp.exe\u202C <script>window.__pwned=1</script>', 'lone \uD800 surrogate 👩‍👩‍👧‍👦'];
  const instructions = SHORT.join('\n');
  let code = '';
  for (const title of titles) {
    code = await createChallenge(page, title, instructions);
    await expectClean(page, `builder ${title}`);
    await page.goto(`./#/challenge?c=${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title.replace(/\uD800/g, '\uFFFD').trim());
    await expect(page.locator('.instructions')).toContainText('<script>window.__pwned=1</script>');
    await expectClean(page, `challenge page ${title}`);
  }

  // Accepted names open the game; its market picture (Phaser) is not needed to see the name handled.
  await page.route(/\/assets\/phaser-[^/]*\.js$/, (route) => route.abort());
  for (const value of HOSTILE) {
    await page.goto(`./#/challenge?c=${code}`);
    await page.reload();
    await page.getByLabel('Your name').fill(value);
    await page.getByRole('button', { name: 'Start the challenge' }).click();
    const refused = page.locator('#player-name-error');
    await expect.poll(async () => (await refused.isVisible()) || /#\/play\/coffee-chain$/.test(page.url()), { timeout: 30_000 }).toBe(true);
    if (await refused.isVisible()) await expect(refused).toHaveText(/\w.{10,}\./);
    await expectClean(page, `student name ${value.slice(0, 40)}`);
  }

  await page.goto('./#/teach/verify');
  // Pasted text is split at spaces, so the long prose would make one row per word: a single very
  // long token stands in for it.
  await page.getByLabel('Or paste result codes').fill([...SHORT, `R1.${'x'.repeat(100_000)}.00000000`].join('\n'));
  await page.getByRole('button', { name: 'Verify the pasted codes' }).click();
  await expect(page.locator('#verify-summary')).toContainText(/\d+ checked: 0 verified, \d+ rejected\./);
  await expectClean(page, 'pasted codes');
  const golden = JSON.parse(readFileSync('tests/golden/results/tutorial.json', 'utf8')) as { player: string };
  const files = SHORT.filter((s) => /<img|HYPERLINK|@SUM|\u202E/.test(s)).map((player, i) => ({ name: `hostile-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...golden, player })) }));
  await page.getByRole('button', { name: 'Clear the table' }).click();
  await page.getByLabel('choose result files:').setInputFiles(files);
  await expect(page.locator('#verify-summary')).toContainText(`${files.length} checked`);
  await expect(page.locator('#verify-table')).toContainText('<img src=x onerror="window.__pwned=1">');
  await expectClean(page, 'result files with hostile names');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the table (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const cells = Papa.parse<string[]>(csv.trim()).data.flat();
  expect(cells).toContain(`'=HYPERLINK("http://example.invalid","click")`);
  expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
});
