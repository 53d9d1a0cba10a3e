import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeLargeCodingsXlsx, writeLongWorkbook } from '../helpers/large-workbooks'
import { inMb, MB, peakRss } from '../helpers/peak-rss'
import { fileHash, tempDir, tempEngagement } from '../helpers/temp-engagement'

/**
 * ../shared/LIMITS.md on memory, for a workbook: its sheet's rows stream from the archive into the
 * import as a CSV's do. Measured as the peak resident set size of a fresh `terrain import`. Before
 * the rows streamed, 200,000 rows peaked at 299 MB with shared strings (as Excel saves a sheet) and
 * at 416 MB with inline ones, and a sheet refused at row 1,000,001 at 490 MB, 377 MB above rest.
 */
const BUDGET = 300 * MB
const ABOVE_REST = 100 * MB

function engagementFile(): string {
  const e = tempEngagement()
  e.close()
  return e.path
}

/** The CLI at rest: the same import of a workbook of four coded rows. */
function atRest(dir: string) {
  const small = path.join(dir, 'small.xlsx')
  writeLargeCodingsXlsx(small, 4)
  const rest = peakRss(['import', engagementFile(), '--codings', small])
  expect(rest.code, rest.stderr).toBe(0)
  return rest
}

describe('the memory a workbook import takes', { timeout: 120_000 }, () => {
  // Held: the shared strings (every distinct text once, bounded by the archive's limits) and one
  // compact coding per row; never the sheet's rows, nor the XML chunks their texts were read from.
  for (const strings of ['shared', 'inline'] as const) {
    it(`imports 200,000 coded rows from an .xlsx with ${strings} strings on the command line under 300 MB`, () => {
      const big = path.join(tempDir(), 'codings.xlsx')
      writeLargeCodingsXlsx(big, 200_000, strings)
      const run = peakRss(['import', engagementFile(), '--codings', big])
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toMatch(/codings: 200,000/)
      expect(run.peak, `peak ${inMb(run.peak)}`).toBeLessThan(BUDGET)
    })
  }

  it('refuses a sheet past 1,000,000 rows within 100 MB of the process at rest, the engagement untouched', () => {
    const dir = tempDir()
    const long = path.join(dir, 'long.xlsx')
    writeLongWorkbook(long, 1_000_001)
    const rest = atRest(dir)
    const file = engagementFile()
    const before = fileHash(file)
    const run = peakRss(['import', file, '--codings', long])
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/long\.xlsx holds 1,000,001 rows or more, above the limit of 1,000,000 rows/)
    expect(fileHash(file)).toBe(before)
    expect(run.peak - rest.peak, `peak ${inMb(run.peak)}, at rest ${inMb(rest.peak)}`).toBeLessThan(ABOVE_REST)
  })
})
