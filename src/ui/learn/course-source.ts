// Lazily loads the precompiled course from the build-time virtual modules: the small outline,
// the glossary, the misconceptions, and one chunk per lesson (with its questions), each fetched once.
import type { CourseOutline, GlossaryTerm, LessonBundle, Misconception, Question } from '../../content/learn/course-types';

let outline: Promise<CourseOutline> | undefined;
let glossary: Promise<readonly GlossaryTerm[]> | undefined;
let misconceptions: Promise<readonly Misconception[]> | undefined;
const lessons = new Map<string, Promise<LessonBundle | null>>();

export function loadOutline(): Promise<CourseOutline> {
  outline ??= import('virtual:rapport-course-outline').then((m) => m.default);
  return outline;
}

export function loadGlossary(): Promise<readonly GlossaryTerm[]> {
  glossary ??= import('virtual:rapport-glossary').then((m) => m.default);
  return glossary;
}

export function loadMisconceptions(): Promise<readonly Misconception[]> {
  misconceptions ??= import('virtual:rapport-misconceptions').then((m) => m.default);
  return misconceptions;
}

/** The lesson with its questions, or null when no lesson has this id. */
export function loadLesson(id: string): Promise<LessonBundle | null> {
  let bundle = lessons.get(id);
  if (!bundle) {
    bundle = import('virtual:rapport-lessons').then(async ({ lessonLoaders }) => {
      const load = Object.hasOwn(lessonLoaders, id) ? lessonLoaders[id] : undefined;
      return load ? (await load()).default : null;
    });
    lessons.set(id, bundle);
  }
  return bundle;
}

/** The questions with these ids (from whichever lessons hold them); unknown ids are left out. */
export async function loadQuestions(ids: readonly string[]): Promise<Record<string, Question>> {
  const { lessons: outlineLessons } = await loadOutline();
  const lessonIds = new Set(ids.flatMap((id) => outlineLessons.filter((l) => l.questions.includes(id)).map((l) => l.id)));
  const bundles = await Promise.all([...lessonIds].map(loadLesson));
  const found: Record<string, Question> = {};
  for (const bundle of bundles) {
    if (!bundle) continue;
    for (const id of ids) {
      const question = bundle.questions[id];
      if (question) found[id] = question;
    }
  }
  return found;
}
