// Node-side course loader: reads content/ (lessons, questions, glossary, coverage, misconceptions),
// validates it against the schemas and the cross-reference rules (including each lesson's "Try
// it" against its scenario), renders the Markdown, and returns either the compiled course or a
// list of errors naming file and field. Used by the Vite plugin and tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { contentError, issuesToErrors, type ContentError } from './content-errors';
import type { Course, Lesson, TryItBlock } from './course-types';
import { checkCrossReferences, type ParsedLesson, type ParsedQuestion } from './cross-references';
import { splitFrontMatter } from './front-matter';
import { renderLessonBody } from './render-markdown';
import { lessonFrontMatterSchema } from './schema-lesson';
import { coverageFileSchema, glossaryFileSchema, type CoverageEntry, type GlossaryTerm } from './schema-glossary';
import { questionSchema } from './schema-question';
import { misconceptionFileSchema, type Misconception } from './schema-misconceptions';
import { readScenarioInfo, readTypeNames, resolveTryIt } from './try-it';
import { EXAMPLE_GAME, measureExamples, retentionTable, type RetentionTable } from './model-figures';
import { loadScenario } from '../scenario/load-node';

export type CourseLoadResult =
  | { readonly ok: true; readonly course: Course; readonly warnings: readonly ContentError[]; readonly files: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ContentError[]; readonly warnings: readonly ContentError[]; readonly files: readonly string[] };

const LESSON_FILE = /^(\d+)-([^.]+)\.md$/;

interface Reader {
  readonly errors: ContentError[];
  readonly warnings: ContentError[];
  readonly files: string[];
  /** File name as shown in messages (relative to the working directory). */
  show(absolute: string): string;
}

/** Loads and validates the course in `contentDir` (the folder holding lessons/, questions/, …). */
export function loadCourse(contentDir: string): CourseLoadResult {
  const reader: Reader = {
    errors: [], warnings: [], files: [],
    show: (absolute) => path.relative(process.cwd(), absolute).split(path.sep).join('/') || absolute,
  };
  const lessons = readLessons(path.join(contentDir, 'lessons'), reader);
  const questions = readQuestions(path.join(contentDir, 'questions'), reader);
  const glossaryPath = path.join(contentDir, 'glossary.yaml');
  const coveragePath = path.join(contentDir, 'coverage.yaml');
  const glossary = readYamlList(glossaryPath, glossaryFileSchema, reader) as GlossaryTerm[];
  const coverage = readYamlList(coveragePath, coverageFileSchema, reader) as CoverageEntry[];
  const misconceptionsPath = path.join(contentDir, 'misconceptions.yaml');
  const misconceptions = existsSync(misconceptionsPath)
    ? readYamlList(misconceptionsPath, misconceptionFileSchema, reader) as Misconception[]
    : [];
  const tryIts = resolveTryIts(contentDir, lessons, reader);

  const report = checkCrossReferences({
    lessons, questions, glossary, coverage, misconceptions,
    glossaryFile: reader.show(glossaryPath), coverageFile: reader.show(coveragePath),
    misconceptionsFile: reader.show(misconceptionsPath),
  });
  reader.errors.push(...report.errors);
  reader.warnings.push(...report.warnings);
  if (reader.errors.length > 0) {
    return { ok: false, errors: reader.errors, warnings: reader.warnings, files: reader.files };
  }
  const figured = withModelFigures(contentDir, lessons, reader);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors, warnings: reader.warnings, files: reader.files };
  return { ok: true, course: compileCourse(figured, questions, glossary, coverage, misconceptions, tryIts), warnings: reader.warnings, files: reader.files };
}

