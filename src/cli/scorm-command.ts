// `challenge scorm CODE --out FILE.zip [--scorm2004] [--dist DIR]`: packages the built app (dist/,
// from `npm run build`) opened on the challenge as a SCORM 1.2 (or 2004) package for an LMS.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { challengeChecksum, decodeChallenge, visibleText } from '../engine';
import { scormPackage } from '../lms/scorm-package';
import { UsageError } from './cli-io';

function filesOf(root: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.set(relative(root, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(root);
  return out;
}

export function runScorm(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, scorm2004: { type: 'boolean' }, dist: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('challenge scorm needs exactly one CODE (or link)');
  if (!values.out) throw new UsageError('challenge scorm needs --out FILE.zip');
  const decoded = decodeChallenge(positionals[0]);
  if (!decoded.ok) throw new UsageError(decoded.error);
  const dist = values.dist ?? 'dist';
  try {
    if (!statSync(join(dist, 'index.html')).isFile()) throw new Error('no index.html');
  } catch {
    throw new UsageError(`${dist}: no built app found (run npm run build first, or pass --dist DIR)`);
  }
  const version = values.scorm2004 ? '2004' : '1.2';
  const zip = scormPackage({ code: positionals[0]!.trim(), title: decoded.value.title, checksum: challengeChecksum(positionals[0]!), app: filesOf(dist), version });
  try {
    writeFileSync(values.out, zip);
  } catch {
    throw new UsageError(`${values.out}: cannot write the package`);
  }
  return `Wrote ${values.out}: a SCORM ${version} package of "${visibleText(decoded.value.title)}" (${(zip.length / 1_000_000).toFixed(1)} MB). Upload it to your LMS as a SCORM activity.`;
}
