// The verifier's class table: one row per file, verified or rejected with the reason, plus a
// one-line summary; rows are appended as verdicts arrive.
import { classRows, formatNumber, type ClassRow, type NamedVerdict } from '../../engine';
import { h } from '../dom';

export interface VerifyTable {
  readonly element: HTMLElement;
  /** Appends the row of the last entry (attempts are counted over every entry so far). */
  append(entries: readonly NamedVerdict[]): void;
  clear(): void;
}

function verdictCell(row: ClassRow): HTMLElement {
  if (row.status === 'verified') return h('td', {}, h('span', { class: 'verdict-verified' }, '✓ Verified'));
  return h('td', {}, h('span', { class: 'verdict-rejected' }, '✗ Rejected'), ': ', row.reason);
}

export function createVerifyTable(): VerifyTable {
  const tbody = h('tbody');
  const summary = h('p', { id: 'verify-summary' }, 'No files checked yet.');
  const table = h('table', { id: 'verify-table' },
    h('caption', { class: 'visually-hidden' }, 'Result files and their verdicts'),
    h('thead', {}, h('tr', {}, ...['#', 'File', 'Student', 'Challenge', 'Score', 'Goals met', 'Attempt', 'Verdict'].map((t) =>
      h('th', { scope: 'col', class: t === 'Score' || t === '#' ? 'num' : null }, t)))),
    tbody);
  const element = h('section', { 'aria-labelledby': 'verify-results-heading' },
    h('h2', { id: 'verify-results-heading' }, 'Results'), summary, h('div', { class: 'table-scroll' }, table));
  let verified = 0;
  let rejected = 0;

  return {
    element,
    append(entries) {
      const rows = classRows(entries);
      const row = rows[rows.length - 1];
      if (!row) return;
      if (row.status === 'verified') verified++;
      else rejected++;
      tbody.append(h('tr', {},
        h('td', { class: 'num' }, String(rows.length)),
        h('td', {}, row.file),
        h('td', {}, row.student || '–'),
        h('td', {}, row.challenge || (row.scenario ? `Free game (${row.scenario})` : '–')),
        h('td', { class: 'num' }, row.score === null ? '–' : formatNumber(row.score, 1)),
        h('td', {}, row.goalsMet === null ? '–' : `${row.goalsMet} of ${row.goalsTotal}`),
        h('td', {}, row.attempt || '–'),
        verdictCell(row)));
      summary.textContent = `${verified + rejected} checked: ${verified} verified, ${rejected} rejected.`;
    },
    clear() {
      tbody.replaceChildren();
      verified = 0;
      rejected = 0;
      summary.textContent = 'No files checked yet.';
    },
  };
}
