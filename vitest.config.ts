import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Many test files run the CLI as a subprocess and wait for it: with vitest's default of one worker fewer than the
// cores, a 2-core machine runs one file at a time and leaves a core idle. Two workers there took the suite from
// about 1,200 s (one worker, a fresh-clone CI run) to 855 s on 2 cores; more cores get one fewer than they have, as
// vitest gives by default.
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts', 'web/**/*.test.tsx'],
    exclude: ['**/node_modules/**', 'dist/**', 'web/e2e/**'],
    pool: 'forks',
    maxWorkers: workers,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    allowOnly: false,
  },
});
