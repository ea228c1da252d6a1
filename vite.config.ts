// Build and unit-test configuration: one static app, Phaser split into its own chunk so that
// Home and the lessons never load it.
import { defineConfig } from 'vitest/config';
import { yamlContent } from './src/content/yaml-vite-plugin';
import { learnContentPlugin } from './src/content/learn/vite-plugin';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { SECURITY_HEADERS } from './src/security-headers';
import { appFilesPlugin } from './src/lms/app-files-plugin';

export default defineConfig({
  base: './',
  plugins: [
    yamlContent(),
    learnContentPlugin(),
    appFilesPlugin(),
    // Offline: a service worker precaching the whole app (Phaser, every lesson, the workers);
    // registered by src/pwa-register.ts after the page has loaded.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: 'Rapport: customer relationships, learned by playing',
        short_name: 'Rapport',
        description: 'A free course and simulation game on the Customer Relationships block of the Business Model Canvas.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1d3557',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,woff2}'],
        globIgnores: ['.vite/**'],
        // Phaser's chunk is about 1.4 MB; the default limit (2 MiB) leaves little room.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // autoUpdate: a new worker takes over at once, and the first visit is controlled too.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    alias: [
      // stdlib's generator check calls eval(), which the CSP forbids (src/build/has-generator-support.cjs).
      { find: /^@stdlib\/assert-has-generator-support$/, replacement: fileURLToPath(new URL('./src/build/has-generator-support.cjs', import.meta.url)) },
      // stdlib's developer logging, silent anyway, costs a phone tens of milliseconds to load (src/build/no-debug.cjs).
      { find: /^debug$/, replacement: fileURLToPath(new URL('./src/build/no-debug.cjs', import.meta.url)) },
    ],
  },
  // `vite preview` sends the headers a static host should send (docs/deployment.md).
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json maps modules to chunks: scripts/size-budget.mjs reads it.
    manifest: true,
    // A route's chunks are preloaded with <link rel="modulepreload">, a hint browsers without it
    // ignore; Vite's polyfill for them would run on every page load.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      // The engine is pure (tests/unit/architecture checks it): a module of it whose exports are not
      // used is dropped, so a page that imports one function from src/engine/index.ts gets that function,
      // not the whole engine behind the barrel.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]engine[\\/]/.test(id) },
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'threads',
    maxWorkers: 2,
    // Test files share each worker's loaded modules (the engine, the content) instead of loading them
    // again per file: the unit tests take about half as long. No test relies on a fresh module: the
    // whole suite passes in shuffled file orders (vitest --sequence.shuffle.files), and the one test
    // that needs a fresh module graph (tests/unit/ui/forecast-helper.test.ts) resets it itself.
    isolate: false,
  },
});
