// The budget controls of the plan screen: for each segment a fieldset, for each relationship type a
// labelled number input (keyboard, typing) paired with a range slider (mouse and touch) that move
// together; hints say what a full service costs. Emits the whole month's decisions on each change.
import { RELATIONSHIP_TYPES, formatCount, formatMoney, type Decisions, type RelationshipTypeId, type Scenario } from '../../engine';
import { h } from '../dom';
import { niceCeiling, spendStep } from './spend-scale';

export interface SpendControls {
  readonly element: HTMLElement;
  /** Replaces every value (presets). */
  setDecisions(decisions: Decisions): void;
}

type Spend = Record<string, Partial<Record<RelationshipTypeId, number>>>;

function hintFor(scenario: Scenario, type: RelationshipTypeId, customers: number): string {
  const p = scenario.types[type];
  const money = (x: number) => formatMoney(x, scenario.currency);
  if (p.cost === 'per-customer') return `About ${money(p.unitCost * Math.max(1, customers))} a month serves all ${formatCount(customers)} customers.`;
  return `${money(p.halfSpend)} a month reaches half strength${p.ramp < 1 ? '; builds up over months' : ''}.`;
}

function sliderMax(scenario: Scenario, type: RelationshipTypeId, customers: number): number {
  const p = scenario.types[type];
  const full = p.cost === 'per-customer' ? p.unitCost * Math.max(1, customers) * 1.5 : p.halfSpend * 4;
  return niceCeiling(Math.max(100, full));
}

export function spendControls(scenario: Scenario, initial: Decisions, customers: Readonly<Record<string, number>>, onChange: (d: Decisions) => void): SpendControls {
  const spend: Spend = {};
  for (const [seg, bySeg] of Object.entries(initial.spend)) spend[seg] = { ...bySeg };
  const inputs = new Map<string, { number: HTMLInputElement; range: HTMLInputElement; error: HTMLElement }>();
  const totals = new Map<string, HTMLElement>();
  const money = (x: number) => formatMoney(x, scenario.currency);

  const segmentTotal = (seg: string) => Object.values(spend[seg] ?? {}).reduce((a: number, b) => a + (b ?? 0), 0);
  const decisions = (): Decisions => {
    const out: Spend = {};
    for (const [seg, bySeg] of Object.entries(spend)) {
      const kept = Object.fromEntries(Object.entries(bySeg).filter(([, v]) => (v ?? 0) > 0));
      if (Object.keys(kept).length > 0) out[seg] = kept;
    }
    return { spend: out } as Decisions;
  };
  const set = (seg: string, type: RelationshipTypeId, value: number) => {
    spend[seg] = { ...spend[seg], [type]: value };
    totals.get(seg)!.textContent = `${money(segmentTotal(seg))} a month`;
  };

  const fieldsets = scenario.segments.map((segment) => {
    const n = customers[segment.id] ?? segment.initialCustomers;
    const total = h('span', { class: 'spend-segment-total' });
    totals.set(segment.id, total);
    const rows = RELATIONSHIP_TYPES.map((type) => {
      const id = `spend-${segment.id}-${type}`;
      const max = sliderMax(scenario, type, n);
      const step = spendStep(max);
      const value = spend[segment.id]?.[type] ?? 0;
      const hint = h('span', { class: 'spend-hint', id: `${id}-hint` }, hintFor(scenario, type, n));
      const error = h('span', { class: 'spend-error', id: `${id}-error`, role: 'alert' });
      const number = h('input', {
        type: 'number', id, min: 0, step, inputmode: 'decimal', value, class: 'spend-number',
        'aria-describedby': `${id}-hint ${id}-error`,
      });
      const range = h('input', { type: 'range', min: 0, max: Math.max(max, value), step, value, class: 'spend-range', tabindex: -1, 'aria-hidden': 'true' });
      number.addEventListener('input', () => {
        const v = number.value.trim() === '' ? 0 : Number(number.value);
        if (!Number.isFinite(v) || v < 0) {
          error.textContent = 'Enter an amount of 0 or more.';
          number.setAttribute('aria-invalid', 'true');
          return;
        }
        error.textContent = '';
        number.removeAttribute('aria-invalid');
        if (v > Number(range.max)) range.max = String(niceCeiling(v));
        range.value = String(v);
        set(segment.id, type, Math.round(v * 100) / 100);
        onChange(decisions());
      });
      range.addEventListener('input', () => {
        const v = Number(range.value);
        number.value = String(v);
        error.textContent = '';
        number.removeAttribute('aria-invalid');
        set(segment.id, type, v);
        onChange(decisions());
      });
      inputs.set(`${segment.id}/${type}`, { number, range, error });
      return h('div', { class: 'spend-row' },
        h('label', { for: id }, scenario.types[type].name, h('span', { class: 'visually-hidden' }, ` spend for ${segment.name}, per month`)),
        h('div', { class: 'spend-inputs' }, h('span', { class: 'spend-currency', 'aria-hidden': 'true' }, formatMoney(0, scenario.currency).replace(/0/g, '')), number, range),
        hint, error);
    });
    return h('fieldset', { class: 'spend-segment' },
      h('legend', {}, segment.name, ' ', total),
      h('p', { class: 'spend-persona' }, segment.persona),
      ...rows);
  });
  for (const segment of scenario.segments) totals.get(segment.id)!.textContent = `${money(segmentTotal(segment.id))} a month`;

  return {
    element: h('div', { class: 'spend-controls' }, ...fieldsets),
    setDecisions(next: Decisions) {
      for (const segment of scenario.segments) {
        spend[segment.id] = { ...(next.spend[segment.id] ?? {}) };
        for (const type of RELATIONSHIP_TYPES) {
          const control = inputs.get(`${segment.id}/${type}`)!;
          const v = spend[segment.id]![type] ?? 0;
          control.number.value = String(v);
          if (v > Number(control.range.max)) control.range.max = String(niceCeiling(v));
          control.range.value = String(v);
          control.error.textContent = '';
          control.number.removeAttribute('aria-invalid');
        }
        totals.get(segment.id)!.textContent = `${money(segmentTotal(segment.id))} a month`;
      }
      onChange(decisions());
    },
  };
}
