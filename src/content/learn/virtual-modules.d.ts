// Types of the virtual modules served by the learn content Vite plugin.
declare module 'virtual:rapport-course' {
  const course: import('./course-types').Course;
  export default course;
}

declare module 'virtual:rapport-course-outline' {
  const outline: import('./course-types').CourseOutline;
  export default outline;
}
