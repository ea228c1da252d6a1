// Figures a lesson quotes from the model, computed when the course was built: the "How Rapport
// measures this" box for a metric (its definition, its trap, and a worked example from a month of
// the coffee chain, the same number the game's results table shows) and the retention-economics
// table (what five more points of annual retention are worth in each segment of a scenario).
import { h } from '../dom';
import type { MeasureExample, RetentionTable } from '../../content/learn/course-types';

let boxes = 0;

export function measuresBox(example: MeasureExample): HTMLElement {
  const id = `measures-${example.metric}-${++boxes}`;
  return h('aside', { class: 'measures-box card', 'aria-labelledby': id },
    h('h3', { id }, `How Rapport measures this: ${example.name}`),
    h('p', {}, h('strong', {}, 'Definition: '), example.formula, '.'),
    h('p', {}, example.note),
    h('table', { class: 'measures-example' },
      h('caption', {}, `Worked example: ${example.source}`),
      h('tbody', {}, ...example.rows.map(([label, value], i) => h('tr', { class: i === example.rows.length - 1 ? 'measures-result' : '' },
        h('th', { scope: 'row' }, label), h('td', {}, value))))));
}

export function retentionTableView(table: RetentionTable): HTMLElement {
  return h('table', { class: 'retention-table' },
    h('caption', {}, `In Rapport's model: five more points of annual retention in ${table.scenarioTitle} (a new customer's predicted lifetime value, at neutral service)`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Segment'), h('th', { scope: 'col' }, 'Kept a year'), h('th', { scope: 'col' }, 'Kept a year, +5 points'),
      h('th', { scope: 'col' }, 'CLV'), h('th', { scope: 'col' }, 'CLV, +5 points'), h('th', { scope: 'col' }, 'Change'))),
    h('tbody', {}, ...table.rows.map((r) => h('tr', {},
      h('th', { scope: 'row' }, r.segment), h('td', {}, r.annualBefore), h('td', {}, r.annualAfter), h('td', {}, r.clvBefore), h('td', {}, r.clvAfter), h('td', {}, r.change)))));
}
