// The verifier's class table: one row per file (verified, or rejected with the reason), notes for
// the instructor (identity, likely copies), sortable by a column (buttons in the headers, with
// aria-sort), filtered by text and by verdict, and shown a page of 50 rows at a time so that a
// class of 10,000 renders in a few milliseconds. A verified row opens the student's timeline.
import { formatNumber } from '../../engine';
import { announce, h } from '../dom';
import type { ShownRow } from './class-protocol';

export const PAGE_SIZE = 50;

type SortKey = 'index' | 'file' | 'student' | 'score' | 'status';
const HEADERS: readonly { label: string; key?: SortKey; num?: boolean }[] = [
  { label: '#', key: 'index', num: true }, { label: 'File', key: 'file' }, { label: 'Student', key: 'student' }, { label: 'Challenge' },
  { label: 'Score', key: 'score', num: true }, { label: 'Goals met' }, { label: 'Attempt' }, { label: 'Verdict', key: 'status' },
  { label: 'Student id' }, { label: 'Notes' }, { label: 'Game' },
];

export interface VerifyTable {
  readonly element: HTMLElement;
  /** Replaces the rows (they are rendered on the next frame). */
  setRows(rows: readonly ShownRow[]): void;
  clear(): void;
}

function verdictCell(row: ShownRow): HTMLElement {
  if (row.status === 'verified') return h('td', {}, h('span', { class: 'verdict-verified' }, '✓ Verified'));
  return h('td', {}, h('span', { class: 'verdict-rejected' }, '✗ Rejected'), ': ', row.reason);
}

