// Checks that the parts of the course point at each other correctly: ids exist and are unique,
// inline checks are listed, glossary and lesson links resolve, objectives exist, every question
// belongs to exactly one lesson's list, numeric answers match their own formula and their templates
// name only known values, and every misconception tag is defined.
import { contentError, type ContentError } from './content-errors';
import { evaluateFormula, formulaTraps, invalidInputs } from './numeric-formulas';
import { placeholders, templateNames } from './numeric-variants';
import type { Misconception } from './schema-misconceptions';
import type { ContentLink } from './render-markdown';
import type { LessonFrontMatter } from './schema-lesson';
import type { CoverageEntry, GlossaryTerm } from './schema-glossary';
import type { Question } from './schema-question';
import type { LessonBlock } from './course-types';

export interface ParsedLesson {
  readonly file: string;
  readonly meta: LessonFrontMatter;
  readonly blocks: readonly LessonBlock[];
  readonly links: readonly ContentLink[];
}

export interface ParsedQuestion {
  readonly file: string;
  readonly index: number;
  readonly question: Question;
}

export interface CourseParts {
  readonly lessons: readonly ParsedLesson[];
  readonly questions: readonly ParsedQuestion[];
  readonly glossary: readonly GlossaryTerm[];
  readonly glossaryFile: string;
  readonly coverage: readonly CoverageEntry[];
  readonly coverageFile: string;
  readonly misconceptions: readonly Misconception[];
  readonly misconceptionsFile: string;
}

export interface CrossReferenceReport {
  readonly errors: ContentError[];
  readonly warnings: ContentError[];
}

export function checkCrossReferences(parts: CourseParts): CrossReferenceReport {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const lessonById = new Map<string, ParsedLesson>();
  const questionById = new Map<string, ParsedQuestion>();
  const glossaryIds = new Set<string>();

  for (const lesson of parts.lessons) {
    const other = lessonById.get(lesson.meta.id);
    if (other) errors.push(contentError(lesson.file, 'id', `expected a unique lesson id, but "${lesson.meta.id}" is also used by ${other.file}`));
    else lessonById.set(lesson.meta.id, lesson);
  }
  const orders = [...parts.lessons].map((l) => l.meta.order).sort((a, b) => a - b);
  orders.forEach((order, index) => {
    if (order !== index + 1) {
      const file = parts.lessons.find((l) => l.meta.order === order)?.file ?? 'content/lessons';
      errors.push(contentError(file, 'order', `expected lesson orders to be 1, 2, 3, … without gaps or repeats, found ${orders.join(', ')}`));
    }
  });

  for (const entry of parts.questions) {
    const at = `[${entry.index}]`;
    const other = questionById.get(entry.question.id);
    if (other) errors.push(contentError(entry.file, `${at}.id`, `expected a unique question id, but "${entry.question.id}" is also used in ${other.file}`));
    else questionById.set(entry.question.id, entry);
  }

  parts.glossary.forEach((term, index) => {
    if (glossaryIds.has(term.id)) errors.push(contentError(parts.glossaryFile, `[${index}].id`, `expected a unique term id, but "${term.id}" appears twice`));
    glossaryIds.add(term.id);
  });

  checkLessons(parts, lessonById, questionById, glossaryIds, errors, warnings);
  checkQuestions(parts, lessonById, errors);
  checkGlossaryAndCoverage(parts, lessonById, glossaryIds, errors);
  checkMisconceptions(parts, lessonById, errors);
  return { errors, warnings };
}

