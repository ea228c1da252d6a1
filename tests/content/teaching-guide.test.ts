// The teacher guide: docs/teaching-guide.md holds the lesson ↔ scenario ↔ objective table exactly
// as the course generates it (so it cannot go stale), suggested sessions, discussion prompts and a
// capstone; it renders for the app with no link problems, and every app link in it leads somewhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/learn/load-course';
import { renderGuideMarkdown } from '../../src/content/learn/render-markdown';
import { guidePageMarkdown, guideWithTable, lessonTableMarkdown } from '../../src/content/learn/teaching-guide';
import { scenarioIds } from '../../src/content/scenario/load-node';
import { routes } from '../../src/ui/routes';

const doc = readFileSync(path.resolve('docs/teaching-guide.md'), 'utf8');
const loaded = loadCourse(path.resolve('content'));
if (!loaded.ok) throw new Error('the course does not load');
const { course } = loaded;

describe('the teaching guide', () => {
  it('holds the table the course generates (run `npm run guide:table` after changing lessons)', () => {
    expect(guideWithTable(doc, course)).toBe(doc);
  });

  it('has one row per lesson, each naming a scenario to try', () => {
    const rows = lessonTableMarkdown(course).split('\n').slice(2);
    expect(rows).toHaveLength(course.lessons.length);
    course.lessons.forEach((lesson, i) => {
      expect(rows[i]).toContain(`(#/lessons/${lesson.id})`);
      expect(rows[i]).toContain(`(#/play/${lesson.tryIt!.scenario})`);
      expect(rows[i]).toContain(`(#/try/${lesson.id})`);
    });
  });

  it('suggests three sessions, gives discussion prompts and a capstone', () => {
    expect(doc).toMatch(/^## Suggested sessions$/m);
    expect(doc.match(/^### Session \d/gm)).toHaveLength(3);
    expect(doc).toMatch(/^## Discussion prompts$/m);
    expect((doc.split('## Discussion prompts')[1]!.split('\n## ')[0]!.match(/^\d+\. /gm) ?? []).length).toBeGreaterThanOrEqual(8);
    expect(doc).toMatch(/^## Capstone$/m);
  });

  it('renders for the app without link problems, and every app link leads to a lesson, a scenario or a route', () => {
    const rendered = renderGuideMarkdown(guidePageMarkdown(doc, course));
    expect(rendered.problems).toEqual([]);
    expect(rendered.html).not.toContain('lesson-table');
    expect(rendered.html).not.toMatch(/<h1/);
    const lessons = new Set(course.lessons.map((l) => l.id));
    const scenarios = new Set(scenarioIds());
    const patterns = routes.map((r) => r.pattern);
    for (const [, route] of rendered.html.matchAll(/href="#\/([^"]*)"/g)) {
      const [first, second] = route!.split('/');
      if (first === 'lessons' && second) expect(lessons.has(second), route).toBe(true);
      else if ((first === 'play' && second)) expect(scenarios.has(second), route).toBe(true);
      else if (first === 'try' && second) expect(lessons.has(second), route).toBe(true);
      else expect(patterns, route).toContain(route);
    }
    expect(patterns).toContain('teach/guide');
  });
});
