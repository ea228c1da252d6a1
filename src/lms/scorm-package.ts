// A SCORM package for one challenge: the built app (every file of dist/), a launch page that opens
// it on the challenge with the LMS hand-in switched on, and imsmanifest.xml, zipped with fflate.
// Works offline of any Rapport server: the LMS serves every file itself.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { scormManifest, xmlEscape, type ScormVersion } from './scorm-manifest';

export const LAUNCH_PAGE = 'rapport-scorm-launch.html';

/** The launch page: no script (the app's CSP forbids inline code), a meta refresh into the app. */
export function launchPage(code: string, title: string, version: ScormVersion): string {
  const target = `index.html#/challenge?c=${encodeURIComponent(code)}&lms=scorm${version === '1.2' ? '12' : '2004'}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${xmlEscape(title)}</title>
<meta http-equiv="refresh" content="0; url=${xmlEscape(target)}">
</head>
<body>
<p><a href="${xmlEscape(target)}">Open the challenge “${xmlEscape(title)}”</a></p>
</body>
</html>
`;
}

export interface PackageInput {
  readonly code: string;
  readonly title: string;
  /** The checksum ending the code, for the manifest's identifier. */
  readonly checksum: string;
  /** The built app: path (with "/") → bytes. Must hold index.html. */
  readonly app: ReadonlyMap<string, Uint8Array>;
  readonly version: ScormVersion;
}

export function scormPackage(input: PackageInput): Uint8Array {
  if (!input.app.has('index.html')) throw new Error('the built app has no index.html (run the build first)');
  const files: Zippable = {};
  for (const [path, bytes] of input.app) files[path] = [bytes, { level: /\.(png|jpe?g|webp|woff2?)$/.test(path) ? 0 : 6 }];
  files[LAUNCH_PAGE] = strToU8(launchPage(input.code, input.title, input.version));
  const listed = [...Object.keys(files)].sort();
  files['imsmanifest.xml'] = strToU8(scormManifest({ identifier: `rapport-${input.checksum}`, title: input.title, launch: LAUNCH_PAGE, files: listed, version: input.version }));
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}
