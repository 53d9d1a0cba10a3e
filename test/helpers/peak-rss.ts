import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { TERRAIN_SCRIPT } from './run-terrain'
import { tempDir } from './temp-engagement'

const PRELOAD = fileURLToPath(new URL('./report-peak-rss.mjs', import.meta.url))
export const MB = 1024 * 1024

/**
 * Runs a fresh node process with the test-only preload that reports its peak resident set size:
 * the real `terrain` command, or (script) a TypeScript file run through tsx. Returns the exit code,
 * stderr and the peak in bytes.
 */
export function peakRss(args: string[], options: { script?: string } = {}) {
  const report = path.join(tempDir(), 'peak-rss')
  const entry = options.script ? ['--import', 'tsx', options.script] : [TERRAIN_SCRIPT]
  const r = spawnSync(process.execPath, ['--import', PRELOAD, ...entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', TERRAIN_PEAK_RSS_FILE: report },
    maxBuffer: 64 * MB,
  })
  return { code: r.status, stderr: r.stderr, peak: Number(fs.readFileSync(report, 'utf8')) }
}

/** Megabytes, for a failure message. */
export const inMb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`
