// The month's key numbers above the market picture: the month, customers, profit, cash and NPS,
// each with its change. They show the month the picture shows: while a month plays, the numbers
// (and the header's cash) change only when its animation has played out.
import { formatCount, formatMoney, formatNumber, formatSigned, type MonthReport } from '../../engine';
import { h } from '../dom';
import { displayedMonth, type SessionState, type SessionStore } from '../../state/session';

export function keyNumbers(store: SessionStore): { element: HTMLElement; destroy(): void } {
  const list = h('dl', { class: 'key-numbers-list' });
  const element = h('section', { class: 'key-numbers', 'aria-labelledby': 'key-numbers-title' },
    h('h2', { id: 'key-numbers-title', class: 'visually-hidden' }, 'The month\'s key numbers'), list);
  let shown = '';
  const render = (s: SessionState) => {
    const game = s.game;
    if (!game) return;
    const month = displayedMonth(s);
    const key = `${game.market.seed}/${game.run.reports.length}/${month}`;
    if (key === shown) return;
    shown = key;
    const scenario = game.market.scenario;
    const money = (x: number) => formatMoney(x, scenario.currency);
    const report: MonthReport | undefined = game.run.reports[month - 1];
    const before: MonthReport | undefined = game.run.reports[month - 2];
    const change = (now: number | null | undefined, was: number | null | undefined, f: (x: number) => string) =>
      now !== null && now !== undefined && was !== null && was !== undefined ? h('span', { class: 'change' }, ` (${formatSigned(now - was, f)})`) : null;
    const start = scenario.segments.reduce((a, x) => a + x.initialCustomers, 0);
    const items: [string, Node | string, (Node | null)?][] = [
      ['Months played', `${month} of ${game.market.months}`],
      ['Customers', formatCount(report?.total.active ?? start), change(report?.total.active, before ? before.total.active : report ? start : undefined, formatCount)],
      ['Profit this month', report ? money(report.total.profit) : '–'],
      ['Cash', money(report?.total.cash ?? scenario.startingCash), report && report.total.cash < 0 ? h('span', { class: 'key-warning' }, ' overdrawn') : null],
      ['NPS', report?.total.nps == null ? '–' : formatNumber(report.total.nps, 0), change(report?.total.nps, before?.total.nps, (x) => formatNumber(x, 0))],
    ];
    list.replaceChildren(...items.flatMap(([term, value, extra]) => [h('div', { class: 'key-number' }, h('dt', {}, term), h('dd', {}, value, extra ?? null))]));
  };
  render(store.getState());
  const unsubscribe = store.subscribe((s) => render(s));
  return { element, destroy: unsubscribe };
}
