import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './summary-reporter.ts';

// The Firefox e2e suite: one browser per file, files one after another (they share the policy
// file and the machine), each test waiting for states.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 40_000,
    hookTimeout: 60_000,
    reporters: ['default', new SummaryReporter()],
  },
});
