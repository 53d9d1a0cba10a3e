#!/usr/bin/env node
// npm run mutation [folder...]: Stryker on the modules that carry Terrain's promises, one folder at a
// time (all of them when none is named), then the mutation score of each folder.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The folders under mutation, what each promise rests on, and the tests that hold it: a mutant is
 * judged by its folder's own tests (unit and integration, never the browser), so that a run costs
 * minutes, not hours, and a score counts only what those tests promise.
 */
export const FOLDERS = {
  'text-edits': {
    mutate: ['shared/domain/text-diff.ts', 'shared/domain/text-edit.ts', 'shared/domain/reanchor.ts'],
    tests: [
      'unit/text-*.test.ts',
      'integration/typing-over-emoji.test.ts',
      'integration/edit-document.test.ts',
      'integration/coding-actions.test.ts',
    ],
  },
  diagnosis: {
    mutate: ['shared/domain/diagnosis/**/*.ts'],
    // The unit tests alone: they hold the method's promises, and with the integration test (a demo
    // engagement opened for each mutant) a run took over two hours.
    tests: ['unit/diagnosis-*.test.ts'],
  },
  agreement: {
    mutate: ['shared/domain/agreement/**/*.ts'],
    tests: ['unit/agreement-*.test.ts', 'integration/agreement.test.ts'],
  },
  db: {
    mutate: ['electron/core/db/**/*.ts'],
    tests: [
      'integration/file-identity.test.ts',
      'integration/migrations*.test.ts',
      'integration/durability.test.ts',
      'integration/all-or-nothing.test.ts',
      'integration/native-driver.test.ts',
      'integration/repositories.test.ts',
      'integration/db-*.test.ts',
    ],
  },
  security: {
    mutate: ['electron/core/security/**/*.ts'],
    tests: ['unit/security.test.ts', 'unit/path-grants-contract.test.ts'],
  },
  import: {
    mutate: ['electron/core/import/**/*.ts'],
    tests: ['integration/import-*.test.ts', 'integration/all-or-nothing.test.ts'],
  },
  coding: {
    mutate: ['electron/core/coding/**/*.ts'],
    tests: [
      'integration/coding-*.test.ts',
      'integration/edit-document.test.ts',
      'integration/all-or-nothing.test.ts',
      'integration/typing-over-emoji.test.ts',
    ],
  },
  interviews: {
    mutate: ['electron/core/interviews/**/*.ts'],
    tests: [
      'integration/live-tags.test.ts',
      'integration/durability.test.ts',
      'integration/typing-over-emoji.test.ts',
      'integration/contract.test.ts',
      'integration/interview-*.test.ts',
    ],
  },
  'report-privacy': {
    mutate: ['shared/report/real-names.ts', 'shared/domain/respondent.ts'],
    tests: ['unit/real-names.test.ts', 'unit/report-privacy-*.test.ts', 'integration/report-privacy.test.ts'],
  },
}

const asked = process.argv.slice(2)
const unknown = asked.filter((f) => !(f in FOLDERS))
if (unknown.length) {
  console.error(`mutation: unknown folder ${unknown.join(', ')}; one of: ${Object.keys(FOLDERS).join(', ')}`)
  process.exit(2)
}
const scores = []
for (const folder of asked.length ? asked : Object.keys(FOLDERS)) {
  const report = path.join(root, 'reports', 'mutation', `${folder}.json`)
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'),
      'run',
      '--mutate',
      FOLDERS[folder].mutate.join(','),
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        TERRAIN_MUTATION_REPORT: path.relative(root, report),
        TERRAIN_MUTATION_TESTS: FOLDERS[folder].tests.map((t) => `test/${t}`).join(','),
      },
    },
  )
  if (run.status !== 0) process.exit(run.status ?? 1)
  scores.push({ folder, ...score(JSON.parse(fs.readFileSync(report, 'utf8'))) })
}
console.log('\nmutation score by folder (killed + timeout) / (all - ignored - no coverage counted as survived)')
for (const s of scores)
  console.log(
    `${s.folder.padEnd(16)} ${s.score.toFixed(1).padStart(5)} %  (${s.killed} killed of ${s.valid}; ${s.survived} survived, ${s.noCoverage} not covered)`,
  )

/** Stryker's own score: detected mutants over valid ones (ignored and compile errors apart). */
function score(report) {
  const mutants = Object.values(report.files).flatMap((f) => f.mutants)
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length
  const killed = count('Killed', 'Timeout')
  const survived = count('Survived')
  const noCoverage = count('NoCoverage')
  const valid = killed + survived + noCoverage
  return { killed, survived, noCoverage, valid, score: valid ? (100 * killed) / valid : 100 }
}
