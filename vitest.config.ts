import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // better-sqlite3 is a native addon and ingest starts worker threads: separate processes are the safe pool.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
