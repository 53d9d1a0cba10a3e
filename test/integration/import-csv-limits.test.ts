import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_RESPONDENTS, MAX_TABLE_ROWS } from '../../electron/core/files/limits'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { importCodings } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { importRespondents } from '../../electron/core/respondents-import/import-respondents'
import { codedRow, csv, writeFile } from '../helpers/import-files'
import { fileHash, tempDir, tempEngagement } from '../helpers/temp-engagement'

/** ../shared/LIMITS.md on the CSV side: each limit at, just below and just above, refusals leaving the file as it was. */
const HEADER = [...COLUMNS]

/** What an import threw: the keys and params of its problems (a LimitRefusal has one). */
function refusal(run: () => unknown): { key: string; line: number | null; params: Record<string, unknown> }[] {
  try {
    run()
  } catch (e) {
    return (e as { problems: { key: string; line: number | null; params: Record<string, unknown> }[] }).problems
  }
  throw new Error('the import was not refused')
}

/** Runs an import that must be refused, and checks the engagement is byte-identical after it. */
function refusedLeavingItAsItWas(e: Engagement, run: () => unknown) {
  const before = { hash: fileHash(e.path), counts: e.counts() }
  const problems = refusal(run)
  expect({ hash: fileHash(e.path), counts: e.counts() }).toEqual(before)
  return problems
}

/** A file of `lines` lines of one cell each, written line by line (tens of megabytes at most). */
function linesFile(name: string, lines: number): string {
  const file = path.join(tempDir(), name)
  fs.writeFileSync(file, 'x\n'.repeat(lines))
  return file
}

describe('the size of a CSV', () => {
  // Sparse files: the size is checked before a byte is read, so a file of zeros shows which check refused it.
  const ofSize = (bytes: number) => {
    const file = path.join(tempDir(), 'notes.csv')
    fs.writeFileSync(file, '')
    fs.truncateSync(file, bytes)
    return file
  }

  it('is read up to 200 MB and refused above, naming the limit and the file’s size', () => {
    const e = tempEngagement()
    for (const bytes of [MAX_FILE_BYTES - 1, MAX_FILE_BYTES])
      expect(refusal(() => importCodings(e, ofSize(bytes)))).toEqual([
        { line: null, key: 'import.problem.notText', params: { file: 'notes.csv' } },
      ])
    const [problem] = refusedLeavingItAsItWas(e, () => importCodings(e, ofSize(MAX_FILE_BYTES + 1)))
    expect(problem).toEqual({
      line: null,
      key: 'limits.MAX_FILE_BYTES',
      params: { file: 'notes.csv', figure: 200.1, limit: 200 },
    })
  })
})

describe('the rows of a CSV', { timeout: 60_000 }, () => {
  it('are read up to 1,000,000 and refused at the one after, the engagement untouched', () => {
    const e = tempEngagement()
    // A header of no known column: past the limit of rows, the file is refused for its header alone.
    for (const lines of [MAX_TABLE_ROWS - 1, MAX_TABLE_ROWS])
      expect(refusal(() => importCodings(e, linesFile('rows.csv', lines))).map((p) => p.key)).toEqual([
        'import.problem.missingColumns',
      ])
    const [problem] = refusedLeavingItAsItWas(e, () => importCodings(e, linesFile('rows.csv', MAX_TABLE_ROWS + 1)))
    expect(problem).toEqual({
      line: null,
      key: 'limits.MAX_TABLE_ROWS',
      params: { file: 'rows.csv', figure: MAX_TABLE_ROWS + 1, limit: MAX_TABLE_ROWS },
    })
  })
})

describe('one cell of a CSV', () => {
  const withExcerpt = (chars: number) => writeFile('long.csv', csv([HEADER, codedRow({ excerpt: 'é'.repeat(chars) })]))

  it('holds up to 100,000 characters; one more refuses the file, naming its line and length', () => {
    for (const chars of [MAX_CELL_CHARS - 1, MAX_CELL_CHARS])
      expect(importCodings(tempEngagement(), withExcerpt(chars))).toMatchObject({ codings: 1 })
    const e = tempEngagement()
    const [problem] = refusedLeavingItAsItWas(e, () => importCodings(e, withExcerpt(MAX_CELL_CHARS + 1)))
    expect(problem).toEqual({
      line: 2,
      key: 'limits.MAX_CELL_CHARS',
      params: { file: 'long.csv', figure: MAX_CELL_CHARS + 1, limit: MAX_CELL_CHARS, line: 2 },
    })
  })

  it('stops a quote never closed in a large file once its cell is past the limit, not at the end', () => {
    const e = tempEngagement()
    const rest = `${codedRow().join(',')}\n`.repeat(200_000)
    const file = writeFile('open-quote.csv', `${HEADER.join(',')}\n${codedRow().join(',')}\nR02,"never closed\n${rest}`)
    const [problem] = refusedLeavingItAsItWas(e, () => importCodings(e, file))
    expect(problem).toMatchObject({ line: 3, key: 'limits.MAX_CELL_CHARS', params: { figure: MAX_CELL_CHARS + 1 } })
  })

  it('refuses a row that runs on for megabytes of cells, each short', () => {
    const e = tempEngagement()
    const file = writeFile('wide.csv', `${HEADER.join(',')}\n${','.repeat(5 * 1024 * 1024)}\n`)
    expect(refusedLeavingItAsItWas(e, () => importCodings(e, file))).toEqual([
      { line: 2, key: 'import.problem.rowTooLong', params: { line: 2, limit: 4 } },
    ])
  })
})

describe('the respondents of an engagement', { timeout: 60_000 }, () => {
  const respondents = (count: number, from = 0) =>
    writeFile(
      'respondents.csv',
      csv([['code', 'group'], ...Array.from({ length: count }, (_, i) => [`P${from + i}`, 'employee'])]),
    )

  it('are imported up to 10,000 in all; one more refuses the file, counting them all', () => {
    for (const count of [MAX_RESPONDENTS - 1, MAX_RESPONDENTS])
      expect(importRespondents(tempEngagement(), respondents(count))).toMatchObject({ created: count })
    const e = tempEngagement()
    const [problem] = refusedLeavingItAsItWas(e, () => importRespondents(e, respondents(MAX_RESPONDENTS + 1)))
    expect(problem).toEqual({
      line: null,
      key: 'limits.MAX_RESPONDENTS',
      params: { file: 'respondents.csv', figure: MAX_RESPONDENTS + 1, limit: MAX_RESPONDENTS },
    })
  })

  it('count those already there, and not the rows that update them', () => {
    const e = tempEngagement()
    e.transaction(() => e.respondents.add({ code: 'P0', group: 'employee' }))
    // P0 is updated: the file brings the engagement to exactly 10,000.
    expect(importRespondents(e, respondents(MAX_RESPONDENTS))).toMatchObject({ created: MAX_RESPONDENTS - 1 })
    const full = tempEngagement()
    full.transaction(() => full.respondents.add({ code: 'Q0', group: 'employee' }))
    const [problem] = refusedLeavingItAsItWas(full, () => importRespondents(full, respondents(MAX_RESPONDENTS)))
    expect(problem).toMatchObject({ key: 'limits.MAX_RESPONDENTS', params: { figure: MAX_RESPONDENTS + 1 } })
  })
})
