// The budget panel of the plan screen: first the month's budget split between segments (a share
// slider and an amount per segment, with its customers and the money per customer), then, in one
// tab per segment, that segment's money split between the seven relationship types (a share of the
// segment's money and an amount each, with what it buys and what the segment expects). Keyboard
// (arrows, Page Up/Down, typing) and touch work on every control; every control has a name.
import { RELATIONSHIP_TYPES, formatCount, formatMoney, formatPercent, type Decisions, type RelationshipTypeId, type Scenario } from '../../../engine';
import { h } from '../../dom';
import {
  fromDecisions, setSegmentTotal, setTypeAmount, setTypeShare, sumTypes, toDecisions, typeShare, unassignedCents, type Allocation,
} from './allocation';
import { centsText, readAmount } from './amounts';
import { tabs } from './segment-tabs';
import { typeHint } from './type-hints';

export interface BudgetPanelOptions {
  readonly scenario: Scenario;
  /** Customers of each segment at the start of the coming month. */
  readonly customers: Readonly<Record<string, number>>;
  readonly initial: Decisions;
  readonly budgetCents: number;
  /** The segment whose types are shown first. */
  readonly selected: string | null;
  /** A new plan; `said` is a short sentence describing the change (for the announcement queue). */
  onChange(decisions: Decisions, said: string): void;
  onSelect(segmentId: string): void;
}

export interface BudgetPanel {
  readonly element: HTMLElement;
  /** Replaces the whole plan (presets). */
  setDecisions(decisions: Decisions): void;
  selectSegment(segmentId: string): void;
}

interface AmountControl { readonly range: HTMLInputElement; readonly number: HTMLInputElement; readonly error: HTMLElement }

function amountInput(id: string, label: string, maxCents: number, describedBy: string): HTMLInputElement {
  return h('input', {
    type: 'number', id, min: 0, max: maxCents / 100, step: 0.01, inputmode: 'decimal', class: 'spend-number',
    'aria-label': label, 'aria-describedby': describedBy,
  });
}