function checkLessons(
  parts: CourseParts,
  lessonById: ReadonlyMap<string, ParsedLesson>,
  questionById: ReadonlyMap<string, ParsedQuestion>,
  glossaryIds: ReadonlySet<string>,
  errors: ContentError[],
  warnings: ContentError[],
): void {
  for (const lesson of parts.lessons) {
    const { meta, file } = lesson;
    meta.keyTerms.forEach((id, i) => {
      if (!glossaryIds.has(id)) errors.push(contentError(file, `keyTerms[${i}]`, `expected a glossary term id, but "${id}" is not in ${parts.glossaryFile}`));
    });
    meta.questions.forEach((id, i) => {
      const found = questionById.get(id);
      if (!found) errors.push(contentError(file, `questions[${i}]`, `expected a question id, but no question "${id}" exists in content/questions`));
      else if (found.question.lesson !== meta.id) {
        errors.push(contentError(file, `questions[${i}]`, `expected only this lesson's questions, but "${id}" belongs to lesson "${found.question.lesson}"`));
      }
    });
    const inline = lesson.blocks.flatMap((b) => (b.kind === 'check' ? [b.questionId] : []));
    inline.forEach((id, i) => {
      if (!meta.questions.includes(id)) errors.push(contentError(file, 'body', `expected the inline check "[[check:${id}]]" to be listed in "questions"`));
      if (inline.indexOf(id) !== i) errors.push(contentError(file, 'body', `expected "[[check:${id}]]" to appear only once`));
    });
    for (const link of lesson.links) {
      const ok = link.kind === 'glossary' ? glossaryIds.has(link.id) : lessonById.has(link.id);
      if (!ok) {
        const where = link.kind === 'glossary' ? `a term in ${parts.glossaryFile}` : 'a lesson id';
        errors.push(contentError(file, `body (line ${link.line})`, `expected the link "${link.kind}:${link.id}" to name ${where}`));
      }
    }
    const assessed = new Set(meta.questions.map((id) => questionById.get(id)?.question.objective));
    meta.objectives.forEach((objective, i) => {
      if (!assessed.has(objective.id)) warnings.push(contentError(file, `objectives[${i}]`, `no question checks the objective "${objective.id}"`));
    });
  }
}

function checkQuestions(
  parts: CourseParts,
  lessonById: ReadonlyMap<string, ParsedLesson>,
  errors: ContentError[],
): void {
  for (const { file, index, question } of parts.questions) {
    const at = `[${index}]`;
    const lesson = lessonById.get(question.lesson);
    if (!lesson) {
      errors.push(contentError(file, `${at}.lesson`, `expected a lesson id, but no lesson "${question.lesson}" exists (question ${question.id})`));
      continue;
    }
    const listedBy = parts.lessons.filter((l) => l.meta.questions.includes(question.id));
    if (listedBy.length === 0) {
      errors.push(contentError(file, `${at}.id`, `expected question "${question.id}" to be listed in the "questions" of lesson "${question.lesson}" (${lesson.file})`));
    } else if (listedBy.length > 1) {
      errors.push(contentError(file, `${at}.id`, `expected question "${question.id}" to be listed by exactly one lesson, but ${listedBy.map((l) => l.meta.id).join(' and ')} list it`));
    }
    if (!lesson.meta.objectives.some((o) => o.id === question.objective)) {
      errors.push(contentError(file, `${at}.objective`, `expected an objective id of lesson "${question.lesson}" (${lesson.meta.objectives.map((o) => o.id).join(', ')}), got "${question.objective}"`));
    }
    if (question.kind === 'numeric') checkNumeric(file, at, question, errors);
  }
}

