// Types of the virtual modules served by the learn content Vite plugin (see vite-plugin.ts).
declare module 'virtual:rapport-course-outline' {
  const outline: import('./course-types').CourseOutline;
  export default outline;
}

declare module 'virtual:rapport-glossary' {
  const glossary: readonly import('./course-types').GlossaryTerm[];
  export default glossary;
}

declare module 'virtual:rapport-lessons' {
  export const lessonLoaders: Readonly<Record<string, () => Promise<{ default: import('./course-types').LessonBundle }>>>;
}

declare module 'virtual:rapport-misconceptions' {
  const misconceptions: readonly import('./course-types').Misconception[];
  export default misconceptions;
}

declare module 'virtual:rapport-teaching-guide' {
  const guide: import('./teaching-guide').TeachingGuide;
  export default guide;
}
