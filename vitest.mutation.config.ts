import { defineConfig } from 'vitest/config'

// Mutation runs (npm run mutation): the tests of the folder under mutation (scripts/mutation.mjs
// names them), else the unit and integration tests. Never the browser tests: they need a built
// renderer and Chromium and take minutes; the promises under mutation are held below the UI.
export default defineConfig({
  test: {
    include: process.env.TERRAIN_MUTATION_TESTS?.split(',') ?? [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
    ],
    exclude: ['test/integration/desktop-launch.test.ts', 'test/integration/main-bundle.test.ts'],
    environment: 'node',
    // One process and no re-isolation per file: a mutant's run costs its tests, not start-ups.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
