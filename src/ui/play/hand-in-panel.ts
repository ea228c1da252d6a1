// Hand-in from a phone, on the final screen of a challenge game: the game's short result code (with
// a copy button) and its QR code, which the verifier reads from a screenshot. The QR library is
// loaded only when the panel is shown.
import type { Market, Move } from '../../engine';
import { append, h } from '../dom';
import { copyButton } from '../copy-button';
import { gameCode } from './short-code';

export interface HandInGame {
  readonly challengeCode: string;
  readonly player?: string | undefined;
  readonly playerId?: string | undefined;
  readonly moves: readonly Move[];
  readonly market: Market;
}

/** The panel, or null when no short code can be made for the game (it is then handed in as a file). */
export function handInPanel(game: HandInGame): HTMLElement | null {
  let code: string;
  try {
    code = gameCode(game.challengeCode, game, game.moves, game.market);
  } catch {
    return null;
  }
  const codeBox = h('output', { id: 'short-result-code', class: 'short-code', 'aria-labelledby': 'short-code-label' }, code);
  const canvas = h('canvas', { role: 'img', 'aria-label': 'QR code of your short result code' });
  const caption = h('figcaption', {}, 'Drawing the QR code…');
  const figure = h('figure', { class: 'qr' }, canvas, caption);
  void import('qrcode').then(
    (QRCode) => QRCode.toCanvas(canvas, code, { errorCorrectionLevel: 'M', margin: 2, width: 320 }).then(() => {
      caption.textContent = `A screenshot of this QR code can be handed in instead of the file (${code.length} characters).`;
    }),
  ).catch(() => {
    canvas.remove();
    caption.textContent = 'The QR code could not be drawn: hand in the code or the file instead.';
  });
  const panel = h('section', { class: 'hand-in', 'aria-labelledby': 'hand-in-heading' });
  append(panel,
    h('h3', { id: 'hand-in-heading' }, 'Hand in from a phone'),
    h('p', { id: 'short-code-label' }, 'Your short result code holds your decisions and answers; your teacher\'s verifier replays it exactly like the file.'),
    codeBox,
    h('div', { class: 'plan-actions' }, copyButton('Copy the short code', () => code, codeBox)),
    figure);
  return panel;
}
