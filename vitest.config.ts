import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files at once. Vitest's default is one fewer than the cores, hence one on a two-core machine,
 * while a file spends most of its time waiting: on the database's own thread or server, on spawned
 * commands, on Chromium, on the job queue. Three files share two cores well; more only queue.
 */
const integrationWorkers = Math.max(3, availableParallelism() + 1);

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: '#jsx' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'integration',
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['src/messages/catalogue.ts', 'test/support/setup-group.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          maxWorkers: integrationWorkers,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['src/messages/catalogue.ts', 'test/support/setup-group.ts'],
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