export function createVerifyTable(openTimeline: (row: number, label: string) => void): VerifyTable {
  let rows: readonly ShownRow[] = [];
  let sort: { key: SortKey; dir: 1 | -1 } = { key: 'index', dir: 1 };
  let page = 0;
  let scheduled = false;
  let lastShown: readonly ShownRow[] = [];
  let lastIndex: readonly number[] = [];
  let lastRender = 0;
  const tbody = h('tbody');
  const summary = h('p', { id: 'verify-summary' }, 'No files checked yet.');
  const filter = h('input', { id: 'table-filter', type: 'search', autocomplete: 'off', spellcheck: 'false' });
  const status = h('select', { id: 'table-status' },
    h('option', { value: 'all' }, 'All files'), h('option', { value: 'verified' }, 'Verified'), h('option', { value: 'rejected' }, 'Rejected'), h('option', { value: 'flagged' }, 'With notes'));
  const prev = h('button', { type: 'button', class: 'secondary' }, 'Previous page');
  const next = h('button', { type: 'button', class: 'secondary' }, 'Next page');
  const pageLabel = h('span', { id: 'table-page', 'aria-live': 'polite' });
  const sortButtons = new Map<SortKey, HTMLButtonElement>();
  const heads = HEADERS.map((c) => {
    const th = h('th', { scope: 'col', class: c.num ? 'num' : null });
    if (c.key) {
      const button = h('button', { type: 'button', class: 'sort-button' }, c.label);
      const key = c.key;
      button.addEventListener('click', () => {
        sort = { key, dir: sort.key === key ? (sort.dir === 1 ? -1 : 1) : 1 };
        page = 0;
        render();
        announce(`Sorted by ${c.label}, ${sort.dir === 1 ? 'ascending' : 'descending'}.`);
      });
      sortButtons.set(key, button);
      th.append(button);
    } else th.append(c.label);
    return th;
  });
  const table = h('table', { id: 'verify-table' },
    h('caption', { class: 'visually-hidden' }, 'Result files and their verdicts'),
    h('thead', {}, h('tr', {}, ...heads)), tbody);
  const element = h('section', { 'aria-labelledby': 'verify-results-heading' },
    h('h2', { id: 'verify-results-heading' }, 'Results'), summary,
    h('div', { class: 'field-row table-tools' },
      h('div', { class: 'field' }, h('label', { for: filter.id }, 'Filter the table'), filter),
      h('div', { class: 'field' }, h('label', { for: status.id }, 'Show'), status)),
    h('div', { class: 'table-scroll' }, table),
    h('div', { class: 'actions pager' }, prev, pageLabel, next));

  function visible(): { row: ShownRow; index: number }[] {
    const text = filter.value.trim().toLowerCase();
    const which = status.value;
    const list = rows.map((row, index) => ({ row, index })).filter(({ row }) =>
      (which === 'all' || (which === 'flagged' ? row.flags !== '' : row.status === which))
      && (text === '' || `${row.file} ${row.student} ${row.studentId} ${row.challenge} ${row.reason} ${row.flags}`.toLowerCase().includes(text)));
    const value = (x: { row: ShownRow; index: number }): string | number => {
      switch (sort.key) {
        case 'index': return x.index;
        case 'score': return x.row.score ?? -1;
        default: return x.row[sort.key].toLowerCase();
      }
    };
    return list.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return (va < vb ? -1 : va > vb ? 1 : a.index - b.index) * sort.dir;
    });
  }

  function render(): void {
    scheduled = false;
    const list = visible();
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    for (const [key, button] of sortButtons) button.closest('th')!.setAttribute('aria-sort', key === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none');
    const shown = list.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    // While files arrive, the page shown rarely changes: rebuild its rows only when it does, and
    // when the class report only fills in attempts, ids and notes, patch those cells in place.
    if (shown.length === lastShown.length && shown.every((x, i) => lastShown[i] === x.row)) {
      updateText(list.length, pages);
      return;
    }
    if (shown.length === lastShown.length && shown.every((x, i) => lastIndex[i] === x.index && lastShown[i]!.file === x.row.file && lastShown[i]!.status === x.row.status)) {
      shown.forEach(({ row }, i) => {
        const cells = tbody.children[i]?.children;
        if (!cells) return;
        const set = (c: number, text: string) => { if (cells[c] && cells[c]!.textContent !== text) cells[c]!.textContent = text; };
        set(6, row.attempt || '–');
        set(8, row.studentId || '–');
        set(9, row.flags || '–');
      });
      lastShown = shown.map((x) => x.row);
      updateText(list.length, pages);
      return;
    }
    lastIndex = shown.map((x) => x.index);
    // Rows only added at the end (files arriving, sorted by number): append just those.
    const grows = lastShown.length > 0 && lastShown.length < shown.length && lastShown.every((r, i) => shown[i]!.row === r);
    const fresh = grows ? shown.slice(lastShown.length) : shown;
    lastShown = shown.map((x) => x.row);
    const made = fresh.map(({ row, index }) => {
      const open = row.status === 'verified'
        ? h('button', { type: 'button', class: 'secondary small', 'aria-label': `Timeline of ${row.student || 'anonymous'} (${row.file})` }, 'Timeline')
        : null;
      open?.addEventListener('click', () => openTimeline(index, `${row.student || 'anonymous'} (${row.file})`));
      return h('tr', {},
        h('td', { class: 'num' }, String(index + 1)),
        h('td', {}, row.file),
        h('td', {}, row.student || '–'),
        h('td', {}, row.challenge ? `${row.challenge} (code …${row.challengeCode})` : (row.scenario ? `Free game (${row.scenario})` : '–')),
        h('td', { class: 'num' }, row.score === null ? '–' : formatNumber(row.score, 1)),
        h('td', {}, row.goalsMet === null ? '–' : `${row.goalsMet} of ${row.goalsTotal}`),
        h('td', {}, row.attempt || '–'),
        verdictCell(row),
        h('td', {}, row.studentId || '–'),
        h('td', { class: 'notes' }, row.flags || '–'),
        h('td', {}, open ?? '–'));
    });
    if (grows) tbody.append(...made);
    else tbody.replaceChildren(...made);
    updateText(list.length, pages);
  }

  function updateText(count: number, pages: number): void {
    pageLabel.textContent = count === 0 ? 'No rows to show' : `Rows ${page * PAGE_SIZE + 1}–${Math.min(count, (page + 1) * PAGE_SIZE)} of ${count}`;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    const verified = rows.filter((r) => r.status === 'verified').length;
    summary.textContent = rows.length === 0 ? 'No files checked yet.' : `${rows.length} checked: ${verified} verified, ${rows.length - verified} rejected.`;
  }

  /** At most one render every 250 ms while rows stream in (a user's sort or filter renders at once). */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, lastRender + 250 - performance.now());
    window.setTimeout(() => requestAnimationFrame(() => { lastRender = performance.now(); render(); }), wait);
  }

  filter.addEventListener('input', () => { page = 0; schedule(); });
  status.addEventListener('change', () => { page = 0; schedule(); });
  prev.addEventListener('click', () => { page--; render(); });
  next.addEventListener('click', () => { page++; render(); });
  render();
  return {
    element,
    setRows(newRows) {
      rows = newRows;
      schedule();
    },
    clear() {
      rows = [];
      page = 0;
      lastShown = [];
      lastIndex = [];
      render();
    },
  };
}
