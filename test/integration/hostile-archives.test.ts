import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { DamagedArchive, withArchive } from '../../electron/core/files/guarded-archive'
import { isSafeEntryPath } from '../../electron/core/files/entry-path'
import {
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_UNCOMPRESSED_BYTES,
  MAX_ENTRY_RATIO,
  MAX_FILE_BYTES,
} from '../../electron/core/files/limits'
import { LimitRefusal } from '../../electron/core/files/refuse-limit'
import { importCodings, readCodingsTable } from '../../electron/core/import/import-codings'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { translate } from '../../shared/i18n/translate'
import { deflated, deflatedZeros, rawZip, type RawEntry } from '../helpers/hostile-archives'
import { writeFile } from '../helpers/import-files'
import { refusedLeavingFileIntact, withInterview } from '../helpers/intact-engagement'
import { docxFile, documentXml, sheetXml, xlsxFile } from '../helpers/office-files'
import { TERRAIN_SCRIPT } from '../helpers/run-terrain'
import { fileHash, tempDir } from '../helpers/temp-engagement'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'

const MB = 1024 * 1024

const importDocx = (bytes: Uint8Array) => (e: Engagement) =>
  importTranscript(e, e.interviews.list()[0]!.id, writeFile('Entretien.docx', bytes))

/** Refused with a LimitRefusal, the engagement byte-identical; the refusal, for its figures and message. */
function refusedByLimit(run: (e: Engagement) => unknown, fill?: (e: Engagement) => void): LimitRefusal {
  const err = refusedLeavingFileIntact(run, fill)
  expect(err).toBeInstanceOf(LimitRefusal)
  const refusal = err as LimitRefusal
  expect(refusal.code).toBe('INVALID_INPUT')
  // The message and the problem say the same, in both languages, with nothing left unfilled.
  const [problem] = refusal.problems
  expect(refusal.message).toBe(translate('en', problem!.key, problem!.params))
  expect(translate('fr', problem!.key, problem!.params)).not.toMatch(/\{\w+\}/)
  return refusal
}

/** The archive's directory passed the limits (whatever its entries hold); a LimitRefusal otherwise. */
function directoryOf(bytes: Uint8Array): readonly string[] | LimitRefusal {
  try {
    return withArchive(writeFile('a.zip', bytes), 'a.zip', (a) => a.names)
  } catch (e) {
    if (e instanceof LimitRefusal) return e
    throw e
  }
}

/** Memory the process holds beyond its JavaScript objects and buffers' baseline, in MB. */
const heldMb = () => {
  const m = process.memoryUsage()
  return (m.heapUsed + m.arrayBuffers) / MB
}

