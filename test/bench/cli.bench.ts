import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { print, summarise } from './measure'

const TERRAIN = fileURLToPath(new URL('../../scripts/terrain.mjs', import.meta.url))
const BUILD = fileURLToPath(new URL('../../scripts/build-cli.mjs', import.meta.url))

/** The wall time of a fresh `terrain` process on the demo, as a consultant's shell starts it. */
export function run(): void {
  spawnSync(process.execPath, [BUILD], { stdio: 'inherit' })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-cli-'))
  const demo = path.join(dir, 'demo.terrain')
  buildDemo(demo, 'en').close()
  for (const args of [
    ['info', demo],
    ['diagnose', demo, '--json'],
  ]) {
    const times: number[] = []
    for (let i = 0; i < 10; i++) {
      const t0 = process.hrtime.bigint()
      const r = spawnSync(process.execPath, [TERRAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
      times.push(Number(process.hrtime.bigint() - t0) / 1e6)
      if (r.status !== 0) throw new Error(`terrain ${args[0]} failed: ${String(r.stderr)}`)
    }
    print(summarise('cli', `terrain ${args[0]} on the demo, fresh process (wall time)`, { respondents: 26 }, times))
  }
  fs.rmSync(dir, { recursive: true, force: true })
}
