import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BenchUnavailable } from './measure'

const here = path.dirname(fileURLToPath(import.meta.url))

const name = process.argv[2]
const available = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))

if (!name || !available.includes(name)) {
  process.stderr.write(`terrain bench: name one of: ${available.join(', ')} (npm run bench -- ${available[0]})\n`)
  process.exit(2)
}
const mod = (await import(path.join(here, `${name}.bench.ts`))) as { run: () => void | Promise<void> }
try {
  await mod.run()
} catch (e) {
  if (!(e instanceof BenchUnavailable)) throw e
  process.stderr.write(`terrain bench ${name}: ${e.message}\n`)
  process.exit(2)
}
