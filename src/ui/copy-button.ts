// A "Copy" button for a link or a code: uses the clipboard when the browser allows it, otherwise
// selects the text so the user can copy it by hand; the outcome is announced.
import { announce, h } from './dom';

export function copyButton(label: string, text: () => string, target?: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'secondary' }, label);
  button.addEventListener('click', () => {
    const value = text();
    const selectTarget = () => {
      if (!target) return;
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(value).then(
        () => announce('Copied to the clipboard.'),
        () => { selectTarget(); announce('The browser did not allow copying: the text is selected, press Ctrl+C to copy it.'); },
      );
    } else {
      selectTarget();
      announce('The text is selected: press Ctrl+C to copy it.');
    }
  });
  return button;
}
