import { defineConfig } from '@playwright/test';
import { chromiumArgs } from '../../src/app/print-pdf.js';

// Debian's Chromium, never a downloaded browser: nothing may download at run time.
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    headless: true,
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // The same quiet, offline flags as the PDF printer's browser.
      args: ['--headless', ...chromiumArgs],
    },
  },
});
