// Bundles src/engine into one ES module (dist-engine/engine.js) for the benchmark and for the
// cross-engine determinism checks in Chromium and Firefox.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-engine',
    emptyOutDir: true,
    minify: false,
    target: 'es2022',
    lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'engine.js' },
  },
});
