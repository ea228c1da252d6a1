// What the instructor hands out once a challenge is made: the link, the short code and a QR code
// of the link, each with a copy button (the QR code is drawn on a canvas with an alt text).
import { challengeLink, classFileJson, type RosterEntry } from '../../engine';
import { downloadTextFile } from '../download-file';
import { announce, h } from '../dom';
import { copyButton } from '../copy-button';
import { scormButtons } from './scorm-buttons';

/** The address of this app without its route, e.g. https://school.example/rapport/. */
export function appBase(): string {
  return location.href.split('#')[0]!;
}

export function sharePanel(code: string, title: string, roster: readonly RosterEntry[] | null = null): HTMLElement {
  const classFile = h('button', { type: 'button', class: 'secondary' }, 'Download the class file');
  classFile.addEventListener('click', () => {
    downloadTextFile('rapport-class.json', classFileJson(code, roster));
    announce('The class file was downloaded: open it on the verifier page to check this challenge’s results.');
  });
  const link = challengeLink(code, appBase());
  const linkBox = h('output', { id: 'challenge-link', 'aria-labelledby': 'challenge-link-label' }, link);
  const codeBox = h('output', { id: 'challenge-code', 'aria-labelledby': 'challenge-code-label' }, code);
  const canvas = h('canvas', { role: 'img', 'aria-label': `QR code of the link to the challenge “${title}”` });
  const qrStatus = h('figcaption', {}, 'Drawing the QR code…');
  const figure = h('figure', { class: 'qr' }, canvas, qrStatus);
  void import('qrcode').then(
    (QRCode) => QRCode.toCanvas(canvas, link, { errorCorrectionLevel: 'L', margin: 2, width: 448 }).then(() => {
      qrStatus.textContent = 'Scan to open the challenge on a phone or tablet.';
    }),
  ).catch(() => {
    canvas.remove();
    qrStatus.textContent = 'This link is too long for a QR code: share the link or the code instead.';
  });
  const panel = h('section', { class: 'card share', 'aria-labelledby': 'share-heading' },
    h('div', {},
      h('h2', { id: 'share-heading', tabindex: '-1' }, 'Share the challenge'),
      h('p', {}, 'Students open the link, enter their name and play the market you set; their result files can then be checked on the verifier page.'),
      h('p', { id: 'challenge-link-label' }, h('strong', {}, 'Link')),
      linkBox,
      h('div', { class: 'actions' }, copyButton('Copy the link', () => link, linkBox), h('a', { href: challengeLink(code), class: 'button secondary' }, 'Open it as a student')),
      h('p', { id: 'challenge-code-label' }, h('strong', {}, 'Code')),
      codeBox,
      h('div', { class: 'actions' }, copyButton('Copy the code', () => code, codeBox)),
      h('p', {}, h('strong', {}, 'For you')),
      h('p', {}, 'Keep the class file: it holds the code and the roster (with e-mails, which never go into the code). The verifier opened with it accepts only this challenge’s results.'),
      h('div', { class: 'actions' }, classFile, h('a', { href: `#/teach/verify?c=${code}`, class: 'button secondary' }, 'Open the verifier for this challenge')),
      h('p', {}, 'For a learning platform (Moodle, Canvas, Blackboard…): a SCORM package of this app opened on the challenge; it reports each student’s score and result code to the gradebook.'),
      scormButtons(code, title),
    ),
    figure,
  );
  announce('The challenge is ready: its link, code and QR code are shown below the form.');
  return panel;
}
