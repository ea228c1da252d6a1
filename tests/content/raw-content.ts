// The course content read directly from content/ for the content tests (plain YAML and Markdown,
// not the app's loader, so the tests check the files independently of it).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const CONTENT = path.resolve('content');

export interface RawOption { id: string; text: string; correct: boolean; feedback: string; misconception?: string }
export interface RawQuestion {
  id: string; lesson: string; objective: string; kind: string; prompt: string; explanation: string;
  misconception?: string; scenario?: boolean; options?: RawOption[];
  compute?: { formula: string; inputs: Record<string, number> };
  exemplars?: Record<'weak' | 'adequate' | 'strong', { answer: string; why: string }>; checklist?: string[];
  modelAnswer?: string; rubric?: string[];
}
export interface RawLesson {
  file: string;
  meta: {
    id: string; title: string; order: number; objectives: { id: string; text: string }[]; questions: string[];
    tryIt?: { scenario: string; prepare?: { months: number; spend: Record<string, Record<string, number>> }; change: string; predict: string; lookFor: string };
  };
  body: string;
}

export const rawQuestions: RawQuestion[] = readdirSync(path.join(CONTENT, 'questions'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(CONTENT, 'questions', f), 'utf8')) as RawQuestion[]);

export const rawLessons: RawLesson[] = readdirSync(path.join(CONTENT, 'lessons')).filter((f) => f.endsWith('.md')).sort().map((file) => {
  const text = readFileSync(path.join(CONTENT, 'lessons', file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { file, meta: parse(front) as RawLesson['meta'], body };
});

export const rawGlossary = parse(readFileSync(path.join(CONTENT, 'glossary.yaml'), 'utf8')) as { id: string; term: string; definition: string }[];
export const rawMisconceptions = parse(readFileSync(path.join(CONTENT, 'misconceptions.yaml'), 'utf8')) as { id: string; sentence: string; remedy: string; lesson: string }[];

export const choiceQuestions = rawQuestions.filter((q) => q.kind === 'single' || q.kind === 'multiple');
export const singleQuestions = rawQuestions.filter((q) => q.kind === 'single');

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
