// Which code the `terrain` launcher runs: the build in out/cli/ when it is newer than every source,
// else the TypeScript through tsx (a developer's checkout never runs stale code).
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = ['electron/cli', 'electron/core', 'shared', 'resources', 'package.json']

/** @returns {'built' | 'source'} */
export function cliToRun(root) {
  let time
  try {
    time = Number(fs.readFileSync(path.join(root, 'out', 'cli', 'built-at'), 'utf8'))
  } catch {
    return 'source'
  }
  if (!(time > 0) || !fs.existsSync(path.join(root, 'out', 'cli', 'terrain.mjs'))) return 'source'
  return changedSince(root, time) ? 'source' : 'built'
}

/** Whether any source file is newer than the build (a few hundred stats: a few milliseconds). */
function changedSince(root, time) {
  const stack = SOURCES.map((s) => path.join(root, s))
  while (stack.length) {
    const p = stack.pop()
    let st
    try {
      st = fs.statSync(p)
    } catch {
      continue
    }
    if (st.mtimeMs > time) return true
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) stack.push(path.join(p, n))
  }
  return false
}
