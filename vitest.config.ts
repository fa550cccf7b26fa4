import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: '#jsx' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'integration', globalSetup: ['test/support/global-setup.ts'], setupFiles: ['test/support/setup-group.ts'], include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'browser', globalSetup: ['test/support/global-setup.ts'], setupFiles: ['test/support/setup-group.ts'], include: ['test/e2e/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
