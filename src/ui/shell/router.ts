// Hash router: static hosting friendly; each route's page module is loaded on demand
// (so the lesson pages never pull in Phaser).
export interface RouteMatch {
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

/** A mounted page; `unmount` runs before the next route renders. */
export interface Page {
  readonly title: string;
  unmount?(): void;
}

export type PageFactory = (root: HTMLElement, match: RouteMatch) => Page | Promise<Page>;

export interface RouteDef {
  /** Path pattern such as `lessons/:id`; segments starting with ':' capture. */
  readonly pattern: string;
  readonly load: () => Promise<{ default: PageFactory }>;
}

export function parseHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  return { path: pathPart.replace(/\/+$/, ''), query: new URLSearchParams(queryPart) };
}

export function matchRoute(
  routes: readonly RouteDef[],
  path: string,
): { route: RouteDef; params: Record<string, string> } | null {
  const parts = path === '' ? [] : path.split('/');
  for (const route of routes) {
    const pattern = route.pattern === '' ? [] : route.pattern.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length; i++) {
      const p = pattern[i]!;
      const v = parts[i]!;
      if (p.startsWith(':')) {
        try {
          params[p.slice(1)] = decodeURIComponent(v);
        } catch {
          ok = false;
          break;
        }
      } else if (p !== v) {
        ok = false;
        break;
      }
    }
    if (ok) return { route, params };
  }
  return null;
}
