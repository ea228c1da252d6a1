// A Vite plugin writing app-files.json into the build: every file of the built app (chunks,
// workers, styles, index.html and the public folder), so the challenge builder can fetch them and
// pack the app into a SCORM package in the browser.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function publicFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  try {
    walk(dir);
  } catch {
    // no public folder
  }
  return out;
}

export function appFilesPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'rapport-app-files',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = [...new Set([...Object.keys(bundle), ...publicFiles(publicDir)])].filter((f) => !f.startsWith('.vite/')).sort();
      this.emitFile({ type: 'asset', fileName: 'app-files.json', source: `${JSON.stringify(files)}\n` });
    },
  };
}
