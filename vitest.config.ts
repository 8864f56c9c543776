import { defineConfig } from 'vitest/config';

// Unit tests need nothing but Node. Integration tests (*.integration.test.ts) drive a real dockerd
// with BuildKit and buildx; their global setup makes sure one is running and the base images exist.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/**/*.integration.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['__tests__/**/*.integration.test.ts'],
          globalSetup: ['__tests__/helpers/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
