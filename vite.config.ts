// Build and unit-test configuration: one static app, Phaser split into its own chunk so that
// Home and the lessons never load it.
import { defineConfig } from 'vitest/config';
import { yamlContent } from './src/content/yaml-vite-plugin';
import { learnContentPlugin } from './src/content/learn/vite-plugin';

export default defineConfig({
  base: './',
  plugins: [yamlContent(), learnContentPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
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
  },
});
