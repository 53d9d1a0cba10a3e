import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// DESIGN.md: imports point one way (renderer -> shared <- electron); only electron/main imports
// 'electron'; shared/ is pure (no node:, no electron, no DOM).
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

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', '.electron-native/**'] },
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
        group: ['**/electron/**', '**/renderer/**', 'better-sqlite3', 'react', 'react-dom', 'zustand'],
        message: 'shared/ imports nothing from the sides that use it.',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'electron/*'],
        message: 'Only electron/main imports electron (importing it in Node tries to download the binary).',
      },
      {
        group: ['**/renderer/**', '**/main/**', 'react', 'react-dom'],
        message: 'core and cli import only shared/ and each other.',
      },
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        group: ['**/core/**', '**/main/**', 'zod', 'better-sqlite3'],
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
        group: ['electron', 'electron/*', '**/electron/**', 'better-sqlite3'],
        message: 'The renderer calls the contract, never core or electron.',
      },
    ]),
  },
)
