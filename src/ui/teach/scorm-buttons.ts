// The builder's SCORM buttons: fetch every file of this app (listed in app-files.json at build
// time), pack them with the launch page and the manifest into a SCORM 1.2 or 2004 package for the
// challenge, and save it. The LMS then serves the app itself: no server of ours is involved.
import { challengeChecksum } from '../../engine';
import { scormPackage, type PackageInput } from '../../lms/scorm-package';
import { announce, h } from '../dom';

async function appFiles(): Promise<Map<string, Uint8Array>> {
  const list = await fetch('app-files.json').then((r) => {
    if (!r.ok) throw new Error('this copy of Rapport has no list of its files (app-files.json)');
    return r.json() as Promise<string[]>;
  });
  const files = new Map<string, Uint8Array>();
  for (const path of list) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path} could not be fetched`);
    files.set(path, new Uint8Array(await response.arrayBuffer()));
  }
  return files;
}

function save(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function scormButtons(code: string, title: string): HTMLElement {
  const status = h('p', { role: 'status', class: 'hint' });
  const make = (version: PackageInput['version'], label: string) => {
    const button = h('button', { type: 'button', class: 'secondary' }, label);
    button.addEventListener('click', () => {
      button.disabled = true;
      status.textContent = 'Packing the app for your LMS…';
      void appFiles()
        .then((app) => {
          const zip = scormPackage({ code, title, checksum: challengeChecksum(code), app, version });
          const name = `rapport-${challengeChecksum(code)}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
          save(name, zip);
          status.textContent = `Saved ${name} (${(zip.length / 1_000_000).toFixed(1)} MB): upload it to your LMS as a SCORM activity. Scores come back when a student finishes.`;
          announce(status.textContent);
        })
        .catch((error: unknown) => {
          status.textContent = `The package could not be made: ${error instanceof Error ? error.message : String(error)}.`;
          announce(status.textContent);
        })
        .finally(() => { button.disabled = false; });
    });
    return button;
  };
  return h('div', { class: 'scorm' }, h('div', { class: 'actions' }, make('1.2', 'Download a SCORM 1.2 package'), make('2004', 'SCORM 2004 package')), status);
}
