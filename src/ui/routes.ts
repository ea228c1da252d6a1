// The app's routes. Each page module is imported lazily so every route only loads what it needs.
import type { RouteDef } from './shell/router';

export const routes: readonly RouteDef[] = [
  { pattern: '', load: () => import('./home/home-page') },
];

/** Links shown in the main navigation, in order. */
export const navLinks: readonly { href: string; label: string }[] = [
  { href: '#/', label: 'Home' },
];
