import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import fs from 'node:fs'
import { featurePublicFile } from './scripts/lint/feature-public-file.mjs'

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
// Electron itself is a devDependency that the desktop runtime provides; every other one is absent
// from a packaged app, and bundled into main it runs at launch (playwright-core once broke it so).
const devOnly = Object.keys(pkg.devDependencies).filter((name) => name !== 'electron')
const devOnlyPatterns = devOnly.flatMap((name) => [name, `${name}/*`])

// DESIGN.md: imports point one way (renderer -> shared <- electron); only electron/main imports
// 'electron'; shared/ is pure (no node:, no electron, no DOM). Inside the sides (issue 13): handlers
// reach data through core modules, never a repository; a UI feature is used through its index.ts.
const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'module',
  'http',
  'https',
  'net',
  'worker_threads',
]
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const noDevDependencies = {
  group: devOnlyPatterns,
  message: 'The desktop app ships only package.json "dependencies": main, core and shared import nothing else.',
}
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main imports electron (importing it in Node tries to download the binary).',
}
const coreGroups = [
  noElectron,
  {
    group: ['**/renderer/**', '**/main/**', '**/cli/**', 'react', 'react-dom'],
    message: 'core imports only shared/ and core: main bundles it, the CLI builds on it.',
  },
  noDevDependencies,
]
// The ESM bundle of main declares these at its top (electron-vite's CommonJS shims): a second one throws at load.
const noShimNames = {
  'no-restricted-syntax': [
    'error',
    {
      selector: [
        'Program > VariableDeclaration > VariableDeclarator',
        'Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator',
        'Program > FunctionDeclaration',
        'Program > ExportNamedDeclaration > FunctionDeclaration',
      ]
        .map((node) => `${node}[id.name=/^(require|__dirname|__filename)$/]`)
        .join(', '),
      message: 'main is bundled as ESM with its own require, __dirname and __filename: name this something else.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'coverage/**',
      '.electron-native/**',
      '.stryker-tmp/**',
      'reports/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict([
      { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
      { group: ['electron', 'electron/*'], message: 'shared/ is pure: no electron.' },
      {
        group: [
          '**/electron/**',
          '**/renderer/**',
          'better-sqlite3',
          'better-sqlite3-multiple-ciphers',
          'react',
          'react-dom',
          'zustand',
        ],
        message: 'shared/ imports nothing from the sides that use it.',
      },
      noDevDependencies,
    ]),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      noElectron,
      {
        group: ['**/renderer/**', '**/main/**', 'react', 'react-dom'],
        message: 'core and cli import only shared/ and each other.',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(coreGroups),
  },
  {
    // A file gets the restricted imports of the last object that matches it: this list repeats core's.
    files: ['electron/core/handlers/**/*.ts'],
    rules: restrict([
      ...coreGroups,
      {
        group: ['**/repositories/**'],
        message: 'A handler adapts a contract call to a core module: the repository belongs to that module.',
      },
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**', '**/cli/**'], message: 'main imports core and shared, never the CLI or the page.' },
      noDevDependencies,
    ]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/core/**/*.ts', 'shared/**/*.ts'],
    rules: noShimNames,
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        group: ['**/core/**', '**/main/**', 'zod', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'],
        message: 'The preload stays tiny: electron and the contract names only.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      { group: nodeBuiltins, message: 'The renderer has no Node: it reaches data only through window.terrain.' },
      {
        group: ['electron', 'electron/*', '**/electron/**', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'],
        message: 'The renderer calls the contract, never core or electron.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { terrain: { rules: { 'feature-public-file': featurePublicFile } } },
    rules: { 'terrain/feature-public-file': 'error' },
  },
)
