// The goal rows of the challenge builder: metric, segment (or the whole company), target, weight
// and an optional label per goal; rows can be added and removed, and read back as engine goals.
import { GOAL_METRICS, type Goal, type GoalMetric, type Segment } from '../../engine';
import { announce, h } from '../dom';
import { autoGoalLabel, METRIC_NAMES } from './goal-text';

export const MAX_GOAL_ROWS = 12;

interface Row {
  readonly element: HTMLDivElement;
  readonly metric: HTMLSelectElement;
  readonly segment: HTMLSelectElement;
  readonly target: HTMLInputElement;
  readonly weight: HTMLInputElement;
  readonly label: HTMLInputElement;
  readonly id: string;
}

export interface GoalEditor {
  readonly element: HTMLElement;
  /** Replaces the rows with `goals` (a scenario's defaults) for a scenario's segments. */
  reset(segments: readonly Segment[], goals: readonly Goal[]): void;
  /** The goals, or the first problem as a sentence naming the row and the field. */
  read(): { ok: true; goals: Goal[] } | { ok: false; error: string; focus: HTMLElement };
}

let rowCounter = 0;

function field(id: string, text: string, control: HTMLElement, extraClass = ''): HTMLElement {
  return h('div', { class: `field ${extraClass}` }, h('label', { for: id }, text), control);
}

export function createGoalEditor(): GoalEditor {
  const list = h('div', { class: 'goal-rows' });
  const addButton = h('button', { type: 'button', class: 'secondary' }, 'Add a goal');
  const element = h('div', {}, list, addButton);
  let rows: Row[] = [];
  let segments: readonly Segment[] = [];

  function renumber(): void {
    rows.forEach((row, i) => {
      row.element.setAttribute('aria-label', `Goal ${i + 1}`);
      const remove = row.element.querySelector('button');
      remove?.setAttribute('aria-label', `Remove goal ${i + 1}`);
    });
    addButton.disabled = rows.length >= MAX_GOAL_ROWS;
  }

  function addRow(goal?: Goal, focus = false): void {
    const n = ++rowCounter;
    const metric = h('select', { id: `goal-metric-${n}` }, ...GOAL_METRICS.map((m) => h('option', { value: m }, METRIC_NAMES[m])));
    const segment = h('select', { id: `goal-segment-${n}` }, h('option', { value: '' }, 'Whole company'), ...segments.map((s) => h('option', { value: s.id }, s.name)));
    const target = h('input', { id: `goal-target-${n}`, type: 'number', step: 'any', required: true, inputmode: 'decimal' });
    const weight = h('input', { id: `goal-weight-${n}`, type: 'number', step: 'any', min: '0.1', max: '100', value: '1', inputmode: 'decimal' });
    const label = h('input', { id: `goal-label-${n}`, type: 'text', maxlength: '200', placeholder: 'made from the goal if left empty' });
    if (goal) {
      metric.value = goal.metric;
      segment.value = goal.segment ?? '';
      target.value = String(goal.target);
      weight.value = String(goal.weight);
      label.value = goal.label;
    } else {
      target.value = '0';
    }
    const remove = h('button', { type: 'button', class: 'secondary' }, 'Remove');
    const element = h('div', { class: 'goal-row', role: 'group' },
      field(metric.id, 'Metric', metric), field(segment.id, 'Segment', segment), field(target.id, 'At least', target),
      field(weight.id, 'Weight', weight), field(label.id, 'Label (optional)', label, 'wide'), remove);
    const row: Row = { element, metric, segment, target, weight, label, id: goal?.id ?? `goal-${n}` };
    // A label that came with the goal no longer fits once the goal itself changes.
    for (const control of [metric, segment, target]) control.addEventListener('change', () => { if (goal && label.value === goal.label) label.value = ''; });
    remove.addEventListener('click', () => {
      const index = rows.indexOf(row);
      rows = rows.filter((r) => r !== row);
      element.remove();
      renumber();
      announce(`Goal ${index + 1} removed.`);
      (rows[Math.min(index, rows.length - 1)]?.metric ?? addButton).focus();
    });
    rows.push(row);
    list.append(element);
    renumber();
    if (focus) metric.focus();
  }

  addButton.addEventListener('click', () => {
    addRow(undefined, true);
    announce(`Goal ${rows.length} added.`);
  });

  return {
    element,
    reset(newSegments, goals) {
      segments = newSegments;
      rows = [];
      list.replaceChildren();
      for (const goal of goals.slice(0, MAX_GOAL_ROWS)) addRow(goal);
    },
    read() {
      if (rows.length === 0) return { ok: false, error: 'Add at least one goal: the score is the share of the goals reached.', focus: addButton };
      const goals: Goal[] = [];
      const ids = new Set<string>();
      for (const [i, row] of rows.entries()) {
        const target = Number(row.target.value);
        if (row.target.value.trim() === '' || !Number.isFinite(target)) return { ok: false, error: `Goal ${i + 1}: the target must be a number.`, focus: row.target };
        const weight = Number(row.weight.value);
        if (!Number.isFinite(weight) || weight <= 0 || weight > 100) return { ok: false, error: `Goal ${i + 1}: the weight must be a number above 0 and at most 100.`, focus: row.weight };
        const metric = row.metric.value as GoalMetric;
        const segment = row.segment.value || undefined;
        let id = row.id;
        while (ids.has(id)) id = `${id}-x`;
        ids.add(id);
        const label = row.label.value.trim() || autoGoalLabel({ metric, segment, target }, segments);
        goals.push({ id, label: label.slice(0, 200), metric, ...(segment ? { segment } : {}), target, weight });
      }
      return { ok: true, goals };
    },
  };
}
