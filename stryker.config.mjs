// Mutation testing of the modules that carry Terrain's promises (npm run mutation [folder...]).
// Not part of npm test or CI: a whole run takes long on two cores. The folders and their files are
// in scripts/mutation.mjs; the mutants judged equivalent are listed, with why, in
// mutation-equivalents.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  checkers: [],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: process.env.TERRAIN_MUTATION_REPORT ?? 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: null },
  ignoreStatic: true,
}
