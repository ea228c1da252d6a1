// Vite plugin: compiles content/ into JSON at build time and serves it to the app as virtual
// modules, so the runtime never parses YAML or Markdown: `virtual:rapport-course-outline` (the
// lesson list), `virtual:rapport-glossary`, `virtual:rapport-misconceptions`,
// `virtual:rapport-teaching-guide` (docs/teaching-guide.md with its table generated from the
// course) and `virtual:rapport-lessons` (a lazy loader per lesson, each lesson with its questions
// in its own chunk). Invalid content fails the build with messages naming file and field.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatContentError, formatContentErrors } from './content-errors';
import { courseOutline, lessonBundle, type Course } from './course-types';
import { loadCourse } from './load-course';
import { renderGuideMarkdown } from './render-markdown';
import { guidePageMarkdown, TABLE_END, TABLE_START, type TeachingGuide } from './teaching-guide';

export const OUTLINE_MODULE = 'virtual:rapport-course-outline';
export const GLOSSARY_MODULE = 'virtual:rapport-glossary';
export const LESSONS_MODULE = 'virtual:rapport-lessons';
export const MISCONCEPTIONS_MODULE = 'virtual:rapport-misconceptions';
export const GUIDE_MODULE = 'virtual:rapport-teaching-guide';
export const LESSON_MODULE_PREFIX = 'virtual:rapport-lesson/';
const RESOLVED = '\0';

function isOurs(id: string): boolean {
  return id === OUTLINE_MODULE || id === GLOSSARY_MODULE || id === LESSONS_MODULE || id === MISCONCEPTIONS_MODULE
    || id === GUIDE_MODULE || id.startsWith(LESSON_MODULE_PREFIX);
}

/** A JSON string literal parsed at run time is smaller and faster than an object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

function lessonsModule(course: Course): string {
  const entries = course.lessons.map((l) => `  ${JSON.stringify(l.id)}: () => import(${JSON.stringify(LESSON_MODULE_PREFIX + l.id)}),`);
  return `export const lessonLoaders = {\n${entries.join('\n')}\n};\n`;
}

/** `contentDir` defaults to RAPPORT_CONTENT_DIR (for trying the app on fixture content), then content/. */
export function learnContentPlugin(options: { contentDir?: string } = {}): Plugin {
  let contentDir = options.contentDir ?? process.env.RAPPORT_CONTENT_DIR ?? '';
  let guideFile = '';
  let cached: Course | undefined;
  let watchedFiles: readonly string[] = [];
  let building = false;

  function compile(warn: (message: string) => void): Course {
    if (cached) return cached;
    const result = loadCourse(contentDir);
    watchedFiles = result.files;
    for (const warning of result.warnings) warn(formatContentError(warning));
    if (!result.ok) throw new Error(formatContentErrors(result.errors));
    cached = result.course;
    return cached;
  }

  return {
    name: 'rapport-learn-content',
    configResolved(config) {
      building = config.command === 'build';
      contentDir = contentDir === '' ? path.join(config.root, 'content') : path.resolve(config.root, contentDir);
      guideFile = path.join(config.root, 'docs', 'teaching-guide.md');
    },
    resolveId(id) {
      return isOurs(id) ? RESOLVED + id : undefined;
    },
    load(resolvedId) {
      if (!resolvedId.startsWith(RESOLVED) || !isOurs(resolvedId.slice(1))) return undefined;
      const id = resolvedId.slice(1);
      let course: Course;
      try {
        course = compile((message) => this.warn(message));
      } catch (error) {
        this.error((error as Error).message);
      }
      // `vite build --watch` rebuilds when a content file changes; the dev server has its own watcher below.
      if (building) for (const file of watchedFiles) this.addWatchFile(file);
      if (id === OUTLINE_MODULE) return jsonModule(courseOutline(course));
      if (id === GLOSSARY_MODULE) return jsonModule(course.glossary);
      if (id === LESSONS_MODULE) return lessonsModule(course);
      if (id === MISCONCEPTIONS_MODULE) return jsonModule(course.misconceptions);
      if (id === GUIDE_MODULE) {
        if (building) this.addWatchFile(guideFile);
        const markdown = existsSync(guideFile) ? readFileSync(guideFile, 'utf8') : `# Teaching guide\n\n${TABLE_START}\n${TABLE_END}\n`;
        let rendered: ReturnType<typeof renderGuideMarkdown>;
        try {
          rendered = renderGuideMarkdown(guidePageMarkdown(markdown, course));
        } catch (error) {
          this.error((error as Error).message);
        }
        const problem = rendered.problems[0];
        if (problem) this.error(`docs/teaching-guide.md: line ${problem.line}: ${problem.message}`);
        const guide: TeachingGuide = { html: rendered.html };
        return jsonModule(guide);
      }
      const lesson = course.lessons.find((l) => l.id === id.slice(LESSON_MODULE_PREFIX.length));
      if (!lesson) this.error(`There is no lesson "${id.slice(LESSON_MODULE_PREFIX.length)}" in the course.`);
      return jsonModule(lessonBundle(course, lesson));
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add([contentDir, guideFile]);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(contentDir)) && path.resolve(file) !== guideFile) return;
        cached = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(RESOLVED) && isOurs(module.id.slice(1))) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
