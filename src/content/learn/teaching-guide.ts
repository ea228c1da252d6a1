// The teacher guide (docs/teaching-guide.md, shown at #/teach/guide): its lesson ↔ scenario ↔
// objective table is generated from the course, so it cannot go stale. The build puts a fresh
// table between the markers before rendering the page; a test keeps the file's copy up to date
// (`npm run guide:table` rewrites it).
import type { Course } from './course-types';

export const TABLE_START = '<!-- lesson-table:start (generated from the course: npm run guide:table) -->';
export const TABLE_END = '<!-- lesson-table:end -->';

export interface TeachingGuide {
  /** The guide rendered to HTML (title line removed), with the generated table in it. */
  readonly html: string;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

/** The lesson ↔ scenario ↔ objective table in Markdown. */
export function lessonTableMarkdown(course: Course): string {
  const lines = [
    '| Lesson | Objectives | Try it in the game | Higher-order tasks |',
    '|---|---|---|---|',
  ];
  for (const lesson of course.lessons) {
    const objectives = lesson.objectives.map((o) => o.text).join(' · ');
    const tryIt = lesson.tryIt
      ? `[${lesson.tryIt.scenarioTitle}](#/play/${lesson.tryIt.scenario}): ${lesson.tryIt.change} ([open it](#/try/${lesson.id}))`
      : '–';
    const tasks = lesson.questions
      .map((id) => course.questions[id])
      .filter((q) => q !== undefined && (q.kind === 'design' || q.kind === 'open'))
      .map((q) => `${q!.kind === 'design' ? 'Design task' : 'Open question'}: ${q!.prompt}`)
      .join(' · ');
    lines.push(`| ${lesson.order}. [${cell(lesson.title)}](#/lessons/${lesson.id}) | ${cell(objectives)} | ${cell(tryIt)} | ${cell(tasks === '' ? '–' : tasks)} |`);
  }
  return lines.join('\n');
}

/** The guide's Markdown with a freshly generated table between the markers. */
export function guideWithTable(markdown: string, course: Course): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/teaching-guide.md must contain the lines "${TABLE_START}" and "${TABLE_END}"`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n${lessonTableMarkdown(course)}\n${markdown.slice(end)}`;
}

/** The Markdown the page renders: the marker lines and the document title removed. */
export function guidePageMarkdown(markdown: string, course: Course): string {
  return guideWithTable(markdown, course)
    .split('\n')
    .filter((line, index) => !(index === 0 && line.startsWith('# ')) && line !== TABLE_START && line !== TABLE_END)
    .join('\n');
}
