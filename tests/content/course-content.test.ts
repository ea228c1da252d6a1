// The real course in content/ validates, and checks made here independently of the loader (by
// reading the YAML and Markdown directly) agree: unique ids, every question reachable from a
// lesson, every glossary and lesson link resolving, enough questions and terms of every kind.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCourse } from '../../src/content/learn/load-course';
import { formatContentErrors } from '../../src/content/learn/content-errors';

const CONTENT = path.resolve('content');
const result = loadCourse(CONTENT);

interface RawQuestion { id: string; lesson: string; kind: string; prompt: string; modelAnswer?: string; rubric?: string[] }
interface RawLesson { file: string; meta: { id: string; questions: string[]; keyTerms?: string[] }; body: string }

const rawQuestions: RawQuestion[] = readdirSync(path.join(CONTENT, 'questions'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(CONTENT, 'questions', f), 'utf8')) as RawQuestion[]);
const rawGlossary = parse(readFileSync(path.join(CONTENT, 'glossary.yaml'), 'utf8')) as { id: string }[];
const rawLessons: RawLesson[] = readdirSync(path.join(CONTENT, 'lessons')).filter((f) => f.endsWith('.md')).map((file) => {
  const text = readFileSync(path.join(CONTENT, 'lessons', file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { file, meta: parse(front) as RawLesson['meta'], body };
});

describe('the course content', () => {
  it('validates with no errors', () => {
    const message = result.ok ? '' : formatContentErrors(result.errors);
    expect(message).toBe('');
    expect(result.ok).toBe(true);
  });

  it('has at least 100 questions, 40 glossary terms and every question kind', () => {
    expect(rawQuestions.length).toBeGreaterThanOrEqual(100);
    expect(rawGlossary.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(rawQuestions.map((q) => q.kind));
    for (const kind of ['single', 'multiple', 'matching', 'ordering', 'numeric', 'open', 'design']) expect(kinds, kind).toContain(kind);
    expect(rawQuestions.some((q) => q.kind === 'single' && (q as { scenario?: boolean }).scenario === true)).toBe(true);
  });

  it('uses every question, glossary and lesson id only once', () => {
    const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates(rawQuestions.map((q) => q.id))).toEqual([]);
    expect(duplicates(rawGlossary.map((t) => t.id))).toEqual([]);
    expect(duplicates(rawLessons.map((l) => l.meta.id))).toEqual([]);
  });

  it('reaches every question from exactly one lesson, its own', () => {
    for (const question of rawQuestions) {
      const listing = rawLessons.filter((l) => l.meta.questions.includes(question.id));
      expect(listing.map((l) => l.meta.id), question.id).toEqual([question.lesson]);
    }
    const known = new Set(rawQuestions.map((q) => q.id));
    for (const lesson of rawLessons) for (const id of lesson.meta.questions) expect(known.has(id), `${lesson.file} lists ${id}`).toBe(true);
  });

  it('resolves every glossary link, lesson link, key term and inline check', () => {
    const terms = new Set(rawGlossary.map((t) => t.id));
    const lessons = new Set(rawLessons.map((l) => l.meta.id));
    let links = 0;
    for (const lesson of rawLessons) {
      for (const [, kind, id] of lesson.body.matchAll(/\]\((glossary|lesson):([^)\s]+)\)/g)) {
        links++;
        expect((kind === 'glossary' ? terms : lessons).has(id!), `${lesson.file}: ${kind}:${id}`).toBe(true);
      }
      for (const id of lesson.meta.keyTerms ?? []) expect(terms.has(id), `${lesson.file} key term ${id}`).toBe(true);
      for (const [, id] of lesson.body.matchAll(/^\[\[check:([^\]]+)\]\]$/gm)) {
        expect(lesson.meta.questions, `${lesson.file} inline check ${id}`).toContain(id);
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('contains the three review questions of the definition card as open questions', () => {
    const open = rawQuestions.filter((q) => q.kind === 'open');
    const find = (...words: RegExp[]) => open.filter((q) => words.every((w) => w.test(q.prompt)));
    // 001: "Explain how the type of Customer Relationships … can impact its overall business model."
    expect(find(/customer relationships/i, /business model/i, /explain/i).length).toBeGreaterThanOrEqual(1);
    // 001: "Describe how Customer Relationships can contribute to the long-term success and sustainability …"
    expect(find(/customer relationships/i, /long[- ]term/i, /sustainab|success/i).length).toBeGreaterThanOrEqual(1);
    // 001: "Analyze how a business might need to adapt its Customer Relationships … startup … mature organization."
    expect(find(/customer relationships/i, /startup/i, /matur|established/i).length).toBeGreaterThanOrEqual(1);
    for (const q of open) {
      expect(q.modelAnswer?.length ?? 0, q.id).toBeGreaterThan(100);
      expect(q.rubric?.length ?? 0, q.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('compiles lessons in order with rendered text and no raw HTML from the Markdown', () => {
    if (!result.ok) return expect.fail('content did not load');
    const { lessons } = result.course;
    expect(lessons.map((l) => l.order)).toEqual(lessons.map((_, i) => i + 1));
    for (const lesson of lessons) {
      const html = lesson.blocks.flatMap((b) => (b.kind === 'html' ? [b.html] : [])).join('');
      expect(html, lesson.id).toContain('<h2>');
      expect(html, lesson.id).not.toMatch(/<script|<iframe|\son\w+=|href="(glossary|lesson):/i);
    }
  });
});
