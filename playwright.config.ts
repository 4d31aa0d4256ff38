import { defineConfig } from '@playwright/test';

// The feed scenarios serve feeds from 127.0.0.1; the app refuses loopback unless a test allows it.
process.env.BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS = '1';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  outputDir: 'test-results',
});
