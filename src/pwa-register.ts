// Registers the service worker that keeps the whole app available offline (vite-plugin-pwa,
// autoUpdate: a new version takes over on its own). Runs a moment after the page has loaded and
// the main thread is idle, so precaching the whole app never competes with the first route's own
// chunks; does nothing in the dev server or where service workers are missing.
/// <reference types="vite-plugin-pwa/client" />

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) => registerSW({ immediate: true }))
      .catch(() => { /* offline support is an extra: the app works without it */ });
  };
  const later = () => window.setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
    else start();
  }, 1500);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
