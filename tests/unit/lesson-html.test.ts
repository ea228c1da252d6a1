// @vitest-environment happy-dom
// The lesson HTML sanitiser keeps what the Markdown renderer produces and removes everything else:
// scripts, event handlers, frames, images, unknown attributes, and links that are not app routes
// or web addresses (javascript: and data: included), keeping the text of removed elements.
import { describe, expect, it } from 'vitest';
import { lessonHtml } from '../../src/ui/learn/lesson-html';

describe('lesson HTML sanitiser', () => {
  it('keeps the Markdown renderer\'s tags, links, classes and table alignment', () => {
    const out = lessonHtml('<h2>Title</h2><p>A <a href="#/glossary/nps" class="glossary-link">term</a>, <a href="https://example.org/" rel="noopener noreferrer">a site</a> and <strong>bold</strong>.</p><ol start="3"><li>three</li></ol><table><thead><tr><th style="text-align:right">Metric</th></tr></thead><tbody><tr><td>NPS</td></tr></tbody></table>');
    expect(out.querySelector('h2')?.textContent).toBe('Title');
    expect(out.querySelector('a.glossary-link')?.getAttribute('href')).toBe('#/glossary/nps');
    expect(out.querySelector('a[rel]')?.getAttribute('href')).toBe('https://example.org/');
    expect(out.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(out.querySelector('th')?.getAttribute('style')).toBe('text-align:right');
    expect(out.querySelector('.table-scroll[role="region"]')?.getAttribute('aria-label')).toBe('Table: Metric');
  });

  it('removes scripts, frames, images and handlers, keeping only their text', () => {
    const out = lessonHtml('<p onclick="alert(1)">Hi<script>alert(2)</script><img src=x onerror="alert(3)"><iframe src="https://evil.example/"></iframe><svg><a href="#/x">in svg</a></svg></p>');
    expect(out.querySelector('script, img, iframe, svg, [onclick], [onerror]')).toBeNull();
    expect(out.textContent).toContain('Hi');
    expect(out.querySelector('p')?.attributes.length).toBe(0);
  });

  it('drops links that are not app routes or web addresses, and style that is not alignment', () => {
    const out = lessonHtml('<p><a href="javascript:alert(1)">a</a><a href=" JAVASCRIPT:alert(1)">b</a><a href="data:text/html,x">c</a><a href="#/lessons/x" style="background:url(x)">d</a></p>');
    const links = [...out.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, null, null, '#/lessons/x']);
    expect(links[3]?.getAttribute('style')).toBeNull();
    expect(out.textContent).toBe('abcd');
  });
});
