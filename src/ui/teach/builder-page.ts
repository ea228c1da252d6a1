// The challenge builder (#/teach): an instructor picks a scenario, a seed, the length, goals and
// rules, and gets a link, a short code and a QR code to hand out, plus a difficulty preview.
import { loadAllScenarios } from '../../content/scenario/catalog';
import type { LoadedScenario } from '../../content/scenario/resolve-scenario';
import {
  CHALLENGE_VERSION, challengeScenarioProblem, encodeChallenge, ENGINE_VERSION, MAX_INSTRUCTIONS, MAX_MONTHS, MAX_SEED, MAX_TITLE, parseRoster, resolveMarket, rosterForCode, scenarioHash,
  type Challenge, type Goal, type Roster,
} from '../../engine';
import { announce, h } from '../dom';
import type { Page, PageFactory } from '../shell/router';
import { createDifficultyPreview } from './difficulty-preview';
import { createGoalEditor } from './goal-editor';
import { sharePanel } from './share-panel';
import './teach.css';

/** A seed nobody can guess: drawn here, in the UI, never by the engine. */
export function drawSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 12);
}

function field(id: string, text: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? `${id}-hint` : undefined;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: id }, text), hint ? h('span', { class: 'hint', id: hintId }, hint) : null, control);
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string; focus: HTMLElement };

