#!/usr/bin/env node
// `npm run bench -- <name>`: runs test/bench/<name>.bench.ts (TypeScript, through tsx).
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'

register()
await import(fileURLToPath(new URL('../test/bench/run.ts', import.meta.url)))
