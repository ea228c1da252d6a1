// Content is written in our own words: no run of 9 words from the source material (the seeds in
// shared/seeds) appears in a lesson, a question, the glossary, the misconceptions or the teaching
// guide. (The coverage map copies the study guide's headings on purpose and is not checked.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED_DIRS = [path.resolve('..', 'shared', 'seeds'), '/work/shared/seeds'];
const seedDir = SEED_DIRS.find((dir) => existsSync(path.join(dir, '000_d72c667cafe71b6f.txt')));
const RUN = 9;

/** Lower-case words, punctuation, Markdown and id lists (`keyTerms: [...]`) stripped. */
function words(text: string): string[] {
  return text.replace(/^\s*[A-Za-z]+: \[.*\]$/gm, ' ').toLowerCase().replace(/\]\([^)]*\)/g, ' ').replace(/[^a-z0-9%$']+/g, ' ').split(' ').filter(Boolean);
}

function runs(text: string): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(' '));
  return out;
}

const ours: [string, string][] = [
  ...readdirSync('content/lessons').map((f): [string, string] => [`content/lessons/${f}`, readFileSync(`content/lessons/${f}`, 'utf8')]),
  ...readdirSync('content/questions').map((f): [string, string] => [`content/questions/${f}`, readFileSync(`content/questions/${f}`, 'utf8')]),
  ['content/glossary.yaml', readFileSync('content/glossary.yaml', 'utf8')],
  ['content/misconceptions.yaml', readFileSync('content/misconceptions.yaml', 'utf8')],
  ['docs/teaching-guide.md', readFileSync('docs/teaching-guide.md', 'utf8')],
];

describe('own words', () => {
  it(`no ${RUN}-word run of the source material appears in the course`, () => {
    if (!seedDir) throw new Error(`the seeds are not in ${SEED_DIRS.join(' or ')}`);
    const seedRuns = new Set<string>();
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      for (const run of runs(readFileSync(path.join(seedDir, file), 'utf8'))) seedRuns.add(run);
    }
    expect(seedRuns.size).toBeGreaterThan(1000);
    const copied = ours.flatMap(([file, text]) => [...runs(text)].filter((run) => seedRuns.has(run)).map((run) => `${file}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