function checkNumeric(file: string, at: string, question: Extract<Question, { kind: 'numeric' }>, errors: ContentError[]): void {
  let computed: number;
  try {
    computed = evaluateFormula(question.compute.formula, question.compute.inputs);
  } catch (error) {
    errors.push(contentError(file, `${at}.compute`, `expected inputs the formula can use: ${(error as Error).message}`));
    return;
  }
  if (!Number.isFinite(computed) || Math.abs(computed - question.answer) > question.tolerance + 1e-9) {
    errors.push(contentError(file, `${at}.answer`, `expected ${roundForMessage(computed)} (± ${question.tolerance}) from ${question.compute.formula}(${JSON.stringify(question.compute.inputs)}), got ${question.answer} (question ${question.id})`));
  }
  const invalid = invalidInputs(question.compute.formula, question.compute.inputs);
  if (invalid) errors.push(contentError(file, `${at}.compute.inputs`, `expected inputs that make sense, but they give ${invalid} (question ${question.id})`));
  const known = templateNames(question);
  const templates: [string, string][] = [
    ['prompt', question.prompt], ['feedback.correct', question.feedback.correct], ['feedback.incorrect', question.feedback.incorrect],
    ...question.hints.map((hint, i): [string, string] => [`hints[${i}]`, hint]),
  ];
  for (const [field, template] of templates) {
    for (const name of placeholders(template)) {
      if (!known.includes(name)) errors.push(contentError(file, `${at}.${field}`, `expected placeholders among {${known.join('}, {')}}, got {${name}} (question ${question.id})`));
    }
  }
  for (const name of Object.keys(question.compute.inputs)) {
    if (!placeholders(question.prompt).includes(name)) {
      errors.push(contentError(file, `${at}.prompt`, `expected the prompt to show the input {${name}}, which each instance draws afresh (question ${question.id})`));
    }
  }
}

function checkMisconceptions(parts: CourseParts, lessonById: ReadonlyMap<string, ParsedLesson>, errors: ContentError[]): void {
  const known = new Set(parts.misconceptions.map((m) => m.id));
  parts.misconceptions.forEach((entry, index) => {
    if (!lessonById.has(entry.lesson)) errors.push(contentError(parts.misconceptionsFile, `[${index}].lesson`, `expected a lesson id, but "${entry.lesson}" does not exist (misconception ${entry.id})`));
    if (parts.misconceptions.findIndex((m) => m.id === entry.id) !== index) errors.push(contentError(parts.misconceptionsFile, `[${index}].id`, `expected a unique id, but "${entry.id}" appears twice`));
  });
  const need = (file: string, field: string, tag: string | undefined, questionId: string) => {
    if (tag !== undefined && !known.has(tag)) errors.push(contentError(file, field, `expected a misconception id of ${parts.misconceptionsFile}, but "${tag}" is not there (question ${questionId})`));
  };
  for (const { file, index, question } of parts.questions) {
    need(file, `[${index}].misconception`, question.misconception, question.id);
    if (question.kind === 'single' || question.kind === 'multiple') {
      question.options.forEach((option, i) => {
        need(file, `[${index}].options[${i}].misconception`, option.misconception, question.id);
        if (option.correct && option.misconception !== undefined) errors.push(contentError(file, `[${index}].options[${i}].misconception`, `expected misconception tags on wrong options only (question ${question.id})`));
      });
    }
    if (question.kind === 'numeric') {
      for (const trap of formulaTraps(question.compute.formula, question.compute.inputs)) need(file, `[${index}].compute.formula`, trap.misconception, question.id);
    }
  }
}

function checkGlossaryAndCoverage(
  parts: CourseParts,
  lessonById: ReadonlyMap<string, ParsedLesson>,
  glossaryIds: ReadonlySet<string>,
  errors: ContentError[],
): void {
  parts.glossary.forEach((term, index) => {
    term.related.forEach((id, i) => {
      if (!glossaryIds.has(id)) errors.push(contentError(parts.glossaryFile, `[${index}].related[${i}]`, `expected a glossary term id, but "${id}" does not exist (term ${term.id})`));
      if (id === term.id) errors.push(contentError(parts.glossaryFile, `[${index}].related[${i}]`, `expected other terms, but "${id}" relates to itself`));
    });
    term.lessons.forEach((id, i) => {
      if (!lessonById.has(id)) errors.push(contentError(parts.glossaryFile, `[${index}].lessons[${i}]`, `expected a lesson id, but "${id}" does not exist (term ${term.id})`));
    });
  });
  parts.coverage.forEach((entry, index) => {
    entry.lessons.forEach((id, i) => {
      if (!lessonById.has(id)) errors.push(contentError(parts.coverageFile, `[${index}].lessons[${i}]`, `expected a lesson id, but "${id}" does not exist (heading "${entry.heading}")`));
    });
  });
}

function roundForMessage(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
