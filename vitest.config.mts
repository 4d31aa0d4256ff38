import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    pool: 'forks',
    // Feed tests serve feeds from 127.0.0.1; the app refuses loopback unless a test allows it.
    env: { BULLETIN_TEST_ALLOW_LOOPBACK_FEEDS: '1' },
  },
});
