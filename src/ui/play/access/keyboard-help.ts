// The keyboard help of the play page: a real <dialog> opened as a modal (the rest of the page is
// inert), Tab kept inside it, Escape or "Close" closing it and the focus returned to where it was;
// and the page's shortcuts (Alt+Shift+letter, so that no single key typed in a field or used by a
// screen reader is taken).
import { h } from '../../dom';

export const SHORTCUTS = [
  { keys: 'Alt+Shift+M', action: 'Go to the market in words', target: 'market' },
  { keys: 'Alt+Shift+B', action: 'Go to the budget', target: 'budget' },
  { keys: 'Alt+Shift+F', action: 'Go to the forecast', target: 'forecast' },
  { keys: 'Alt+Shift+N', action: 'Go to the month\'s main button (run, skip, continue)', target: 'primary' },
  { keys: 'Alt+Shift+H', action: 'Open this help', target: 'help' },
] as const;

const CONTROLS: readonly [string, string][] = [
  ['Tab, Shift+Tab', 'Move between controls'],
  ['Arrow keys on a slider', 'Change the share by 1 %'],
  ['Page Up, Page Down on a slider', 'Change the share by 10 %'],
  ['Home, End on a slider', 'Nothing, or everything'],
  ['Arrow keys on an amount', 'Change it by one cent; type an amount instead'],
  ['Left, Right on the segment tabs', 'Pick the segment to split between types'],
  ['Up, Down in the market in words', 'Move between segments (the picture follows)'],
  ['Enter or Space', 'Press the button in focus'],
  ['Escape', 'Close this help'],
];

export interface KeyboardHelp {
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  open(): void;
}

export function keyboardHelp(): KeyboardHelp {
  const close = h('button', { type: 'button', class: 'secondary' }, 'Close');
  const rows = (list: readonly (readonly [string, string])[]) => list.map(([keys, action]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, keys)), h('td', {}, action)));
  const dialog = h('dialog', { class: 'keyboard-help', 'aria-labelledby': 'keyboard-help-title' },
    h('h2', { id: 'keyboard-help-title' }, 'Keyboard help'),
    h('table', {}, h('caption', {}, 'Shortcuts of the play page'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'What they do'))),
      h('tbody', {}, ...rows(SHORTCUTS.map((s) => [s.keys, s.action] as const)))),
    h('table', {}, h('caption', {}, 'Controls'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Keys'), h('th', { scope: 'col' }, 'What they do'))),
      h('tbody', {}, ...rows(CONTROLS))),
    h('div', { class: 'plan-actions' }, close));
  const button = h('button', { type: 'button', class: 'secondary', 'aria-haspopup': 'dialog' }, 'Keyboard help');
  let opener: HTMLElement | null = null;

  const open = () => {
    if (dialog.open) return;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : button;
    dialog.showModal();
    close.focus();
  };
  button.addEventListener('click', open);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const back = opener?.isConnected ? opener : button;
    opener = null;
    back.focus();
  });
  // Tab and Shift+Tab wrap inside the dialog.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter((el) => !el.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  return { button, dialog, open };
}

/** The shortcut named by a key press (Alt+Shift+letter), or null. */
export function shortcutOf(event: KeyboardEvent): (typeof SHORTCUTS)[number]['target'] | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  const letter = event.code.startsWith('Key') ? event.code.slice(3) : event.key.toUpperCase();
  return SHORTCUTS.find((s) => s.keys.endsWith(`+${letter}`))?.target ?? null;
}
