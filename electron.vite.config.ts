import { relative, resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * Writes out/main/bundle-contents.json: every module bundled into main and every import it keeps,
 * so that a test can hold main to the app's dependencies (a devDependency bundled into main
 * runs at launch, where a packaged app does not have it).
 */
function bundleContents(): Plugin {
  return {
    name: 'terrain-bundle-contents',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
      const contents = {
        modules: chunks.flatMap((c) => Object.keys(c.modules).map((id) => relative(__dirname, id))),
        imports: [...new Set(chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]))],
      }
      this.emitFile({ type: 'asset', fileName: 'bundle-contents.json', source: JSON.stringify(contents, null, 1) })
    },
  }
}

export default defineConfig({
  main: {
    plugins: [bundleContents()],
    build: {
      outDir: 'out/main',
      // The core thread is a second entry: main starts it as out/main/core-worker.js.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'core-worker': resolve(__dirname, 'electron/core/worker/core-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but 'electron': bundle everything, as CommonJS.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    // No hot reload: its inline preamble would need 'unsafe-inline' in the Content-Security-Policy.
    server: { hmr: false },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
