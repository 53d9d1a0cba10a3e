import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { summarise } from '../../electron/core/engagement/summary'
import { diagnosisInput } from '../../electron/core/diagnosis/diagnosis-input'
import { reportHtml } from '../../electron/core/report/export-report'
import { diagnose } from '../../shared/domain/diagnosis/diagnose'
import { measure, print } from './measure'
import { retrievalFigures } from './retrieval.bench'
import { scaleEngagement } from './scale-engagement'

const TERRAIN = fileURLToPath(new URL('../../scripts/terrain.mjs', import.meta.url))
const PEAK_RSS = fileURLToPath(new URL('../helpers/report-peak-rss.mjs', import.meta.url))

/** 1,000 respondents and 250,000 codings: open, diagnosis (time, and memory of a fresh process), report, retrieval. */
export function run(): void {
  const file = scaleEngagement(1000, 250_000)
  const probe = openEngagementFile(file)
  const c = probe.counts()
  const sizes = { respondents: c.respondents, codings: c.codings, documents: c.documents }
  probe.close()

  print(
    measure('scale', 'open (identity check, pragmas) + home screen data', sizes, 5, () => {
      const e = openEngagementFile(file)
      summarise(e)
      e.respondents.list()
      e.close()
    }),
  )
  const e = openEngagementFile(file)
  // The engine itself, not the per-state cache the screens read through.
  print(
    measure(
      'scale',
      'full diagnosis: read the engagement + every measure',
      sizes,
      5,
      () => diagnose(diagnosisInput(e)),
      1,
    ),
  )
  e.close()
  // A fresh connection each run, so that the diagnosis is computed, not read from its per-state cache.
  print(
    measure(
      'scale',
      'report HTML for the preview, diagnosis included (document, charts)',
      sizes,
      3,
      () => {
        const fresh = openEngagementFile(file)
        reportHtml(fresh, 'en', { forPrint: false })
        fresh.close()
      },
      1,
    ),
  )
  const warm = openEngagementFile(file)
  print(
    measure(
      'scale',
      'report HTML for the preview again, same data (the diagnosis read from its cache)',
      sizes,
      3,
      () => reportHtml(warm, 'en', { forPrint: false }),
      1,
    ),
  )
  warm.close()
  process.stdout.write(
    `${JSON.stringify({ bench: 'scale', figure: '`terrain diagnose --json`, a fresh process', sizes, ...diagnoseProcess(file) })}\n`,
  )
  for (const f of retrievalFigures(file)) print({ ...f, bench: 'scale' })
}

/** Wall time and peak resident memory of the real command, measured by the test-only preload. */
function diagnoseProcess(file: string): { wallMs: number; peakRssMb: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-bench-rss-'))
  const report = path.join(dir, 'peak-rss')
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, ['--import', PEAK_RSS, TERRAIN, 'diagnose', file, '--json'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TERRAIN_PEAK_RSS_FILE: report },
  })
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0) throw new Error(`terrain diagnose failed (exit ${r.status})`)
  const peak = Number(fs.readFileSync(report, 'utf8'))
  fs.rmSync(dir, { recursive: true, force: true })
  return { wallMs: Math.round(wallMs), peakRssMb: Math.round(peak / 1024 / 1024) }
}
