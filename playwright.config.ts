import { defineConfig } from '@playwright/test';

// One worker per core; each test gets its own persistent Chromium profile with the built extension.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
