// Registers the service worker that keeps the whole app available offline (vite-plugin-pwa,
// autoUpdate: a new version takes over on its own). Runs after the page has loaded, so it never
// delays the first paint; does nothing in the dev server or where service workers are missing.
/// <reference types="vite-plugin-pwa/client" />

export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) => registerSW({ immediate: true }))
      .catch(() => { /* offline support is an extra: the app works without it */ });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
