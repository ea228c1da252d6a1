// @vitest-environment happy-dom
// Lesson HTML (sanitised in the build: tests/content/html-sanitiser.test.ts) goes into the page as
// built, and every table becomes a focusable, labelled scrolling region.
import { describe, expect, it } from 'vitest';
import { lessonHtml } from '../../src/ui/learn/lesson-html';

describe('lesson HTML on the page', () => {
  it('keeps the Markdown renderer\'s tags, links, classes and table alignment', () => {
    const out = lessonHtml('<h2>Title</h2><p>A <a href="#/glossary/nps" class="glossary-link">term</a>, <a href="https://example.org/" rel="noopener noreferrer">a site</a> and <strong>bold</strong>.</p><ol start="3"><li>three</li></ol><table><thead><tr><th style="text-align:right">Metric</th></tr></thead><tbody><tr><td>NPS</td></tr></tbody></table>');
    expect(out.querySelector('h2')?.textContent).toBe('Title');
    expect(out.querySelector('a.glossary-link')?.getAttribute('href')).toBe('#/glossary/nps');
    expect(out.querySelector('a[rel]')?.getAttribute('href')).toBe('https://example.org/');
    expect(out.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(out.querySelector('th')?.getAttribute('style')).toBe('text-align:right');
    expect(out.querySelector('.table-scroll[role="region"]')?.getAttribute('aria-label')).toBe('Table: Metric');
  });

});
