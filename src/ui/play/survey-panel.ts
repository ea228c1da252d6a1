// Listening to customers as a decision with a cost: before planning a month, ask some customers of
// one segment how much they value each relationship type. The survey is paid from the coming
// month's budget, and its answers carry honest sampling error (the engine's 90 % ranges), read out
// in words: valued, disliked, or not clear from this sample.
import { RELATIONSHIP_TYPES, SURVEY_SIZES, formatCount, formatMoney, formatNumber, type Survey } from '../../engine';
import { h } from '../dom';
import type { SessionStore } from '../../state/session';

function reading(low: number, high: number): string {
  if (low > 0) return high >= 0.5 ? 'they value it highly' : 'they value it';
  if (high < 0) return 'they dislike it';
  return 'not clear from this sample';
}

function surveyTable(store: SessionStore, survey: Survey): HTMLElement {
  const scenario = store.getState().game!.market.scenario;
  const segment = scenario.segments.find((s) => s.id === survey.segment)?.name ?? survey.segment;
  const n = (x: number) => formatNumber(x, 2);
  const id = `survey-${survey.segment}-${survey.month}`;
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-caption` }, h('table', { class: 'survey-table' },
    h('caption', { id: `${id}-caption` }, `Survey of ${formatCount(survey.respondents)} ${segment} before month ${survey.month + 1} (${formatMoney(survey.cost, scenario.currency)}): how much they value each type, from −1 (dislike) to 1 (love), with a 90 % range`),
    h('thead', {}, h('tr', {}, ...['Relationship type', 'Estimate', '90 % range', 'Reading'].map((c, i) => h('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : '' }, c)))),
    h('tbody', {}, ...RELATIONSHIP_TYPES.map((t) => {
      const e = survey.estimates[t];
      return h('tr', {}, h('th', { scope: 'row' }, scenario.types[t].name), h('td', { class: 'num' }, n(e.mean)), h('td', { class: 'num' }, `${n(e.low)} to ${n(e.high)}`), h('td', {}, reading(e.low, e.high)));
    }))));
}

export function surveyPanel(store: SessionStore, say: (text: string) => void, onOrdered: () => void): { element: HTMLElement; selectSegment(id: string): void; destroy(): void } {
  const game = store.getState().game!;
  const scenario = game.market.scenario;
  const money = (x: number) => formatMoney(x, scenario.currency);
  const last = game.run.reports[game.run.reports.length - 1];
  const customersOf = (id: string) => last?.segments[id]?.active ?? scenario.segments.find((s) => s.id === id)!.initialCustomers;
  const unit = scenario.model.surveyCostPerResponse;
  const segment = h('select', { id: 'survey-segment' }, ...scenario.segments.map((s) => h('option', { value: s.id }, s.name)));
  const sizes = h('fieldset', { class: 'survey-sizes' }, h('legend', {}, 'Customers to ask'));
  const radios = SURVEY_SIZES.map((size) => {
    const input = h('input', { type: 'radio', name: 'survey-size', id: `survey-size-${size}`, value: size, checked: size === 50 });
    const label = h('label', { for: `survey-size-${size}` });
    sizes.append(h('span', { class: 'run-speed-option' }, input, label));
    return { size, input, label };
  });
  const error = h('p', { class: 'plan-error', role: 'alert' });
  const button = h('button', { type: 'button', class: 'secondary' }, 'Run the survey');
  const results = h('div', { class: 'survey-results' });
  const labels = () => {
    const customers = customersOf(segment.value);
    for (const r of radios) {
      const asked = Math.min(r.size, customers);
      r.label.textContent = `${r.size} (${money(asked * unit)})`;
    }
  };
  segment.addEventListener('change', labels);
  labels();
  button.addEventListener('click', () => {
    const size = Number(radios.find((r) => r.input.checked)?.size ?? 50);
    const result = store.getState().orderSurvey(segment.value, size);
    if (!result.ok) {
      error.textContent = result.error;
      return;
    }
    error.textContent = '';
    onOrdered();
    const taken = store.getState().game!.surveys.at(-1)!;
    say(`Survey done: ${formatCount(taken.respondents)} answers, ${money(taken.cost)} from this month's budget. ${RELATIONSHIP_TYPES.filter((t) => taken.estimates[t].low > 0).map((t) => scenario.types[t].name).join(', ') || 'No type'} clearly valued.`);
  });
  const render = () => {
    const surveys = [...(store.getState().game?.surveys ?? [])].reverse();
    results.replaceChildren(...surveys.map((s) => surveyTable(store, s)));
  };
  render();
  let shown = game.surveys;
  const unsubscribe = store.subscribe((s) => {
    if (s.game && s.game.surveys !== shown) {
      shown = s.game.surveys;
      render();
    }
  });
  const element = h('details', { class: 'survey', open: game.surveys.length > 0 },
    h('summary', {}, 'Ask your customers: a paid survey'),
    h('p', {}, `A survey asks customers of one segment how much they value each relationship type. Each answer costs ${money(unit)}, paid from this month's budget; a small sample gives wide ranges.`),
    h('div', { class: 'survey-form' }, h('label', { for: 'survey-segment' }, 'Segment'), segment, sizes, button),
    error, results);
  return {
    element,
    selectSegment(id: string) {
      if (segment.value !== id && scenario.segments.some((s) => s.id === id)) {
        segment.value = id;
        labels();
      }
    },
    destroy: unsubscribe,
  };
}