describe('a zip bomb', () => {
  it('refuses a .docx of 1.2 MB that expands to 1.2 GB before inflating it, naming the part and its ratio', () => {
    const bomb = deflatedZeros(1200)
    expect(bomb.length).toBeLessThan(1.3 * MB)
    const before = heldMb()
    const started = Date.now()
    const refusal = refusedByLimit(
      importDocx(docxFile({ name: 'word/document.xml', data: bomb, declaredSize: 1200 * MB })),
      withInterview,
    )
    expect(Date.now() - started).toBeLessThan(5000)
    expect(heldMb() - before).toBeLessThan(100)
    expect(refusal.limit).toBe('MAX_ENTRY_RATIO')
    expect(refusal.figure).toBeGreaterThan(MAX_ENTRY_RATIO)
    expect(refusal.message).toContain('Entretien.docx')
    expect(refusal.message).toContain('word/document.xml')
    expect(refusal.message).toContain(`limit of ${MAX_ENTRY_RATIO} times`)
  })

  it('refuses an .xlsx bomb early with a clear message, not as a damaged workbook', () => {
    const bomb = deflatedZeros(1200)
    const before = heldMb()
    const refusal = refusedByLimit((e) =>
      importCodings(
        e,
        writeFile('book.xlsx', xlsxFile({ name: 'xl/worksheets/sheet1.xml', data: bomb, declaredSize: 1200 * MB })),
      ),
    )
    expect(heldMb() - before).toBeLessThan(100)
    expect(refusal.problems.map((p) => p.key)).toEqual(['limits.MAX_ENTRY_RATIO'])
    expect(refusal.message).toMatch(
      /^book\.xlsx holds a part \(xl\/worksheets\/sheet1\.xml\) that unpacks to [\d,]+ times/,
    )
  })

  it('refuses a bomb whose ratio passes but whose declared total is over 1 GB, before inflating', () => {
    const refusal = refusedByLimit((e) =>
      importCodings(
        e,
        writeFile(
          'book.xlsx',
          xlsxFile({
            name: 'xl/worksheets/sheet1.xml',
            data: deflated(sheetXml('')),
            declaredSize: 1100 * MB,
            declaredCompressed: 6 * MB,
          }),
        ),
      ),
    )
    expect(refusal.limit).toBe('MAX_ARCHIVE_UNCOMPRESSED_BYTES')
    expect(refusal.message).toMatch(/^book\.xlsx unpacks to 1,100\.\d MB or more, above the limit of 1,024 MB\./)
  })

  it('stops an entry that inflates past the size it declares, whatever that size (declared sizes can lie)', () => {
    // 50 MB of zeros declared as 1 KB: under every limit on paper.
    const liar: RawEntry = { name: 'word/document.xml', data: deflatedZeros(50), declaredSize: 1024 }
    const before = heldMb()
    const refusal = refusedByLimit(importDocx(docxFile(liar)), withInterview)
    expect(heldMb() - before).toBeLessThan(100)
    expect(refusal.limit).toBe('entrySizeLie')
    expect(refusal.message).toContain('word/document.xml')
    // The same in a workbook.
    const sheet: RawEntry = { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(50), declaredSize: 4096 }
    const inBook = refusedByLimit((e) => importCodings(e, writeFile('book.xlsx', xlsxFile(sheet))))
    expect(inBook.limit).toBe('entrySizeLie')
  })

  it('reads the sizes of a ZIP64 entry from its extra field, and refuses a ZIP64 bomb by them', () => {
    const body = documentXml('<w:p><w:r><w:t>Bonjour.</w:t></w:r></w:p>')
    const zip64 = rawZip([{ name: 'word/document.xml', data: deflated(body), zip64: true }])
    withArchive(writeFile('big.docx', zip64), 'big.docx', (a) => {
      expect(Buffer.concat([...a.chunks(a.find('word/document.xml')!)]).toString('utf8')).toBe(body)
    })
    const bomb = rawZip([{ name: 'a.xml', data: deflatedZeros(1), declaredSize: 5 * 1024 * MB, zip64: true }])
    expect(directoryOf(bomb)).toMatchObject({ limit: 'MAX_ENTRY_RATIO' })
  })

  it('reads an entry that declares its size truly, and calls one that is shorter than declared damaged', () => {
    const body = documentXml('<w:p><w:r><w:t>Claire : Bonjour.</w:t></w:r></w:p>')
    const honest = docxFile(body)
    withArchive(writeFile('honest.docx', honest), 'honest.docx', (a) => {
      const text = Buffer.concat([...a.chunks(a.find('word/document.xml')!)]).toString('utf8')
      expect(text).toBe(body)
    })
    const short = docxFile({ name: 'word/document.xml', data: deflated(body), declaredSize: body.length + 10 })
    expect(() =>
      withArchive(writeFile('short.docx', short), 'short.docx', (a) => [...a.chunks(a.find('word/document.xml')!)]),
    ).toThrow(DamagedArchive)
  })
})

/** Runs `terrain` in a fresh process and reports its exit code, its stderr and its peak resident size in MB. */
function terrainWithPeak(args: string[]) {
  const rssFile = path.join(tempDir(), 'peak-rss')
  const preload = new URL('../helpers/report-peak-rss.mjs', import.meta.url).pathname
  const r = spawnSync(process.execPath, ['--import', preload, TERRAIN_SCRIPT, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', TERRAIN_PEAK_RSS_FILE: rssFile },
  })
  return { code: r.status, stderr: r.stderr, peakMb: Number(fs.readFileSync(rssFile, 'utf8')) / MB }
}

describe('a zip bomb given to the command line', () => {
  it('is refused with exit code 2 and its limit named, within 100 MB of a resting process, the file untouched', () => {
    const study = path.join(tempDir(), 'study.terrain')
    createEngagementFile(study, { language: 'en', client: 'Client', title: 'Study' }).close()
    const before = fileHash(study)
    const bomb = writeFile(
      'book.xlsx',
      xlsxFile({ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(1200), declaredSize: 1200 * MB }),
    )
    const resting = terrainWithPeak(['info', study])
    expect(resting.code).toBe(0)
    const refused = terrainWithPeak(['import', study, '--codings', bomb])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('book.xlsx holds a part (xl/worksheets/sheet1.xml) that unpacks to')
    expect(refused.peakMb - resting.peakMb).toBeLessThan(100)
    expect(fileHash(study)).toBe(before)
  }, 60_000)
})

describe('entry paths', () => {
  it.each([
    ['../../evil.txt'],
    ['word/../../evil.txt'],
    ['/etc/passwd'],
    ['\\\\server\\share\\x'],
    ['C:\\Windows\\evil.dll'],
    ['c:/evil'],
    ['a\\..\\..\\b'],
  ])('refuses an archive holding an entry named %s, naming it', (name) => {
    const refusal = refusedByLimit(
      importDocx(docxFile(documentXml('<w:p><w:r><w:t>Bonjour.</w:t></w:r></w:p>'), [{ name, data: deflated('x') }])),
      withInterview,
    )
    expect(refusal.limit).toBe('unsafeEntryPath')
    expect(refusal.problems[0]!.params.entry).toBe(name)
  })

  it('takes relative names inside the archive as they are', () => {
    for (const name of ['word/document.xml', '[Content_Types].xml', 'a/..b/c', 'customXml/item1.xml', 'x..y'])
      expect(isSafeEntryPath(name), name).toBe(true)
    for (const name of ['', 'a/../b', '..', 'a\0b']) expect(isSafeEntryPath(name), JSON.stringify(name)).toBe(false)
  })
})