const builderPage: PageFactory = async (root) => {
  root.classList.add('teach-page');
  root.append(h('h1', {}, 'Create a challenge'), h('p', { class: 'lead' },
    'Give your class one market to play: the same scenario, seed and goals for everyone (or a fair variant per student). Every result file can then be verified by replaying its decisions.'),
    h('p', {}, 'Planning a course? The ', h('a', { href: '#/teach/guide' }, 'teaching guide'), ' pairs each lesson with a scenario and suggests sessions, discussion prompts and a capstone.'));
  let scenarios: LoadedScenario[];
  try {
    scenarios = await loadAllScenarios();
  } catch (error) {
    root.append(h('p', { class: 'notice error', role: 'alert' }, `The scenarios could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
    return { title: 'Create a challenge' };
  }

  const errors = h('div', { class: 'notice error', role: 'alert', hidden: true, tabindex: '-1' });
  const scenario = h('select', { id: 'scenario' }, ...scenarios.map((s) => h('option', { value: s.scenario.id }, s.scenario.title)));
  const seed = h('input', { id: 'seed', type: 'text', required: true, maxlength: String(MAX_SEED), autocomplete: 'off', spellcheck: 'false', value: drawSeed() });
  const draw = h('button', { type: 'button', class: 'secondary' }, 'Draw a new seed');
  const months = h('input', { id: 'months', type: 'number', min: '1', max: String(MAX_MONTHS), step: '1', required: true, inputmode: 'numeric' });
  const monthsHint = h('span', { class: 'hint', id: 'months-hint' });
  months.setAttribute('aria-describedby', 'months-hint');
  const goals = createGoalEditor();
  const attempts = h('input', { id: 'attempts', type: 'number', min: '1', max: '99', step: '1', inputmode: 'numeric' });
  const variants = h('input', { id: 'variants', type: 'checkbox' });
  const title = h('input', { id: 'title', type: 'text', required: true, maxlength: String(MAX_TITLE) });
  const instructions = h('textarea', { id: 'instructions', rows: '4', maxlength: String(MAX_INSTRUCTIONS) });
  const shareSlot = h('div');
  const rosterInput = h('input', { id: 'roster', type: 'file', accept: '.csv,text/csv,text/plain', 'aria-describedby': 'roster-hint roster-status' });
  const rosterStatus = h('div', { id: 'roster-status', role: 'status' });
  const rosterClear = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Remove the roster');
  let roster: Roster | null = null;
  rosterInput.addEventListener('change', () => {
    const file = rosterInput.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const parsed = parseRoster(text);
      rosterInput.value = '';
      if (!parsed.ok) {
        roster = null;
        rosterClear.hidden = true;
        rosterStatus.replaceChildren(h('p', { class: 'error-text' }, `The roster was not loaded: ${parsed.error}`));
        return;
      }
      roster = parsed.value;
      rosterClear.hidden = false;
      rosterStatus.replaceChildren(h('p', {}, `Roster loaded: ${roster.students.length} students. Students pick their name or type their id; the code carries ids and names, never e-mails.`));
      if (roster.warnings.length) rosterStatus.append(h('ul', {}, ...roster.warnings.map((w) => h('li', {}, w))));
      shareSlot.replaceChildren();
    });
  });
  rosterClear.addEventListener('click', () => {
    roster = null;
    rosterClear.hidden = true;
    rosterStatus.replaceChildren(h('p', {}, 'No roster: students type their name.'));
    shareSlot.replaceChildren();
    rosterInput.focus();
  });

  const current = (): LoadedScenario => scenarios.find((s) => s.scenario.id === scenario.value) ?? scenarios[0]!;
  function applyScenario(): void {
    const loaded = current();
    months.value = String(loaded.scenario.months);
    monthsHint.textContent = `The scenario lasts ${loaded.scenario.months} months; a shorter challenge stops earlier.`;
    title.value = loaded.scenario.title;
    goals.reset(loaded.scenario.segments, loaded.file.goals as readonly Goal[]);
  }
  applyScenario();

  function readForm(): Read<Challenge> {
    const loaded = current();
    if (seed.value.trim() === '') return { ok: false, error: 'Seed: enter any text, or draw one.', focus: seed };
    const m = Number(months.value);
    if (!Number.isInteger(m) || m < 1 || m > MAX_MONTHS) return { ok: false, error: `Months: enter a whole number from 1 to ${MAX_MONTHS}.`, focus: months };
    const a = attempts.value.trim() === '' ? null : Number(attempts.value);
    if (a !== null && (!Number.isInteger(a) || a < 1 || a > 99)) return { ok: false, error: 'Attempts: enter a whole number from 1 to 99, or leave it empty for no limit.', focus: attempts };
    if (title.value.trim() === '') return { ok: false, error: 'Title: give the challenge a title the students will see.', focus: title };
    const g = goals.read();
    if (!g.ok) return { ok: false, error: g.error, focus: g.focus };
    const challenge: Challenge = {
      version: CHALLENGE_VERSION,
      engineVersion: ENGINE_VERSION,
      scenario: { id: loaded.scenario.id, hash: scenarioHash(loaded.scenario) },
      seed: seed.value.trim(),
      months: m,
      goals: g.goals,
      rules: { attempts: a, perStudentVariants: variants.checked },
      title: title.value.trim(),
      instructions: instructions.value.trim(),
      roster: roster ? rosterForCode(roster) : null,
    };
    const problem = challengeScenarioProblem(challenge, loaded.scenario);
    return problem ? { ok: false, error: problem, focus: scenario } : { ok: true, value: challenge };
  }

  function showError(error: string, focus: HTMLElement): void {
    errors.replaceChildren(h('p', {}, error));
    errors.hidden = false;
    focus.focus();
    announce(error);
  }

  const preview = createDifficultyPreview(() => {
    const read = readForm();
    if (!read.ok) {
      showError(read.error, read.focus);
      return null;
    }
    errors.hidden = true;
    const c = read.value;
    const market = resolveMarket({ scenario: current().scenario, goals: c.goals, points: [], seed: c.seed, months: c.months });
    if (!market.ok) {
      showError(market.error, months);
      return null;
    }
    return { market: market.value, variants: c.rules.perStudentVariants };
  });

  const form = h('form', { class: 'teach-form', novalidate: true, 'aria-label': 'Challenge' },
    errors,
    h('fieldset', {}, h('legend', {}, 'Market'),
      field('scenario', 'Scenario', scenario),
      h('div', { class: 'field-row' },
        field('seed', 'Seed', seed, 'Any text. The same seed gives the same market, so keep it to yourself.'),
        draw),
      h('div', { class: 'field' }, h('label', { for: 'months' }, 'Months'), monthsHint, months)),
    h('fieldset', {}, h('legend', {}, 'Goals'),
      h('p', { class: 'hint' }, 'A goal is met when its metric reaches at least the target. Unmet goals earn partial credit, up to half their weight.'),
      goals.element),
    h('fieldset', {}, h('legend', {}, 'Rules'),
      field('attempts', 'Attempts per student', attempts, 'Leave empty for no limit. The verifier flags files beyond it.'),
      h('label', { class: 'checkbox', for: 'variants' }, variants, 'Give each student a market of their own (varied from the seed and their name, equally hard), so answers cannot be copied')),
    h('fieldset', {}, h('legend', {}, 'Class roster (optional)'),
      h('div', { class: 'field' },
        h('label', { for: rosterInput.id }, 'Roster file (CSV)'),
        h('span', { class: 'hint', id: 'roster-hint' }, 'One student per line: id, name, e-mail (a header row is optional). With a roster, results carry the student’s id and the verifier flags unknown ids.'),
        rosterInput),
      rosterStatus, rosterClear),
    h('fieldset', {}, h('legend', {}, 'For the students'),
      field('title', 'Title', title),
      field('instructions', 'Instructions (optional)', instructions, 'Plain text, shown as written.')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Create the challenge'), h('a', { href: '#/teach/verify' }, 'Verify result files')),
  );

  scenario.addEventListener('change', applyScenario);
  draw.addEventListener('click', () => {
    seed.value = drawSeed();
    announce(`New seed drawn: ${seed.value}.`);
    form.dispatchEvent(new Event('input'));
  });
  form.addEventListener('input', () => {
    shareSlot.replaceChildren();
    preview.clear();
  });
  form.addEventListener('change', () => shareSlot.replaceChildren());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readForm();
    if (!read.ok) return showError(read.error, read.focus);
    const code = encodeChallenge(read.value);
    if (!code.ok) return showError(code.error, title);
    errors.hidden = true;
    shareSlot.replaceChildren(sharePanel(code.value, read.value.title, roster?.students ?? null));
    shareSlot.querySelector<HTMLElement>('#share-heading')?.focus();
  });

  root.append(form, shareSlot, preview.element);
  const page: Page = { title: 'Create a challenge', unmount: () => preview.cancel() };
  return page;
};

export default builderPage;
