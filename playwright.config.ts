// Browser tests: Debian's Chromium (no browser downloads here), one worker (two cores), reduced motion.
import { defineConfig } from '@playwright/test';

// RAPPORT_TEST_PORT picks another port when 4173 is taken (another checkout's preview server).
const port = Number(process.env.RAPPORT_TEST_PORT ?? 4173);
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Months play without their 2.5 s animation (as for a player who asks for reduced motion); the
    // tests about the animation itself turn it back on with page.emulateMedia.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