describe('the limits of an archive, at, just below and just above', () => {
  const entries = (n: number): RawEntry[] =>
    Array.from({ length: n }, (_, i) => ({ name: `e/${i}`, data: new Uint8Array(0), method: 0 as const }))

  it(`entries: ${MAX_ARCHIVE_ENTRIES.toLocaleString('en')}`, () => {
    expect(directoryOf(rawZip(entries(MAX_ARCHIVE_ENTRIES - 1)))).toHaveLength(MAX_ARCHIVE_ENTRIES - 1)
    expect(directoryOf(rawZip(entries(MAX_ARCHIVE_ENTRIES)))).toHaveLength(MAX_ARCHIVE_ENTRIES)
    const above = directoryOf(rawZip(entries(MAX_ARCHIVE_ENTRIES + 1)))
    expect(above).toMatchObject({ limit: 'MAX_ARCHIVE_ENTRIES', figure: MAX_ARCHIVE_ENTRIES + 1 })
    expect((above as LimitRefusal).message).toContain('holds 20,001 parts, above the limit of 20,000')
  })

  it('declared uncompressed total: 1 GB', () => {
    // Entries of exactly 1 MB each, under the ratio's threshold: only the total speaks.
    const total = (extra: number): RawEntry[] =>
      Array.from({ length: 1024 }, (_, i) => ({
        name: `part${i}.xml`,
        data: new Uint8Array([0]),
        declaredSize: i === 0 ? MB + extra : MB,
        declaredCompressed: i === 0 ? MB : 1,
      }))
    expect(MAX_ARCHIVE_UNCOMPRESSED_BYTES).toBe(1024 * MB)
    expect(directoryOf(rawZip(total(-1)))).toHaveLength(1024)
    expect(directoryOf(rawZip(total(0)))).toHaveLength(1024)
    expect(directoryOf(rawZip(total(1)))).toMatchObject({
      limit: 'MAX_ARCHIVE_UNCOMPRESSED_BYTES',
      figure: MAX_ARCHIVE_UNCOMPRESSED_BYTES + 1,
    })
  })

  it('ratio of an entry over 1 MB: 200:1', () => {
    const entry = (declaredSize: number, declaredCompressed: number) =>
      rawZip([{ name: 'big.xml', data: new Uint8Array([0]), declaredSize, declaredCompressed }])
    expect(directoryOf(entry(2_000_000, 10_001))).toHaveLength(1)
    expect(directoryOf(entry(2_000_000, 10_000))).toHaveLength(1)
    expect(directoryOf(entry(2_000_000, 9_999))).toMatchObject({ limit: 'MAX_ENTRY_RATIO', figure: 200 })
    expect(directoryOf(entry(2_000_000, 0))).toMatchObject({ limit: 'MAX_ENTRY_RATIO' })
    // Up to 1 MB an entry may compress as well as it likes (an empty sheet's XML does).
    expect(directoryOf(entry(MB, 1))).toHaveLength(1)
    expect(directoryOf(entry(MB + 1, 1))).toMatchObject({ limit: 'MAX_ENTRY_RATIO' })
  })

  it('size of the file: 200 MB, refused before a byte of it is read', () => {
    const sparse = (size: number, name = 'book.xlsx') => {
      const file = path.join(tempDir(), name)
      fs.writeFileSync(file, '')
      fs.truncateSync(file, size)
      return file
    }
    expect(MAX_FILE_BYTES).toBe(200 * MB)
    // At and below the limit the file is read (and, being zeros, is no workbook).
    for (const size of [MAX_FILE_BYTES - 1, MAX_FILE_BYTES])
      expect(() => readCodingsTable(sparse(size))).toThrow(
        expect.objectContaining({ problems: [expect.objectContaining({ key: 'import.problem.badWorkbook' })] }),
      )
    const refusal = refusedByLimit((e) => importCodings(e, sparse(MAX_FILE_BYTES + 1)))
    expect(refusal.limit).toBe('MAX_FILE_BYTES')
    expect(refusal.message).toContain('book.xlsx is 200.1 MB, above the limit of 200 MB for one file')
    const docx = refusedByLimit(
      (e) => importTranscript(e, e.interviews.list()[0]!.id, sparse(MAX_FILE_BYTES + 1, 'Entretien.docx')),
      withInterview,
    )
    expect(docx.limit).toBe('MAX_FILE_BYTES')
  })
})
