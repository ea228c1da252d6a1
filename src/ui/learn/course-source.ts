// Lazily loads the precompiled course (and its small outline) from the build-time virtual modules.
import type { Course, CourseOutline } from '../../content/learn/course-types';

let course: Promise<Course> | undefined;
let outline: Promise<CourseOutline> | undefined;

export function loadCourse(): Promise<Course> {
  course ??= import('virtual:rapport-course').then((m) => m.default);
  return course;
}

export function loadOutline(): Promise<CourseOutline> {
  outline ??= import('virtual:rapport-course-outline').then((m) => m.default);
  return outline;
}
