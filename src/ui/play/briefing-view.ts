// The briefing screen: the situation in words, the segments with their personas, the goals, what
// the scenario teaches, and the button that starts planning month 1.
import { formatCount, formatMoney, formatPercent } from '../../engine';
import { h } from '../dom';
import { goalsOf, type SessionStore } from '../../state/session';
import type { ScreenView } from './screen-view';

export function briefingView(store: SessionStore): ScreenView {
  const state = store.getState();
  const { market } = state.game!;
  const file = state.loaded!.file;
  const scenario = market.scenario;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const paragraphs = (file.briefing ?? file.summary ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const goals = goalsOf(state);
  const heading = h('h2', { tabindex: -1, id: 'briefing-heading' }, 'Briefing');
  const start = h('button', { type: 'button', class: 'play-primary', onclick: () => store.getState().beginPlanning() }, 'Plan month 1');

  const element = h('section', { class: 'play-screen briefing-screen', 'aria-labelledby': 'briefing-heading' },
    heading,
    ...paragraphs.map((p) => h('p', {}, p)),
    market.challenge ? h('p', { class: 'notice' }, `This is a challenge${market.player ? ` played by ${market.player}` : ''}: your result file will be checked by replaying your decisions.`) : null,
    h('ul', { class: 'briefing-facts' },
      h('li', {}, `Length: ${market.months} months`),
      h('li', {}, `Starting cash: ${money(scenario.startingCash)}`),
      h('li', {}, `Monthly budget for relationships: ${money(scenario.budget.monthly)}${scenario.budget.revenueShare > 0 ? ` plus ${formatPercent(scenario.budget.revenueShare)} of last month's revenue` : ''}`),
      h('li', {}, scenario.cash.overdraftLimit > 0 ? `Overdraft: up to ${money(scenario.cash.overdraftLimit)}, at ${formatPercent(scenario.cash.overdraftRate)} interest a month` : 'No overdraft: relationship spend must be paid from the cash you have')),
    h('h3', {}, 'Your customer segments'),
    h('div', { class: 'grid' }, ...scenario.segments.map((s) => h('article', { class: 'card' },
      h('h4', {}, s.name),
      h('p', {}, s.persona),
      h('p', { class: 'briefing-segment-facts' },
        `${formatCount(s.initialCustomers)} customers today in a market of ${formatCount(s.marketSize)}; each brings ${money(s.margin)} a month.`)))),
    h('h3', {}, 'Your goals'),
    goals.length > 0 ? h('ul', {}, ...goals.map((g) => h('li', {}, g.label))) : h('p', {}, 'No set goals: make the business as healthy as you can.'),
    file.teaches.length > 0 ? h('h3', {}, 'What this scenario teaches') : null,
    file.teaches.length > 0 ? h('ul', {}, ...file.teaches.map((t) => h('li', {}, t))) : null,
    h('div', { class: 'plan-actions' }, start));
  return { element, heading, showsMarket: true };
}