export function budgetPanel(o: BudgetPanelOptions): BudgetPanel {
  const { scenario } = o;
  const money = (cents: number) => centsText(cents, scenario.currency);
  const budget = Math.max(0, o.budgetCents);
  let allocation: Allocation = fromDecisions(scenario, o.initial);
  const segmentControls: (AmountControl & { note: HTMLElement })[] = [];
  const typeControls: (AmountControl & { hint: HTMLElement; row: HTMLElement })[][] = [];
  const panelNotes: HTMLElement[] = [];
  const legends: HTMLElement[] = [];
  /** The number input being typed in: its text is left alone while it is edited. */
  let typing: HTMLInputElement | null = null;

  const emit = (said: string) => {
    sync();
    o.onChange(toDecisions(allocation), said);
  };
  const showError = (c: AmountControl, error: string | null) => {
    c.error.textContent = error ?? '';
    if (error) c.number.setAttribute('aria-invalid', 'true');
    else c.number.removeAttribute('aria-invalid');
  };

  const segmentRows = scenario.segments.map((segment, s) => {
    const id = `alloc-${segment.id}`;
    const note = h('span', { class: 'alloc-note', id: `${id}-note` });
    const error = h('span', { class: 'spend-error', id: `${id}-error`, role: 'alert' });
    const range = h('input', {
      type: 'range', min: 0, max: 100, step: 1, class: 'spend-range', disabled: budget === 0,
      'aria-label': `${segment.name}: share of the budget`, 'aria-describedby': `${id}-note`,
    });
    const number = amountInput(id, `${segment.name}: money per month`, budget, `${id}-note ${id}-error`);
    const control = { range, number, error, note };
    segmentControls.push(control);
    range.addEventListener('input', () => {
      allocation = setSegmentTotal(allocation, s, Math.round((Number(range.value) / 100) * budget));
      showError(control, null);
      emit(`${segment.name}: ${money(allocation[s]!.total)}, ${range.value} % of the budget.`);
    });
    number.addEventListener('input', () => {
      const read = readAmount(number.value, budget, scenario.currency);
      if (!read.ok) return showError(control, read.error);
      showError(control, null);
      typing = number;
      allocation = setSegmentTotal(allocation, s, read.cents);
      emit(`${segment.name}: ${money(read.cents)}.`);
      typing = null;
    });
    return h('div', { class: 'alloc-row' },
      h('label', { for: id, class: 'alloc-name' }, segment.name),
      h('div', { class: 'spend-inputs' }, range, number),
      note, error);
  });

  const panels = scenario.segments.map((segment, s) => {
    const customers = o.customers[segment.id] ?? segment.initialCustomers;
    const legend = h('legend', {});
    legends.push(legend);
    const panelNote = h('p', { class: 'alloc-panel-note' });
    panelNotes.push(panelNote);
    const rows = RELATIONSHIP_TYPES.map((type) => {
      const id = `spend-${segment.id}-${type}`;
      const name = scenario.types[type].name;
      const hint = h('span', { class: 'spend-hint', id: `${id}-hint` });
      const error = h('span', { class: 'spend-error', id: `${id}-error`, role: 'alert' });
      const range = h('input', {
        type: 'range', min: 0, max: 100, step: 1, class: 'spend-range',
        'aria-label': `${name} for ${segment.name}: share of the segment's money`, 'aria-describedby': `${id}-hint`,
      });
      const number = amountInput(id, `${name} for ${segment.name}: money per month`, budget, `${id}-hint ${id}-error`);
      const row = h('div', { class: 'spend-row' },
        h('label', { for: id }, name),
        h('div', { class: 'spend-inputs' }, range, number),
        hint, error);
      const control = { range, number, error, hint, row };
      const said = () => `${name} for ${segment.name}: ${money(allocation[s]!.types[type])}, ${formatPercent(typeShare(allocation[s]!, type))} of the segment's money. ${typeHint(scenario, segment, type, allocation[s]!.types[type], customers).text}`;
      range.addEventListener('input', () => {
        allocation = setTypeShare(allocation, s, type, Number(range.value) / 100);
        showError(control, null);
        emit(said());
      });
      number.addEventListener('input', () => {
        const read = readAmount(number.value, budget, scenario.currency);
        if (!read.ok) return showError(control, read.error);
        showError(control, null);
        typing = number;
        allocation = setTypeAmount(allocation, s, type, read.cents);
        emit(said());
        typing = null;
      });
      return control;
    });
    typeControls.push(rows);
    return h('div', { class: 'alloc-panel' },
      h('fieldset', { class: 'spend-segment' }, legend,
        h('p', { class: 'spend-persona' }, segment.persona),
        panelNote,
        ...rows.map((r) => r.row)));
  });

  const initialIndex = Math.max(0, scenario.segments.findIndex((s) => s.id === o.selected));
  const tabSet = tabs('budget-segment', 'Segment to split between relationship types', scenario.segments.map((s) => s.name), panels,
    (i) => o.onSelect(scenario.segments[i]!.id), initialIndex);

  function setValue(input: HTMLInputElement, cents: number): void {
    if (input === typing) return;
    const text = cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
    if (input.value !== text) input.value = text;
  }

  /** Puts every control and text in step with the allocation. */
  function sync(): void {
    scenario.segments.forEach((segment, s) => {
      const seg = allocation[s]!;
      const customers = o.customers[segment.id] ?? segment.initialCustomers;
      const c = segmentControls[s]!;
      const pct = budget > 0 ? Math.round((seg.total / budget) * 100) : 0;
      c.range.value = String(Math.min(100, pct));
      c.range.setAttribute('aria-valuetext', `${pct} % of the budget, ${money(seg.total)}`);
      setValue(c.number, seg.total);
      const unassigned = unassignedCents(seg);
      c.note.textContent = `${formatCount(customers)} customers · ${money(Math.round(seg.total / Math.max(1, customers)))} a customer a month${unassigned > 0 ? ` · ${money(unassigned)} not yet given to a type (not spent)` : ''}`;
      legends[s]!.textContent = `${segment.name}: ${money(seg.total)} a month between relationship types`;
      panelNotes[s]!.textContent = seg.total > 0
        ? (unassigned > 0 ? `${money(unassigned)} of the money for ${segment.name} is not given to a type yet.` : '')
        : `Give ${segment.name} some of the budget above, or type amounts below.`;
      RELATIONSHIP_TYPES.forEach((type, k) => {
        const t = typeControls[s]![k]!;
        const cents = seg.types[type];
        const share = typeShare(seg, type);
        t.range.value = String(Math.round(share * 100));
        t.range.disabled = seg.total <= 0;
        t.range.setAttribute('aria-valuetext', `${formatPercent(share)} of the money for ${segment.name}, ${money(cents)}`);
        setValue(t.number, cents);
        const hint = typeHint(scenario, segment, type, cents, customers);
        t.hint.textContent = hint.text;
        t.row.classList.toggle('spend-short', hint.short && cents > 0);
      });
    });
  }
  sync();

  const element = h('section', { class: 'budget-panel', 'aria-labelledby': 'budget-title', 'data-shortcut': 'budget' },
    h('h3', { id: 'budget-title', tabindex: -1 }, 'Budget'),
    h('fieldset', { class: 'alloc-segments' },
      h('legend', {}, `1. Split the budget between segments`),
      ...segmentRows),
    h('p', { class: 'alloc-step' }, '2. Split each segment\'s money between relationship types:'),
    tabSet.list,
    ...panels);

  return {
    element,
    setDecisions(decisions: Decisions) {
      allocation = fromDecisions(scenario, decisions);
      for (const c of [...segmentControls, ...typeControls.flat()]) showError(c, null);
      emit('');
    },
    selectSegment(segmentId: string) {
      const i = scenario.segments.findIndex((s) => s.id === segmentId);
      if (i >= 0 && i !== tabSet.selected()) tabSet.select(i);
    },
  };
}

/** Money per segment in cents (for tests and summaries). */
export const segmentCents = (allocation: Allocation) => allocation.map((s) => sumTypes(s.types));
