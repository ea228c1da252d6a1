// Vite plugin: compiles content/ into the course JSON at build time and serves it to the app as
// the virtual modules `virtual:rapport-course` (everything) and `virtual:rapport-course-outline`
// (the small lesson list). Invalid content fails the build with messages naming file and field.
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatContentError, formatContentErrors } from './content-errors';
import { courseOutline, type Course } from './course-types';
import { loadCourse } from './load-course';

export const COURSE_MODULE = 'virtual:rapport-course';
export const OUTLINE_MODULE = 'virtual:rapport-course-outline';
const RESOLVED_PREFIX = '\0';

/** `contentDir` defaults to RAPPORT_CONTENT_DIR (for trying the app on fixture content), then content/. */
export function learnContentPlugin(options: { contentDir?: string } = {}): Plugin {
  let contentDir = options.contentDir ?? process.env.RAPPORT_CONTENT_DIR ?? '';
  let cached: Course | undefined;

  function compile(warn: (message: string) => void): Course {
    if (cached) return cached;
    const result = loadCourse(contentDir);
    for (const warning of result.warnings) warn(formatContentError(warning));
    if (!result.ok) throw new Error(formatContentErrors(result.errors));
    cached = result.course;
    return cached;
  }

  /** A JSON string literal parsed at run time is smaller and faster than an object literal. */
  function asModule(value: unknown): string {
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
  }

  return {
    name: 'rapport-learn-content',
    configResolved(config) {
      contentDir = contentDir === '' ? path.join(config.root, 'content') : path.resolve(config.root, contentDir);
    },
    resolveId(id) {
      if (id === COURSE_MODULE || id === OUTLINE_MODULE) return RESOLVED_PREFIX + id;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED_PREFIX + COURSE_MODULE && id !== RESOLVED_PREFIX + OUTLINE_MODULE) return undefined;
      let course: Course;
      try {
        course = compile((message) => this.warn(message));
      } catch (error) {
        this.error((error as Error).message);
      }
      for (const file of ['lessons', 'questions', 'glossary.yaml', 'coverage.yaml']) {
        this.addWatchFile(path.join(contentDir, file));
      }
      return asModule(id === RESOLVED_PREFIX + COURSE_MODULE ? course : courseOutline(course));
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(path.resolve(contentDir))) return;
        cached = undefined;
        for (const id of [COURSE_MODULE, OUTLINE_MODULE]) {
          const module = server.moduleGraph.getModuleById(RESOLVED_PREFIX + id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
