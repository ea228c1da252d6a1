// The verifier's challenge binding: the challenge code (from the link, typed, or from a class file
// made by the builder) whose results alone are accepted, and the roster students are matched
// against (from the class file, the code, or a roster CSV). Other challenges are then rejected
// with both codes' checksums named.
import { challengeLabel, decodeChallenge, parseRoster, readClassFile, type RosterEntry } from '../../engine';
import { announce, h } from '../dom';

export interface Binding {
  readonly element: HTMLElement;
  /** The bound code, undefined for none, or null when what was typed is not a code (the error is shown). */
  code(): string | undefined | null;
  roster(): readonly RosterEntry[] | null;
  /** The grade column's name in the LMS exports. */
  gradeItem(): string;
}

export function createBinding(initialCode: string | null, onChange: () => void): Binding {
  const input = h('input', { id: 'expected-challenge', type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'expected-challenge-hint' });
  const error = h('p', { class: 'error-text', role: 'alert', hidden: true });
  const status = h('p', { id: 'binding-status', role: 'status' });
  const classFile = h('input', { id: 'class-file', type: 'file', accept: '.json,application/json' });
  const rosterFile = h('input', { id: 'roster-file', type: 'file', accept: '.csv,text/csv,text/plain' });
  let roster: readonly RosterEntry[] | null = null;
  let rosterSource: 'code' | 'file' | null = null;
  if (initialCode) input.value = initialCode;

  function current(): string | undefined | null {
    const text = input.value.trim();
    if (text === '') { error.hidden = true; return undefined; }
    const read = readClassFile(text);
    if (!read.ok) {
      error.textContent = `Challenge code: ${read.error}`;
      error.hidden = false;
      return null;
    }
    error.hidden = true;
    return text;
  }

  function refresh(notify = true): void {
    const code = current();
    if (code) {
      const decoded = decodeChallenge(code);
      if (decoded.ok && rosterSource !== 'file') {
        roster = decoded.value.roster?.map((s) => ({ ...s, email: '' })) ?? null;
        rosterSource = roster ? 'code' : null;
      }
      const who = roster ? ` Students are matched against a roster of ${roster.length}.` : '';
      status.textContent = decoded.ok ? `Only results of ${challengeLabel(decoded.value.title, code)} are accepted.${who}` : '';
    } else {
      if (rosterSource === 'code') { roster = null; rosterSource = null; }
      status.textContent = roster ? `No challenge chosen: results of any challenge are accepted. Students are matched against a roster of ${roster.length}.` : 'No challenge chosen: results of any challenge are accepted.';
    }
    if (notify) onChange();
  }

  input.addEventListener('change', () => refresh());
  classFile.addEventListener('change', () => {
    const file = classFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const read = readClassFile(text);
      if (!read.ok) { error.textContent = `Class file: ${read.error}`; error.hidden = false; return; }
      input.value = read.value.code;
      roster = read.value.roster;
      rosterSource = roster ? 'file' : null;
      refresh();
      announce(`Class file loaded: ${read.value.challenge.title}.`);
    });
  });
  rosterFile.addEventListener('change', () => {
    const file = rosterFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const parsed = parseRoster(text);
      if (!parsed.ok) { error.textContent = `Roster: ${parsed.error}`; error.hidden = false; return; }
      roster = parsed.value.students;
      rosterSource = 'file';
      refresh();
      announce(`Roster loaded: ${roster.length} students.`);
    });
  });
  refresh(false);

  const element = h('div', { class: 'binding' },
    h('div', { class: 'field' },
      h('label', { for: input.id }, 'Only accept results of this challenge (optional)'),
      h('span', { class: 'hint', id: 'expected-challenge-hint' }, 'Paste the challenge code or link you handed out; results of any other challenge (even one with the same title) or free games are then rejected.'),
      input, error),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: classFile.id }, 'Or open a class file from the builder'), classFile),
      h('div', { class: 'field' }, h('label', { for: rosterFile.id }, 'Roster (CSV: id, name, e-mail), optional'), rosterFile)),
    status);
  return {
    element,
    code: current,
    roster: () => roster,
    gradeItem: () => {
      const code = current();
      const decoded = code ? decodeChallenge(code) : null;
      return decoded?.ok ? `Rapport: ${decoded.value.title}` : 'Rapport';
    },
  };
}
