// The coverage map names every heading of the study guide (000) and the startup-to-maturity
// question of the definition card (001), copied verbatim, each with lessons that teach it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The seeds live in shared/ beside the repository (../shared in CI, /work/shared here). */
const SEED_DIRS = [path.resolve('..', 'shared', 'seeds'), '/work/shared/seeds'];
const seedPath = (name: string) => {
  const found = SEED_DIRS.map((dir) => path.join(dir, name)).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Seed file ${name} not found in ${SEED_DIRS.join(' or ')}`);
  return found;
};
const guide = readFileSync(seedPath('000_d72c667cafe71b6f.txt'), 'utf8').split(/\r?\n/);
const card = readFileSync(seedPath('001_51e67875f0f36563.txt'), 'utf8').split(/\r?\n/);
const coverage = parse(readFileSync(path.resolve('content/coverage.yaml'), 'utf8')) as { heading: string; source: string; lessons: string[] }[];
const lessonIds = new Set(
  readdirSync(path.resolve('content/lessons')).filter((f) => f.endsWith('.md')).map((f) => /^\d+-(.+)\.md$/.exec(f)?.[1] ?? f),
);

/** The headings of the study guide as they appear in the file, kept by hand. */
const GUIDE_HEADINGS = [
  'What Are Customer Relationships?',
  'Types of Customer Relationships',
  'Customer Relationships in the Business Model Canvas',
  'Building Strong Customer Relationships',
  'Measuring Customer Relationship Success',
  'Common Challenges in Customer Relationships',
  'Future Trends in Customer Relationship Management',
];

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A heading is short, has no final period, and every word but the small ones is capitalised. */
function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 80 || text.endsWith('.')) return false;
  const words = text.replace(/[?()]/g, '').split(/\s+/);
  return words.every((word, i) => (i > 0 && SMALL_WORDS.has(word)) || /^[A-Z0-9]/.test(word));
}

/** Headings derived from the file: heading-like lines followed by a line that is not a heading. */
function derivedGuideHeadings(): string[] {
  // Line 1 is the site's breadcrumb ("All Study Guides …") and line 2 the title run into the intro.
  return guide.slice(2).filter((line, i, rest) => looksLikeHeading(line) && !looksLikeHeading(rest[i + 1] ?? '')).map((l) => l.trim());
}

describe('the coverage map', () => {
  it('finds the same study-guide headings by rule as the hand-kept list', () => {
    expect(derivedGuideHeadings()).toEqual(GUIDE_HEADINGS);
  });

  it('lists every heading of the study guide', () => {
    const mapped = coverage.filter((c) => c.source === '000_d72c667cafe71b6f.txt').map((c) => c.heading);
    for (const heading of GUIDE_HEADINGS) expect(mapped, heading).toContain(heading);
  });

  it('copies every heading verbatim from its source file', () => {
    for (const entry of coverage) {
      const lines = entry.source === '001_51e67875f0f36563.txt' ? card : guide;
      expect(['000_d72c667cafe71b6f.txt', '001_51e67875f0f36563.txt'], entry.heading).toContain(entry.source);
      expect(lines.map((l) => l.trim()), entry.heading).toContain(entry.heading);
    }
  });

  it('includes the startup-to-maturity question of the definition card', () => {
    const entry = coverage.find((c) => c.source === '001_51e67875f0f36563.txt');
    expect(entry?.heading).toMatch(/^Analyze how a business might need to adapt its Customer Relationships as it transitions from a startup/);
  });

  it('names at least one existing lesson for every heading', () => {
    for (const entry of coverage) {
      expect(entry.lessons.length, entry.heading).toBeGreaterThan(0);
      for (const id of entry.lessons) expect(lessonIds.has(id), `${entry.heading}: ${id}`).toBe(true);
    }
  });
});