/** The lessons with the figures their measures boxes and retention tables quote, computed from the model. */
function withModelFigures(contentDir: string, lessons: readonly ParsedLesson[], reader: Reader): ParsedLesson[] {
  const needed = lessons.some((l) => l.blocks.some((b) => b.kind === 'measures' || b.kind === 'retention'));
  if (!needed) return [...lessons];
  const scenarioPath = (id: string) => path.join(contentDir, 'scenarios', `${id}.yaml`);
  let examples: ReturnType<typeof measureExamples> | null = null;
  const tables = new Map<string, RetentionTable>();
  return lessons.map((lesson) => ({
    ...lesson,
    blocks: lesson.blocks.map((block) => {
      if (block.kind === 'measures') {
        if (examples === null) {
          reader.files.push(scenarioPath(EXAMPLE_GAME.scenario));
          examples = measureExamples(loadScenario(scenarioPath(EXAMPLE_GAME.scenario)).scenario);
        }
        return { ...block, example: examples[block.metric] };
      }
      if (block.kind === 'retention') {
        const file = scenarioPath(block.scenario);
        if (!existsSync(file)) {
          reader.errors.push(contentError(reader.show(lesson.file), 'body', `"[[retention-gain:${block.scenario}]]" names a scenario that does not exist`));
          return block;
        }
        if (!tables.has(block.scenario)) {
          reader.files.push(file);
          tables.set(block.scenario, retentionTable(loadScenario(file).scenario));
        }
        return { ...block, table: tables.get(block.scenario)! };
      }
      return block;
    }),
  }));
}

/** Each lesson's "Try it" checked against its scenario, with names resolved. */
function resolveTryIts(contentDir: string, lessons: readonly ParsedLesson[], reader: Reader): Map<string, TryItBlock> {
  const resolved = new Map<string, TryItBlock>();
  if (!lessons.some((l) => l.meta.tryIt)) return resolved;
  const typeNames = readTypeNames(contentDir);
  for (const lesson of lessons) {
    const { tryIt } = lesson.meta;
    if (!tryIt) continue;
    const scenarioFile = path.join(contentDir, 'scenarios', `${tryIt.scenario}.yaml`);
    if (existsSync(scenarioFile)) reader.files.push(scenarioFile);
    const result = resolveTryIt(lesson.file, tryIt, readScenarioInfo(contentDir, tryIt.scenario), typeNames);
    reader.errors.push(...result.errors);
    if (result.block) resolved.set(lesson.meta.id, result.block);
  }
  return resolved;
}

function listFiles(dir: string, extension: string, reader: Reader): string[] {
  if (!existsSync(dir)) {
    reader.errors.push(contentError(reader.show(dir), '', 'this folder is missing'));
    return [];
  }
  return readdirSync(dir).filter((name) => name.endsWith(extension)).sort().map((name) => path.join(dir, name));
}

function readText(file: string, reader: Reader): string | null {
  reader.files.push(file);
  if (!existsSync(file)) {
    reader.errors.push(contentError(reader.show(file), '', 'this file is missing'));
    return null;
  }
  return readFileSync(file, 'utf8');
}

function parseYaml(source: string, file: string, reader: Reader): unknown {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const where = problem.linePos?.[0] ? ` at line ${problem.linePos[0].line}, column ${problem.linePos[0].col}` : '';
    reader.errors.push(contentError(reader.show(file), '', `expected valid YAML${where}: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`));
    return undefined;
  }
  return doc.toJS();
}

