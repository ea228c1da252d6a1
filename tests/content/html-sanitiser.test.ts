// The course's HTML is sanitised in the build (sanitize-html, an allow-list of what the Markdown
// renderer produces): scripts, handlers, frames, images and links that are not app routes or web
// addresses never reach a page, while the renderer's own markup survives.
import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from '../../src/content/learn/sanitise-html';

describe('the build-time HTML sanitiser', () => {
  it('keeps the Markdown renderer\'s tags, links, classes, list starts and table alignment', () => {
    const html = '<h2>Title</h2><p>A <a href="#/glossary/nps" class="glossary-link">term</a>, <a href="https://example.org/" rel="noopener noreferrer">a site</a> and <strong>bold</strong>.</p><ol start="3"><li>three</li></ol><table><thead><tr><th style="text-align:right">Metric</th></tr></thead><tbody><tr><td>NPS</td></tr></tbody></table>';
    expect(sanitiseHtml(html)).toBe(html);
  });

  it('removes scripts, frames, images and handlers, keeping the text of what it removes', () => {
    const out = sanitiseHtml('<p onclick="alert(1)">Hi<script>alert(2)</script><img src=x onerror="alert(3)"><iframe src="https://evil.example/"></iframe><span>kept</span></p>');
    expect(out).toBe('<p>Hikept</p>');
  });

  it('drops links that are not app routes or web addresses, and style that is not alignment', () => {
    const out = sanitiseHtml('<p><a href="javascript:alert(1)">a</a><a href=" JAVASCRIPT:alert(1)">b</a><a href="data:text/html,x">c</a><a href="#/lessons/x" style="background:url(x)">d</a></p>');
    expect(out).toBe('<p><a>a</a><a>b</a><a>c</a><a href="#/lessons/x">d</a></p>');
  });
});
