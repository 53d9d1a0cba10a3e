import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const TERRAIN = fileURLToPath(new URL('../../scripts/terrain.mjs', import.meta.url))

/** Runs the real `terrain` command in its own process, in English unless the test says otherwise. */
export function terrain(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [TERRAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

export const TERRAIN_SCRIPT = path.resolve(TERRAIN)
