// The app shell: renders the route named by the URL hash into <main>, keeps the navigation,
// the document title and keyboard focus in step, and shows a readable page for any failure.
import { h } from '../dom';
import { matchRoute, parseHash, type Page } from './router';
import { navLinks, routes } from '../routes';
import { yieldToMain } from '../yield-to-main';

export function startApp(main: HTMLElement, nav: HTMLElement): void {
  let current: Page | null = null;
  let generation = 0;
  let firstRender = true;

  nav.replaceChildren(...navLinks.map((link) => h('li', {}, h('a', { href: link.href }, link.label))));

  async function render(): Promise<void> {
    const token = ++generation;
    const { path, query } = parseHash(location.hash);
    current?.unmount?.();
    current = null;
    const found = matchRoute(routes, path);
    const root = h('div', { class: 'page' });
    main.setAttribute('aria-busy', 'true');
    let page: Page;
    try {
      if (!found) {
        root.append(
          h('h1', {}, 'Page not found'),
          h('p', {}, 'There is no page at this address. ', h('a', { href: '#/' }, 'Go to the home page.')),
        );
        page = { title: 'Page not found' };
      } else {
        // The route's code starts loading in a task of its own, after the shell's first paint.
        if (firstRender) await yieldToMain();
        if (token !== generation) return;
        const module = await found.route.load();
        if (token !== generation) return;
        page = await module.default(root, { path, params: found.params, query });
      }
    } catch (error) {
      console.warn('Route failed to render', error);
      root.replaceChildren(
        h('h1', {}, 'Something went wrong'),
        h('p', {}, 'This page could not be shown. Your saved progress is safe. ', h('a', { href: '#/' }, 'Go to the home page.')),
      );
      page = { title: 'Something went wrong' };
    }
    if (token !== generation) {
      page.unmount?.();
      return;
    }
    current = page;
    main.replaceChildren(root);
    main.removeAttribute('aria-busy');
    document.title = `${page.title} · Rapport`;
    markCurrentLink(nav, path);
    if (!firstRender) main.focus({ preventScroll: false });
    firstRender = false;
    window.scrollTo(0, 0);
  }

  window.addEventListener('hashchange', () => void render());
  void render();
}

function markCurrentLink(nav: HTMLElement, path: string): void {
  const section = path.split('/')[0] ?? '';
  for (const a of nav.querySelectorAll('a')) {
    const target = (a.getAttribute('href') ?? '').replace(/^#\/?/, '').split('/')[0] ?? '';
    if (target === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}
