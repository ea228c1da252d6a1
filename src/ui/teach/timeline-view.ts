// A student's game as a timeline on the verifier page: month by month, what they funded in each
// segment, the surveys taken, and the key metrics that followed (customers, profit, cash, NPS, retention).
import { formatNumber, formatPercent, type TimelineMonth } from '../../engine';
import { h } from '../dom';

function spendText(month: TimelineMonth): string {
  const parts = Object.entries(month.detail).filter(([, t]) => Object.keys(t).length > 0)
    .map(([segment, types]) => `${segment}: ${Object.entries(types).map(([t, x]) => `${t} ${formatNumber(x, 0)}`).join(', ')}`);
  const spent = parts.length ? parts.join('; ') : 'nothing';
  return month.surveys.length ? `${spent}; surveyed before the month: ${month.surveys.join(', ')}` : spent;
}

export function timelineSection(title: string, months: readonly TimelineMonth[], error: string | null, close: () => void): HTMLElement {
  const heading = h('h2', { id: 'timeline-heading', tabindex: '-1' }, `Timeline of ${title}`);
  const closeButton = h('button', { type: 'button', class: 'secondary' }, 'Close the timeline');
  closeButton.addEventListener('click', close);
  const body = error
    ? h('p', { class: 'notice error', role: 'alert' }, error)
    : h('div', { class: 'table-scroll' }, h('table', { id: 'timeline-table' },
      h('caption', {}, 'Decisions and results, month by month'),
      h('thead', {}, h('tr', {}, ...['Month', 'Spend', 'Customers', 'New', 'Profit', 'Cash', 'NPS', 'Retention', 'Answers'].map((c, i) =>
        h('th', { scope: 'col', class: i >= 2 && i <= 7 ? 'num' : null }, c)))),
      h('tbody', {}, ...months.map((m) => h('tr', {},
        h('th', { scope: 'row' }, String(m.month)),
        h('td', {}, spendText(m)),
        h('td', { class: 'num' }, formatNumber(m.active, 0)),
        h('td', { class: 'num' }, formatNumber(m.newCustomers, 0)),
        h('td', { class: 'num' }, formatNumber(m.profit, 0)),
        h('td', { class: 'num' }, formatNumber(m.cash, 0)),
        h('td', { class: 'num' }, m.nps === null ? '–' : formatNumber(m.nps, 0)),
        h('td', { class: 'num' }, m.retentionRate === null ? '–' : formatPercent(m.retentionRate)),
        h('td', {}, m.answers.join('; ') || '–'))))));
  const section = h('section', { class: 'card timeline', 'aria-labelledby': 'timeline-heading' }, heading, body, h('div', { class: 'actions' }, closeButton));
  return section;
}
