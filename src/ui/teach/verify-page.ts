// The verifier (#/teach/verify): drop or choose many result files, or paste result codes; each is
// replayed in the engine worker (the page stays responsive for hundreds of files) with a progress bar,
// and the class table can be downloaded as CSV.
import { loadAllScenarios } from '../../content/scenario/catalog';
import { classCsv, classRows, decodeChallenge, MAX_RESULT_SIZE, type NamedVerdict, type ScenarioForVerify, type Verdict } from '../../engine';
import { announce, h } from '../dom';
import type { PageFactory } from '../shell/router';
import { downloadTextFile } from '../download-file';
import { EngineWorker } from '../workers/engine-client';
import { createVerifyTable } from './verify-table';
import { pastedInputs } from './pasted-inputs';
import './teach.css';

interface Job { readonly name: string; readonly input: ArrayBuffer | string | Verdict }

const verifyPage: PageFactory = async (root) => {
  root.classList.add('teach-page');
  root.append(h('h1', {}, 'Verify result files'), h('p', { class: 'lead' },
    'Every file is replayed from its decisions: the score, the metrics and each month’s state are recomputed, so an edited or borrowed result is rejected with the reason. Nothing leaves this browser.'));
  let scenarios: ScenarioForVerify[];
  try {
    scenarios = (await loadAllScenarios()).map((s) => ({ scenario: s.scenario, goals: s.file.goals, points: s.points }));
  } catch (error) {
    root.append(h('p', { class: 'notice error', role: 'alert' }, `The scenarios could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
    return { title: 'Verify result files' };
  }

  const worker = new EngineWorker();
  void worker.verifyInit(scenarios);

  const expected = h('input', { id: 'expected-challenge', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'expected-challenge-hint' });
  const expectedError = h('p', { class: 'error-text', role: 'alert', hidden: true });
  const fileInput = h('input', { id: 'result-files', type: 'file', multiple: true, accept: '.json,.txt,application/json,text/plain' });
  const dropZone = h('div', { class: 'drop-zone' },
    h('p', {}, 'Drop result files here, or'),
    h('label', { for: fileInput.id }, 'choose result files: '), fileInput);
  const paste = h('textarea', { id: 'result-codes', rows: '3', spellcheck: 'false', 'aria-describedby': 'result-codes-hint' });
  const pasteButton = h('button', { type: 'button', class: 'secondary' }, 'Verify the pasted codes');
  const bar = h('progress', { id: 'verify-progress', max: '1', value: '0', 'aria-labelledby': 'verify-progress-label' });
  const barLabel = h('span', { id: 'verify-progress-label' }, 'Nothing to check yet');
  const table = createVerifyTable();
  const csvButton = h('button', { type: 'button', disabled: true }, 'Download the table (CSV)');
  const clearButton = h('button', { type: 'button', class: 'secondary', disabled: true }, 'Clear the table');

  const entries: NamedVerdict[] = [];
  let submitted = 0;
  let done = 0;

  function record(name: string, verdict: Verdict): void {
    entries.push({ name, verdict });
    table.append(entries);
    done++;
    bar.value = submitted === 0 ? 1 : done / submitted;
    barLabel.textContent = `${done} of ${submitted} checked`;
    csvButton.disabled = false;
    clearButton.disabled = false;
    if (done === submitted) {
      const rows = classRows(entries);
      const rejected = rows.filter((r) => r.status === 'rejected').length;
      announce(`Verification finished: ${rows.length - rejected} verified, ${rejected} rejected.`);
    }
  }


  function expectedChallenge(): string | undefined | null {
    const text = expected.value.trim();
    if (text === '') { expectedError.hidden = true; return undefined; }
    const decoded = decodeChallenge(text);
    if (!decoded.ok) {
      expectedError.textContent = `Challenge code: ${decoded.error}`;
      expectedError.hidden = false;
      expected.focus();
      return null;
    }
    expectedError.hidden = true;
    return text;
  }

  function submit(jobs: readonly Job[]): void {
    const challenge = expectedChallenge();
    if (challenge === null || jobs.length === 0) return;
    if (done === submitted) { submitted = 0; done = 0; }
    submitted += jobs.length;
    barLabel.textContent = `${done} of ${submitted} checked`;
    announce(`Checking ${jobs.length} ${jobs.length === 1 ? 'file' : 'files'}…`);
    for (const job of jobs) {
      if (typeof job.input === 'object' && !(job.input instanceof ArrayBuffer)) {
        const verdict = job.input;
        queueMicrotask(() => record(job.name, verdict));
        continue;
      }
      worker.verify(job.input, challenge).then((verdict) => {
        if (verdict) record(job.name, verdict);
      }).catch(() => {
        record(job.name, { status: 'rejected', reason: 'The verifier stopped unexpectedly; reload the page and try again.', player: null, challengeTitle: null });
      });
    }
  }

  async function submitFiles(files: readonly File[]): Promise<void> {
    const jobs = await Promise.all(files.map(async (file): Promise<Job> => {
      if (file.size > MAX_RESULT_SIZE) {
        return { name: file.name, input: { status: 'rejected', reason: `The file is too large to be a result file (${(file.size / 1_000_000).toFixed(1)} MB; the limit is ${MAX_RESULT_SIZE / 1_000_000} MB).`, player: null, challengeTitle: null } };
      }
      try {
        return { name: file.name, input: await file.arrayBuffer() };
      } catch {
        return { name: file.name, input: { status: 'rejected', reason: 'The file could not be read by the browser.', player: null, challengeTitle: null } };
      }
    }));
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
    const inputs = pastedInputs(paste.value);
    if (inputs.length === 0) { announce('There is nothing to verify: paste one or more result codes first.'); paste.focus(); return; }
    submit(inputs.map((input) => ({ name: `pasted ${++pasteCount}`, input })));
    paste.value = '';
  });
  csvButton.addEventListener('click', () => {
    downloadTextFile('rapport-class-results.csv', `${classCsv(classRows(entries))}\r\n`, 'text/csv');
    announce('The class table was downloaded as CSV.');
  });
  clearButton.addEventListener('click', () => {
    entries.length = 0;
    table.clear();
    csvButton.disabled = true;
    clearButton.disabled = true;
    bar.value = 0;
    barLabel.textContent = 'Nothing to check yet';
    announce('The table was cleared.');
  });

  root.append(
    h('div', { class: 'teach-form' },
      h('div', { class: 'field' },
        h('label', { for: expected.id }, 'Only accept results of this challenge (optional)'),
        h('span', { class: 'hint', id: 'expected-challenge-hint' }, 'Paste the challenge code or link you handed out; files of other challenges or free games are then rejected.'),
        expected, expectedError),
      dropZone,
      h('div', { class: 'field' },
        h('label', { for: paste.id }, 'Or paste result codes'),
        h('span', { class: 'hint', id: 'result-codes-hint' }, 'One or more codes starting with “R1.”, separated by spaces or new lines (or one result file’s JSON).'),
        paste),
      h('div', { class: 'actions' }, pasteButton)),
    h('div', { class: 'progress-line' }, bar, barLabel),
    table.element,
    h('div', { class: 'actions' }, csvButton, clearButton, h('a', { href: '#/teach' }, 'Create a challenge')),
  );
  return { title: 'Verify result files', unmount: () => worker.terminate() };
};

export default verifyPage;
