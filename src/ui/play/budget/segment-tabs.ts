// An accessible tab list (WAI-ARIA tabs, automatic activation): arrow keys, Home and End move
// between tabs; the selected tab is the only one in the tab order and shows its panel.
import { h } from '../../dom';

export interface Tabs {
  readonly list: HTMLElement;
  readonly panels: readonly HTMLElement[];
  select(index: number, focus?: boolean): void;
  selected(): number;
}

export function tabs(idPrefix: string, label: string, names: readonly string[], panels: readonly HTMLElement[], onSelect: (index: number) => void, initial = 0): Tabs {
  let current = -1;
  const buttons = names.map((name, i) => h('button', {
    type: 'button', role: 'tab', id: `${idPrefix}-tab-${i}`, 'aria-controls': `${idPrefix}-panel-${i}`, class: 'tab',
  }, name));
  panels.forEach((panel, i) => {
    panel.id = `${idPrefix}-panel-${i}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `${idPrefix}-tab-${i}`);
  });
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tab-list' }, ...buttons);

  function select(index: number, focus = false): void {
    const next = Math.max(0, Math.min(names.length - 1, index));
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === next));
      b.tabIndex = i === next ? 0 : -1;
    });
    panels.forEach((p, i) => { p.hidden = i !== next; });
    if (focus) buttons[next]!.focus();
    if (next !== current) {
      current = next;
      onSelect(next);
    }
  }
  buttons.forEach((b, i) => b.addEventListener('click', () => select(i)));
  list.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: names.length - 1 };
    let to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) to = names.length - 1;
    if (to >= names.length) to = 0;
    select(to, true);
  });
  current = -1;
  buttons.forEach((b, i) => {
    b.setAttribute('aria-selected', String(i === initial));
    b.tabIndex = i === initial ? 0 : -1;
  });
  panels.forEach((p, i) => { p.hidden = i !== initial; });
  current = initial;
  return { list, panels, select, selected: () => current };
}
