// The verifier (#/teach/verify, or #/teach/verify?c=CODE for one challenge): drop or choose many
// result files (JSON, .txt of codes, or screenshots of QR codes), or paste codes; a pool of engine
// workers replays them with a progress bar and a cancel button, rows appear as files finish, and
// a class worker adds attempts, roster identities and likely copies. The class table, one row per
// student, and Moodle and Canvas gradebook CSVs can be downloaded; the class debrief (for the
// lecture) summarises the verified games of the challenge. Nothing leaves this browser.
import { loadAllScenarios } from '../../content/scenario/catalog';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import { classTemplate } from '../../content/scenario/prompt-template';
import {
  copyKindText, decimalStyleOf, decodeChallenge, MAX_RESULT_SIZE, pastedInputsOf, resolveMarket, visibleText,
  type CopyPair, type Market, type PointText, type Result, type ScenarioForVerify, type Verdict,
} from '../../engine';
import { announce, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { downloadTextFile } from '../download-file';
import { createBinding } from './verify-binding';
import { createVerifyPool, type PoolJob } from './verify-pool';
import type { ClassReply, ClassRequest, ShownRow } from './class-protocol';
import { createVerifyTable } from './verify-table';
import { classDebriefView } from './class-debrief-view';
import type { DebriefGroup } from './class-protocol';
import { timelineSection } from './timeline-view';
import './teach.css';

/** Possible copies listed on the page (all of them are in each row's notes and the CSV). */
const COPIES_LISTED = 200;

const rejected = (reason: string): Verdict => ({ status: 'rejected', reason, player: null, challengeTitle: null });

/** A row as soon as its verdict arrives; attempts and notes come with the class report. */
function quickRow(name: string, v: Verdict): ShownRow {
  const base = { file: visibleText(name), studentId: '', challengeCode: '', attempt: '', flags: '', counted: v.status === 'verified', studentKey: '' };
  if (v.status === 'rejected') {
    return { ...base, student: visibleText(v.player ?? ''), challenge: visibleText(v.challengeTitle ?? ''), scenario: '', score: null, goalsMet: null, goalsTotal: null, answersCorrect: null, answersTotal: null, status: 'rejected', reason: visibleText(v.reason) };
  }
  return { ...base, student: visibleText(v.player), studentId: visibleText(v.playerId ?? ''), challenge: visibleText(v.challengeTitle ?? ''), scenario: v.scenarioId, score: v.score, goalsMet: v.goalsMet, goalsTotal: v.goals.length, answersCorrect: v.answersCorrect, answersTotal: v.answersTotal, status: 'verified', reason: '' };
}

function fileJob(file: File): PoolJob {
  return {
    name: file.name,
    read: async () => {
      if (file.size > MAX_RESULT_SIZE) return rejected(`The file is too large to be a result file (${(file.size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_RESULT_SIZE / 1_000_000} MB).`);
      try {
        if (/^image\//.test(file.type) || /\.(png|jpe?g|gif|webp)$/i.test(file.name)) return file;
        return await file.arrayBuffer();
      } catch {
        return rejected('The file could not be read by the browser.');
      }
    },
  };
}

/** The market a group's games are debriefed on: the challenge's (its seed, length and goals, before
 * any student's variant) or the free game's. */
function debriefMarket(group: DebriefGroup, loaded: LoadedScenario): Result<Market> {
  const base = { scenario: loaded.scenario, points: loaded.points };
  if (group.challengeCode === null) return resolveMarket({ ...base, goals: loaded.file.goals, seed: group.seed, months: group.months });
  const challenge = decodeChallenge(group.challengeCode);
  if (!challenge.ok) return challenge;
  return resolveMarket({ ...base, goals: challenge.value.goals, seed: challenge.value.seed, months: challenge.value.months });
}

/** The scenario's decision points as the class debrief quotes them (each student saw their own numbers). */
function pointTexts(loaded: LoadedScenario): PointText[] {
  return loaded.file.decisionPoints.map((p) => ({
    id: p.id, prompt: classTemplate(p.prompt),
    options: p.options.map((o) => ({ id: o.id, text: classTemplate(o.text), correct: o.correct, feedback: classTemplate(o.feedback) })),
  }));
}

const verifyPage: PageFactory = async (root, match) => {
  root.classList.add('teach-page');
  root.append(h('h1', {}, 'Verify result files'), h('p', { class: 'lead' },
    'Every file is replayed from its moves: the score, the metrics and each month’s state are recomputed, so an edited or borrowed result is rejected with the reason. Nothing leaves this browser.'));
  let scenarios: ScenarioForVerify[];
  let loadedScenarios: LoadedScenario[];
  try {
    loadedScenarios = await loadAllScenarios();
    scenarios = loadedScenarios.map((s) => ({ scenario: s.scenario, goals: s.file.goals, points: s.points }));
  } catch (error) {
    root.append(h('p', { class: 'notice error', role: 'alert' }, `The scenarios could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
    return { title: 'Verify result files' };
  }

  const classWorker = new Worker(new URL('./class-worker.ts', import.meta.url), { type: 'module' });
  const toClass = (m: ClassRequest) => classWorker.postMessage(m);
  const waiting = new Map<number, (reply: ClassReply) => void>();
  let requestId = 0;
  classWorker.onmessage = (event: MessageEvent<ClassReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  const ask = (make: (id: number) => ClassRequest): Promise<ClassReply> => new Promise((resolve) => {
    const id = requestId++;
    waiting.set(id, resolve);
    toClass(make(id));
  });

  const liveRows: ShownRow[] = [];
  const timelineSlot = h('div');
  const table = createVerifyTable((row, label) => {
    void ask((id) => ({ type: 'result', id, row })).then(async (reply) => {
      if (reply.type !== 'result') return;
      const timeline = reply.result ? await pool.timeline(reply.result).catch((error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }))
        : { ok: false as const, error: 'This row has no verified game to show.' };
      const section = timelineSection(label, timeline.ok ? timeline.months : [], timeline.ok ? null : timeline.error, () => { timelineSlot.replaceChildren(); table.element.querySelector<HTMLElement>('#verify-results-heading')?.focus(); });
      timelineSlot.replaceChildren(section);
      section.querySelector<HTMLElement>('#timeline-heading')?.focus();
    });
  });
  const binding = createBinding(match.query.get('c'), () => {
    toClass({ type: 'roster', roster: binding.roster(), gradeItem: binding.gradeItem() });
    if (liveRows.length > 0) void refreshReport();
  });
  toClass({ type: 'roster', roster: binding.roster(), gradeItem: binding.gradeItem() });

  const fileInput = h('input', { id: 'result-files', type: 'file', multiple: true, accept: '.json,.txt,application/json,text/plain,image/png,image/jpeg,image/webp' });
  const dropZone = h('div', { class: 'drop-zone' },
    h('p', {}, 'Drop result files, text files of codes or screenshots of QR codes here, or'),
    h('label', { for: fileInput.id }, 'choose result files: '), fileInput);
  const paste = h('textarea', { id: 'result-codes', rows: '3', spellcheck: 'false', 'aria-describedby': 'result-codes-hint' });
  const pasteButton = h('button', { type: 'button', class: 'secondary' }, 'Verify the pasted codes');
  const bar = h('progress', { id: 'verify-progress', max: '1', value: '0', 'aria-labelledby': 'verify-progress-label' });
  const barLabel = h('span', { id: 'verify-progress-label' }, 'Nothing to check yet');
  const cancelButton = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Cancel');
  // Not a live region: it is rebuilt as rows stream in (up to 200 long items), which a screen reader
  // would read out each time; the count is announced once, when the batch finishes.
  const copiesBox = h('div', { id: 'copies' });
  let copiesFound = 0;
  const decimal = h('select', { id: 'csv-numbers' },
    h('option', { value: 'point' }, '12.5 (decimal point, comma-separated)'), h('option', { value: 'comma' }, '12,5 (decimal comma, semicolon-separated)'));
  decimal.value = decimalStyleOf(navigator.language);
  const exports = [
    ['class', 'Download the table (CSV)', 'rapport-class-results.csv'],
    ['students', 'One row per student (CSV)', 'rapport-students.csv'],
    ['moodle', 'Moodle gradebook (CSV)', 'rapport-moodle-grades.csv'],
    ['canvas', 'Canvas gradebook (CSV)', 'rapport-canvas-grades.csv'],
  ] as const;
  const exportButtons = exports.map(([kind, label, fileName]) => {
    const button = h('button', { type: 'button', disabled: true, class: kind === 'class' ? null : 'secondary' }, label);
    button.addEventListener('click', () => {
      void ask((id) => ({ type: 'export', id, kind, decimalComma: decimal.value === 'comma' })).then((reply) => {
        if (reply.type !== 'export') return;
        downloadTextFile(fileName, reply.text, 'text/csv');
        announce(`${label} downloaded.`);
      });
    });
    return button;
  });
  const clearButton = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Clear the table');
  const debriefButton = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Class debrief');
  const debriefSlot = h('div', { id: 'class-debrief', 'aria-live': 'polite' });

  async function showDebrief(): Promise<void> {
    debriefButton.disabled = true;
    debriefSlot.replaceChildren(h('p', { role: 'status' }, 'Preparing the class debrief…'));
    try {
      const reply = await ask((id) => ({ type: 'debrief', id }));
      if (reply.type !== 'debrief') return;
      const [group, ...others] = reply.groups;
      if (!group) { debriefSlot.replaceChildren(h('p', { class: 'notice' }, 'There is no verified game to debrief yet.')); return; }
      const loaded = loadedScenarios.find((s) => s.scenario.id === group.scenarioId);
      const market = loaded ? debriefMarket(group, loaded) : { ok: false as const, error: `The scenario "${group.scenarioId}" is not one this page knows.` };
      if (!loaded || !market.ok) { debriefSlot.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, `The class debrief cannot be made: ${market.ok ? '' : market.error}`)); return; }
      const debrief = await pool.classDebrief(market.value, group.entries, pointTexts(loaded));
      const title = group.challengeTitle ?? `${loaded.file.title} (seed ${group.seed})`;
      const left = others.reduce((n, g) => n + g.entries.length, 0);
      const types = loaded.scenario.types as Readonly<Record<string, { readonly name: string }>>;
      const view = classDebriefView(debrief, title, (type) => types[type]?.name ?? type);
      if (left > 0) view.insertBefore(h('p', { class: 'notice' }, `This debrief covers the ${group.entries.length} students of “${visibleText(title)}”; ${left} verified ${left === 1 ? 'game' : 'games'} of other challenges or seeds ${left === 1 ? 'is' : 'are'} left out.`), view.children[1] ?? null);
      debriefSlot.replaceChildren(view);
      view.querySelector<HTMLElement>('#cd-title')?.setAttribute('tabindex', '-1');
      view.querySelector<HTMLElement>('#cd-title')?.focus();
      announce(`Class debrief ready: ${group.entries.length} students.`);
    } catch (error) {
      debriefSlot.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, `The class debrief could not be computed: ${error instanceof Error ? error.message : String(error)}`));
    } finally {
      debriefButton.disabled = liveRows.every((r) => r.status !== 'verified');
    }
  }
  debriefButton.addEventListener('click', () => { void showDebrief(); });

  let submitted = 0;
  let done = 0;
  let cancelled = 0;
  const progressText = () => (cancelled > 0 ? `Cancelled: ${done} of ${submitted} checked, ${cancelled} not checked` : `${done} of ${submitted} checked`);
  let started = 0;
  let reportTimer: number | null = null;

  /** The copies list's items as last shown (rebuilt only when they change: hundreds of long items
   * are a long layout, and the report is refreshed every 500 rows while a batch runs). */
  let copyItems: string[] = [];
  const copiesHeading = h('h2', { id: 'copies-heading' });
  const copiesList = h('ul', {});
  function showCopies(copies: readonly CopyPair[], rows: readonly ShownRow[]): void {
    copiesFound = copies.length;
    if (copies.length === 0) {
      copiesBox.replaceChildren();
      copyItems = [];
      return;
    }
    copiesHeading.textContent = copies.length > COPIES_LISTED
      ? `Possible copies: ${copies.length} (the first ${COPIES_LISTED} listed here; every row's notes name its copies)`
      : `Possible copies: ${copies.length}`;
    const items = copies.slice(0, COPIES_LISTED).map((p) =>
      `Rows ${p.a + 1} and ${p.b + 1}: ${rows[p.a]?.student || 'anonymous'} (${rows[p.a]?.file}) and ${rows[p.b]?.student || 'anonymous'} (${rows[p.b]?.file}), similarity ${(p.similarity * 100).toFixed(1)}%: ${copyKindText(p)}.`);
    if (items.length !== copyItems.length || items.some((text, i) => text !== copyItems[i])) {
      copiesList.replaceChildren(...items.map((text) => h('li', {}, text)));
      copyItems = items;
    }
    if (copiesBox.childElementCount === 0) {
      copiesBox.append(h('section', { class: 'card', 'aria-labelledby': 'copies-heading' },
        copiesHeading,
        h('p', {}, 'Decisions that look copied between students. Nothing was rejected for it: look at these games before you judge.'),
        copiesList));
    }
  }

  async function refreshReport(): Promise<void> {
    const reply = await ask((id) => ({ type: 'report', id }));
    if (reply.type !== 'report' || reply.rows.length !== liveRows.length) return;
    liveRows.splice(0, liveRows.length, ...reply.rows);
    table.setRows(liveRows.slice());
    showCopies(reply.copies, reply.rows);
  }

  const pool = createVerifyPool(scenarios, (name, verdict) => {
    liveRows.push(quickRow(name, verdict));
    toClass({ type: 'add', name, verdict });
    done++;
    bar.value = submitted === 0 ? 1 : done / submitted;
    barLabel.textContent = progressText();
    table.setRows(liveRows);
    for (const b of exportButtons) b.disabled = false;
    clearButton.disabled = false;
    if (done === submitted) finish();
    else if (reportTimer === null && liveRows.length % 500 === 0) void refreshReport();
  });

  function finish(): void {
    cancelButton.hidden = true;
    void refreshReport().then(() => {
      const verified = liveRows.filter((r) => r.status === 'verified').length;
      debriefButton.disabled = verified === 0;
      const copies = copiesFound === 0 ? '' : `; ${copiesFound === 1 ? 'one possible copy is' : `${copiesFound} possible copies are`} listed above the table`;
      announce(`Verification finished: ${verified} verified, ${liveRows.length - verified} rejected${copies}.`);
    });
    Object.assign(window, { __verifyMs: performance.now() - started, __workerMs: pool.workMs, __poolSize: pool.size });
  }

  function submit(jobs: readonly PoolJob[]): void {
    const challenge = binding.code();
    if (challenge === null) { document.getElementById('expected-challenge')?.focus(); return; }
    if (jobs.length === 0) return;
    if (done === submitted) { submitted = 0; done = 0; cancelled = 0; started = performance.now(); }
    submitted += jobs.length;
    barLabel.textContent = progressText();
    cancelButton.hidden = false;
    announce(`Checking ${jobs.length} ${jobs.length === 1 ? 'file' : 'files'} with ${pool.size} ${pool.size === 1 ? 'worker' : 'workers'}…`);
    pool.submit(jobs, challenge);
  }

  async function submitFiles(files: readonly File[]): Promise<void> {
    const jobs: PoolJob[] = [];
    for (const file of files) {
      if (/\.txt$/i.test(file.name) && file.size < 1_000_000) {
        const inputs = pastedInputsOf(await file.text().catch(() => ''));
        if (inputs.length > 1) {
          inputs.forEach((text, i) => jobs.push({ name: `${file.name} #${i + 1}`, read: async () => text }));
          continue;
        }
      }
      jobs.push(fileJob(file));
    }
    submit(jobs);
  }

  fileInput.addEventListener('change', () => {
    void submitFiles([...(fileInput.files ?? [])]).then(() => { fileInput.value = ''; });
  });
  for (const type of ['dragenter', 'dragover'] as const) {
    dropZone.addEventListener(type, (event) => { event.preventDefault(); dropZone.classList.add('dragging'); });
  }
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dragging'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('dragging');
    void submitFiles([...(event.dataTransfer?.files ?? [])]);
  });
  let pasteCount = 0;
  pasteButton.addEventListener('click', () => {
    const inputs = pastedInputsOf(paste.value);
    if (inputs.length === 0) { announce('There is nothing to verify: paste one or more result codes first.'); paste.focus(); return; }
    submit(inputs.map((text) => ({ name: `pasted ${++pasteCount}`, read: async () => text })));
    paste.value = '';
  });
  cancelButton.addEventListener('click', () => {
    const dropped = pool.cancel();
    submitted -= dropped;
    cancelled += dropped;
    barLabel.textContent = progressText();
    announce(`Cancelled: ${dropped} files were not checked.`);
    if (done === submitted) finish();
  });
  clearButton.addEventListener('click', () => {
    liveRows.length = 0;
    toClass({ type: 'clear' });
    table.clear();
    copiesBox.replaceChildren();
    copiesFound = 0;
    copyItems = [];
    timelineSlot.replaceChildren();
    debriefSlot.replaceChildren();
    debriefButton.disabled = true;
    for (const b of exportButtons) b.disabled = true;
    clearButton.disabled = true;
    bar.value = 0;
    barLabel.textContent = 'Nothing to check yet';
    announce('The table was cleared.');
  });

  root.append(
    h('div', { class: 'teach-form' },
      binding.element,
      dropZone,
      h('div', { class: 'field' },
        h('label', { for: paste.id }, 'Or paste result codes'),
        h('span', { class: 'hint', id: 'result-codes-hint' }, 'One or more codes starting with “R1.” or “S1.” (a phone’s short code), separated by spaces or new lines (or one result file’s JSON).'),
        paste),
      h('div', { class: 'actions' }, pasteButton)),
    h('div', { class: 'progress-line' }, bar, barLabel, cancelButton),
    copiesBox,
    table.element,
    timelineSlot,
    h('div', { class: 'field' }, h('label', { for: decimal.id }, 'Numbers in the CSV files'), decimal),
    h('div', { class: 'actions' }, ...exportButtons, debriefButton, clearButton, h('a', { href: '#/teach' }, 'Create a challenge')),
    debriefSlot,
  );
  return { title: 'Verify result files', unmount: () => { pool.terminate(); classWorker.terminate(); } };
};

export default verifyPage;
