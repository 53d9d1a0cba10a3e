import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { KEPT_PROBLEMS } from '../../electron/core/import/problem-list'
import { ImportError, importCodings } from '../../electron/core/import/import-codings'
import { importRespondents, RespondentImportError } from '../../electron/core/respondents-import/import-respondents'
import { writeFile } from '../helpers/import-files'
import { largeCodedRows, writeCodingsCsv, writeLargeCodingsCsv } from '../helpers/large-import-files'
import { inMb, MB, peakRss } from '../helpers/peak-rss'
import { fileHash, tempDir, tempEngagement } from '../helpers/temp-engagement'

/** `rows` coded rows whose group no import knows: one problem each, on lines 2 onwards. */
function* badRows(rows: number): Generator<string[]> {
  for (const cells of largeCodedRows(rows)) yield [cells[0]!, 'staff', ...cells.slice(2)]
}

function refusal<T>(run: () => unknown, type: abstract new (...args: never[]) => T): T {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(type)
    return e as T
  }
  throw new Error('the file was not refused')
}

describe('a file of many bad rows', { timeout: 120_000 }, () => {
  it('keeps the first thousand problems by line and says how many there were', () => {
    const file = path.join(tempDir(), 'bad.csv')
    writeCodingsCsv(file, badRows(200_000))
    const e = tempEngagement()
    const before = e.counts()
    const err = refusal(() => importCodings(e, file), ImportError)
    expect(err.total).toBe(200_000)
    // The thousand first, in line order, then one that counts the rest: what crosses to the window.
    expect(err.problems).toHaveLength(KEPT_PROBLEMS + 1)
    expect(err.problems[0]).toMatchObject({ line: 2, key: 'import.problem.badGroup' })
    expect(err.problems[KEPT_PROBLEMS - 1]).toMatchObject({ line: KEPT_PROBLEMS + 1 })
    expect(err.problems[KEPT_PROBLEMS]).toEqual({
      line: null,
      key: 'import.cli.more.other',
      params: { count: 200_000 - KEPT_PROBLEMS },
    })
    expect(err.message.split('\n').at(-1)).toBe('… and 199,980 more problems')
    expect(e.counts()).toEqual(before)
  })

  it('lists every problem of a file with a thousand, and adds no count', () => {
    const file = path.join(tempDir(), 'bad.csv')
    writeCodingsCsv(file, badRows(KEPT_PROBLEMS))
    const err = refusal(() => importCodings(tempEngagement(), file), ImportError)
    expect(err.total).toBe(KEPT_PROBLEMS)
    expect(err.problems).toHaveLength(KEPT_PROBLEMS)
    expect(err.problems.at(-1)).toMatchObject({ line: KEPT_PROBLEMS + 1, key: 'import.problem.badGroup' })
  })

  it('counts the problems found while reading and those found against the engagement together', () => {
    // Every other row has a bad group (read), the others a code the codebook lacks (planned).
    const rows = [...largeCodedRows(3000)].map((cells, i) =>
      i % 2 === 0 ? [cells[0]!, 'staff', ...cells.slice(2)] : [...cells.slice(0, 4), 'NO.SUCH', ...cells.slice(5)],
    )
    const file = path.join(tempDir(), 'mixed.csv')
    writeCodingsCsv(file, rows)
    const err = refusal(() => importCodings(tempEngagement(), file), ImportError)
    expect(err.total).toBe(3000)
    const lines = err.problems.slice(0, KEPT_PROBLEMS).map((p) => p.line)
    expect(lines).toEqual(Array.from({ length: KEPT_PROBLEMS }, (_, i) => i + 2))
    expect(err.problems.at(-1)).toMatchObject({ key: 'import.cli.more.other', params: { count: 2000 } })
  })

  it('does the same for a file of respondents', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `P${i},staff\r\n`)
    const file = writeFile('people.csv', `code,group\r\n${rows.join('')}`)
    const err = refusal(() => importRespondents(tempEngagement(), file), RespondentImportError)
    expect(err.total).toBe(3000)
    expect(err.problems).toHaveLength(KEPT_PROBLEMS + 1)
    expect(err.problems[0]).toMatchObject({ line: 2, key: 'respondentsImport.problem.badGroup' })
    expect(err.problems.at(-1)).toEqual({
      line: null,
      key: 'respondentsImport.more.other',
      params: { count: 2000 },
    })
  })

  it('is refused on the command line with the true total, within 100 MB of the process at rest', () => {
    const dir = tempDir()
    const small = path.join(dir, 'small.csv')
    writeLargeCodingsCsv(small, 4)
    const bad = path.join(dir, 'bad.csv')
    writeCodingsCsv(bad, badRows(200_000))
    const engagement = () => {
      const e = tempEngagement()
      e.close()
      return e.path
    }
    const rest = peakRss(['import', engagement(), '--codings', small])
    expect(rest.code, rest.stderr).toBe(0)
    const file = engagement()
    const before = fileHash(file)
    const run = peakRss(['import', file, '--codings', bad])
    expect(run.code, run.stderr).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines.slice(0, 20).every((l, i) => l.startsWith(`Line ${i + 2}: the group "staff"`))).toBe(true)
    expect(lines.slice(20)).toEqual([
      '… and 199,980 more problems',
      expect.stringContaining('Nothing was imported from bad.csv (problems: 200,000).'),
    ])
    expect(fileHash(file)).toBe(before)
    expect(run.peak - rest.peak, `peak ${inMb(run.peak)}, at rest ${inMb(rest.peak)}`).toBeLessThan(100 * MB)
  })
})
