// index.html carries the main navigation before any script runs, so the header does not grow when
// the app starts (a layout shift on phones, where the links wrap). It must list exactly the links
// the app renders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { navLinks } from '../../../src/ui/routes';

describe('the navigation in index.html', () => {
  it('has the links the app shell renders, in order', () => {
    const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
    const list = /<ul id="main-nav">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    const links = [...list.matchAll(/<li><a href="([^"]*)">([^<]*)<\/a><\/li>/g)].map((m) => ({ href: m[1], label: m[2] }));
    expect(links).toEqual(navLinks);
  });
});
