#!/usr/bin/env node
// The `terrain` command: runs the TypeScript CLI through tsx, from any working directory.
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register()
await import(fileURLToPath(new URL('../electron/cli/index.ts', import.meta.url)))
