import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'dist/**', 'web/e2e/**'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    allowOnly: false,
  },
});
