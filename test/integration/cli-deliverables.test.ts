import fs from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { buildDeliverable, exportDeliverableFile } from '../../electron/core/deliverables/export-deliverable'
import { flaggedJob, newCancelFlag, raiseCancelFlag } from '../../electron/core/jobs/job-control'
import { TerrainError } from '../../shared/domain/terrain-error'
import { tempDir, track } from '../helpers/temp-engagement'
import { terrain } from '../helpers/run-terrain'

/** The content type of the package's main part: what Office reads first to know the file. */
const MAIN = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
} as const

const contentTypes = (file: string) =>
  strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['[Content_Types].xml']!)

describe('terrain report --out deck.pptx|workbook.xlsx|report.docx', () => {
  it.each(['pptx', 'xlsx', 'docx'] as const)(
    'writes the %s chosen by the extension, in the language asked',
    (format) => {
      const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'fr'))
      e.close()
      const out = path.join(tempDir(), `livrable.${format}`)
      const r = terrain(['report', e.path, '--out', out, '--lang', 'en'])
      expect(r.code, r.stderr).toBe(0)
      expect(r.stderr).toContain(`${format.toUpperCase()} written`)
      expect(contentTypes(out)).toContain(MAIN[format])
      expect(fs.readdirSync(path.dirname(out))).toEqual([`livrable.${format}`])
    },
    60_000,
  )
})

describe('report.exportDeliverable in the core', () => {
  it('refuses a file named with another format, and leaves nothing when cancelled', async () => {
    const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
    const dir = tempDir()
    await expect(
      exportDeliverableFile(e, {
        path: path.join(dir, 'deck.docx'),
        format: 'pptx',
        language: 'en',
        allowNames: false,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const flag = newCancelFlag()
    let steps = 0
    // Cancelled once the report model is built, while the deck is being written.
    const job = flaggedJob(
      { id: 'job-1', kind: 'report', flag },
      () => {
        if (++steps === 2) raiseCancelFlag(flag)
      },
      () => steps * 1000,
    )
    const cancelled = exportDeliverableFile(
      e,
      { path: path.join(dir, 'deck.pptx'), format: 'pptx', language: 'en', allowNames: false },
      job,
    )
    await expect(cancelled).rejects.toBeInstanceOf(TerrainError)
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('a group under three respondents in the deck and the Word report', () => {
  it.each(['pptx', 'docx'] as const)('has no row in any table of the %s', async (format) => {
    const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
    expect(e.respondents.list().filter((r) => r.group === 'other')).toHaveLength(1)
    const { bytes } = await buildDeliverable(e, format, 'en')
    const parts = unzipSync(new Uint8Array(bytes))
    const tables = Object.entries(parts)
      .filter(([name]) => /^(ppt\/slides\/slide\d+|word\/document)\.xml$/.test(name))
      .flatMap(([, part]) => [...strFromU8(part).matchAll(/<(a|w):tbl>[\s\S]*?<\/\1:tbl>/g)].map((m) => m[0]))
    expect(tables.length).toBeGreaterThan(0)
    for (const t of tables) expect(t).not.toMatch(/<(a|w):t(?: [^>]*)?>Other<\/(a|w):t>/)
  })
})
