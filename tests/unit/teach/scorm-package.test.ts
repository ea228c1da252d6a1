// The SCORM package of a challenge: a well-formed imsmanifest.xml (1.2 or 2004) with the required
// elements, whose organization points at a sharable content object that launches the app on the
// challenge, and whose every listed file is in the zip; made by `challenge scorm` from a built app.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runChallenge } from '../../../src/cli/challenge-command';
import { LAUNCH_PAGE, scormPackage } from '../../../src/lms/scorm-package';
import { challengeOf, codeOf } from './teach-helpers';

/** A small well-formedness check: every tag closed in order, attributes quoted, one root. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') return false;
    const [, closing, name, , selfClosing] = m;
    if (closing) { if (stack.pop() !== name) return false; }
    else if (!selfClosing) { if (stack.length === 0) roots++; stack.push(name!); }
    else if (stack.length === 0) roots++;
  }
  return stack.length === 0 && roots === 1 && !/&(?!amp;|lt;|gt;|quot;|apos;)/.test(body);
}

const app = new Map([['index.html', strToU8('<!doctype html><title>Rapport</title>')], ['assets/index-abc.js', strToU8('console.log(1)')], ['icons/icon.png', new Uint8Array([137, 80, 78, 71])]]);
const code = codeOf(challengeOf({ title: 'Week 3 <b>&</b> "quotes"' }));

describe('the SCORM package', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`holds a well-formed SCORM ${version} manifest naming only files it holds`, () => {
      const files = unzipSync(scormPackage({ code, title: 'Week 3 <b>&</b> "quotes"', checksum: code.slice(-8), app, version }));
      const manifest = strFromU8(files['imsmanifest.xml']!);
      expect(wellFormed(manifest)).toBe(true);
      expect(manifest).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
      expect(manifest).toContain('<title>Week 3 &lt;b&gt;&amp;&lt;/b&gt; &quot;quotes&quot;</title>');
      const org = /<organizations default="([^"]+)">/.exec(manifest)![1];
      expect(manifest).toContain(`<organization identifier="${org}">`);
      const ref = /identifierref="([^"]+)"/.exec(manifest)![1];
      expect(manifest).toMatch(new RegExp(`<resource identifier="${ref}" type="webcontent" adlcp:scorm[tT]ype="sco" href="${LAUNCH_PAGE}">`));
      const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!);
      expect(listed.sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
      expect(listed).toContain('assets/index-abc.js');
      const launch = strFromU8(files[LAUNCH_PAGE]!);
      expect(launch).toContain(`url=index.html#/challenge?c=${encodeURIComponent(code)}&amp;lms=scorm${version === '1.2' ? '12' : '2004'}`);
      expect(launch).not.toMatch(/<script/);
    });
  }

  it('is made by `challenge scorm` from a built app, and needs one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-scorm-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'dist', 'assets', 'a.js'), '1');
    const out = join(dir, 'pkg.zip');
    expect(runChallenge(['scorm', code, '--out', out, '--dist', join(dir, 'dist'), '--scorm2004'])).toMatch(/^Wrote .*pkg\.zip: a SCORM 2004 package of "Week 3 <b>&<\/b> "quotes"" \(0\.0 MB\)\./);
    expect(Object.keys(unzipSync(readFileSync(out))).sort()).toEqual(['assets/a.js', 'imsmanifest.xml', 'index.html', LAUNCH_PAGE]);
    expect(() => runChallenge(['scorm', code, '--out', out, '--dist', join(dir, 'nothing')])).toThrow(/no built app found/);
  });
});
