// Lesson Markdown is rendered at build time without raw HTML; glossary: and lesson: links become
// app routes, and [[check:ID]] lines split the text into blocks.
import { describe, expect, it } from 'vitest';
import { renderLessonBody } from '../../src/content/learn/render-markdown';

describe('lesson Markdown rendering', () => {
  it('shows raw HTML as text instead of running it', () => {
    const { blocks } = renderLessonBody('Hello <script>alert(1)</script> <img src=x onerror=alert(2)>');
    const html = blocks[0]?.kind === 'html' ? blocks[0].html : '';
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('rewrites glossary and lesson links to app routes and records them with line numbers', () => {
    const body = 'Intro line\n\nSee [CLV](glossary:customer-lifetime-value) and [types](lesson:seven-types).';
    const { blocks, links } = renderLessonBody(body, 10);
    const html = blocks[0]?.kind === 'html' ? blocks[0].html : '';
    expect(html).toContain('<a href="#/glossary/customer-lifetime-value" class="glossary-link">CLV</a>');
    expect(html).toContain('<a href="#/lessons/seven-types" class="lesson-link">types</a>');
    expect(links).toEqual([
      { kind: 'glossary', id: 'customer-lifetime-value', line: 12 },
      { kind: 'lesson', id: 'seven-types', line: 12 },
    ]);
  });

  it('splits the body at inline check lines, keeping the order', () => {
    const { blocks, problems } = renderLessonBody('## One\n\nText.\n\n[[check:q-1]]\n\n## Two\n[[check:q-2]]');
    expect(blocks.map((b) => (b.kind === 'check' ? `check:${b.questionId}` : 'html'))).toEqual(['html', 'check:q-1', 'html', 'check:q-2']);
    expect(problems).toEqual([]);
  });

  it('reports a check marker that is not alone on its line, and relative links', () => {
    const { problems } = renderLessonBody('Some text [[check:q-1]]\n\n[rel](other.md) and [up](../x)', 5);
    expect(problems.map((p) => p.line)).toEqual([5, 7, 7]);
    expect(problems[0]?.message).toMatch(/must stand alone on its own line/);
    expect(problems[1]?.message).toMatch(/"other\.md" should be glossary:ID, lesson:ID or a full https:\/\/ address/);
  });

  it('never makes a javascript: link', () => {
    const { blocks } = renderLessonBody('[bad](javascript:alert(1))');
    expect(blocks[0]?.kind === 'html' && blocks[0].html).not.toContain('href');
  });

  it('does not turn bare addresses into links (linkify off)', () => {
    const { blocks } = renderLessonBody('Visit www.example.com today.');
    expect(blocks[0]?.kind === 'html' && blocks[0].html).toBe('<p>Visit www.example.com today.</p>\n');
  });
});