function readLessons(dir: string, reader: Reader): ParsedLesson[] {
  const lessons: ParsedLesson[] = [];
  for (const absolute of listFiles(dir, '.md', reader)) {
    const file = reader.show(absolute);
    const source = readText(absolute, reader);
    if (source === null) continue;
    const nameMatch = LESSON_FILE.exec(path.basename(absolute));
    if (!nameMatch) {
      reader.errors.push(contentError(file, '', 'expected a file name like "02-seven-types.md" (two digits, a hyphen, the lesson id)'));
      continue;
    }
    const split = splitFrontMatter(source);
    if (!split) {
      reader.errors.push(contentError(file, '', 'expected YAML front matter between two "---" lines at the top of the file'));
      continue;
    }
    const data = parseYaml(split.frontMatter, absolute, reader);
    if (data === undefined) continue;
    const parsed = v.safeParse(lessonFrontMatterSchema, data, { abortEarly: false });
    if (!parsed.success) {
      reader.errors.push(...issuesToErrors(file, parsed.issues));
      continue;
    }
    if (parsed.output.id !== nameMatch[2]) {
      reader.errors.push(contentError(file, 'id', `expected "${nameMatch[2]}" (the file name after the number), got "${parsed.output.id}"`));
    }
    const body = renderLessonBody(split.body, split.bodyStartLine);
    for (const problem of body.problems) reader.errors.push(contentError(file, `body (line ${problem.line})`, problem.message));
    for (const warning of body.warnings) reader.warnings.push(contentError(file, `body (line ${warning.line})`, warning.message));
    lessons.push({ file, meta: parsed.output, blocks: body.blocks, links: body.links });
  }
  if (lessons.length === 0 && reader.errors.length === 0) {
    reader.errors.push(contentError(reader.show(dir), '', 'expected at least one lesson file'));
  }
  return lessons;
}

function readQuestions(dir: string, reader: Reader): ParsedQuestion[] {
  const questions: ParsedQuestion[] = [];
  for (const absolute of listFiles(dir, '.yaml', reader)) {
    const file = reader.show(absolute);
    const source = readText(absolute, reader);
    if (source === null) continue;
    const data = parseYaml(source, absolute, reader);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      reader.errors.push(contentError(file, '', 'expected a YAML list of questions (each item starting with "- id:")'));
      continue;
    }
    const fileLesson = path.basename(absolute, '.yaml');
    data.forEach((item: unknown, index) => {
      const parsed = v.safeParse(questionSchema, item, { abortEarly: false });
      if (!parsed.success) {
        const id = typeof item === 'object' && item !== null && 'id' in item ? ` (question ${String(item.id)})` : '';
        reader.errors.push(...issuesToErrors(file, parsed.issues, `[${index}]`).map((e) => ({ ...e, message: e.message + id })));
        return;
      }
      if (parsed.output.lesson !== fileLesson) {
        reader.errors.push(contentError(file, `[${index}].lesson`, `expected "${fileLesson}" (a lesson's questions live in content/questions/LESSON_ID.yaml), got "${parsed.output.lesson}"`));
      }
      questions.push({ file, index, question: parsed.output });
    });
  }
  return questions;
}

function readYamlList(file: string, schema: v.GenericSchema, reader: Reader): unknown[] {
  const source = readText(file, reader);
  if (source === null) return [];
  const data = parseYaml(source, file, reader);
  if (data === undefined) return [];
  const parsed = v.safeParse(schema, data, { abortEarly: false });
  if (!parsed.success) {
    reader.errors.push(...issuesToErrors(reader.show(file), parsed.issues));
    return [];
  }
  return parsed.output as unknown[];
}

function compileCourse(
  lessons: readonly ParsedLesson[],
  questions: readonly ParsedQuestion[],
  glossary: readonly GlossaryTerm[],
  coverage: readonly CoverageEntry[],
  misconceptions: readonly Misconception[],
  tryIts: ReadonlyMap<string, TryItBlock>,
): Course {
  const compiled: Lesson[] = lessons.map(({ meta, blocks }) => {
    const { tryIt: _raw, ...rest } = meta;
    const tryIt = tryIts.get(meta.id);
    return {
      ...rest,
      inlineChecks: blocks.flatMap((b) => (b.kind === 'check' ? [b.questionId] : [])),
      blocks,
      ...(tryIt ? { tryIt } : {}),
    };
  });
  compiled.sort((a, b) => a.order - b.order);
  return {
    lessons: compiled,
    questions: Object.fromEntries(questions.map((q) => [q.question.id, q.question])),
    glossary: [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })),
    coverage,
    misconceptions,
  };
}
