import { describe, expect, it } from 'vitest'
import { importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { readCodebookFile } from '../../electron/core/codebook-transfer/read-codebook-file'
import type { Engagement } from '../../electron/core/engagement/engagement'
import {
  MAX_CELL_CHARS,
  MAX_CODE_DEPTH,
  MAX_CODE_NAME_CHARS,
  MAX_CODE_TEXT_CHARS,
  MAX_CODES,
  MAX_DOCUMENT_CHARS,
  MAX_RESPONDENTS,
  MAX_TABLE_ROWS,
} from '../../electron/core/files/limits'
import { LimitRefusal } from '../../electron/core/files/refuse-limit'
import { importCodings, readCodingsTable } from '../../electron/core/import/import-codings'
import { importRespondents } from '../../electron/core/respondents-import/import-respondents'
import { COLUMNS } from '../../electron/core/import/columns'
import { readTranscript } from '../../electron/core/transcripts/read-transcript'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { codedRow, writeFile } from '../helpers/import-files'
import { refusedLeavingFileIntact, withInterview } from '../helpers/intact-engagement'
import { tempEngagement } from '../helpers/temp-engagement'
import { docxFile, documentXml, letters, sheetXml, xlsxFile } from '../helpers/office-files'

/** Refused by the limit `limit`, the engagement byte-identical; the refusal. */
function refusedBy(limit: string, run: (e: Engagement) => unknown, fill?: (e: Engagement) => void): LimitRefusal {
  const err = refusedLeavingFileIntact(run, fill)
  expect(err).toBeInstanceOf(LimitRefusal)
  expect(err).toMatchObject({ code: 'INVALID_INPUT', limit, problems: [{ key: `limits.${limit}` }] })
  return err as LimitRefusal
}

/** What reading a file gives: 'read', or the limit that refused it. */
function outcome(read: () => unknown): string {
  try {
    read()
    return 'read'
  } catch (e) {
    if (e instanceof LimitRefusal) return e.limit
    throw e
  }
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`

describe('the limits of a sheet (.xlsx), at, just below and just above', () => {
  it(`rows: ${MAX_TABLE_ROWS.toLocaleString('en')}`, () => {
    // Numbered rows: a million identical empty ones would compress past the archive's 200:1.
    const sheet = (rows: number) =>
      writeFile('book.xlsx', xlsxFile(sheetXml(Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"/>`).join(''))))
    // Just below reads as at the limit does: a million rows are enough to parse twice.
    expect(outcome(() => readCodingsTable(sheet(MAX_TABLE_ROWS)))).toBe('read')
    const refusal = refusedBy('MAX_TABLE_ROWS', (e) => importCodings(e, sheet(MAX_TABLE_ROWS + 1)))
    expect(refusal.figure).toBe(MAX_TABLE_ROWS + 1)
    expect(refusal.message).toBe(
      'book.xlsx holds 1,000,001 rows or more, above the limit of 1,000,000 rows. Split it into smaller files and import each one.',
    )
  }, 60_000)

  it(`one cell: ${MAX_CELL_CHARS.toLocaleString('en')} characters, inline or shared`, () => {
    const header = `<row r="1">${COLUMNS.map((c, i) => inline(`${String.fromCharCode(65 + i)}1`, c)).join('')}</row>`
    const book = (chars: number) => {
      const cells = codedRow({ excerpt: 'x'.repeat(chars) })
      const row = cells.map((c, i) => inline(`${String.fromCharCode(65 + i)}2`, c)).join('')
      return writeFile('book.xlsx', xlsxFile(sheetXml(`${header}<row r="2">${row}</row>`)))
    }
    expect(readCodingsTable(book(MAX_CELL_CHARS - 1)).rows[1]!.cells[3]).toHaveLength(MAX_CELL_CHARS - 1)
    expect(readCodingsTable(book(MAX_CELL_CHARS)).rows[1]!.cells[3]).toHaveLength(MAX_CELL_CHARS)
    const refusal = refusedBy('MAX_CELL_CHARS', (e) => importCodings(e, book(MAX_CELL_CHARS + 1)))
    expect(refusal.problems[0]).toMatchObject({
      line: 2,
      params: { figure: MAX_CELL_CHARS + 1, limit: MAX_CELL_CHARS },
    })
    const shared = writeFile(
      'shared.xlsx',
      xlsxFile(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), ['y'.repeat(MAX_CELL_CHARS + 1)]),
    )
    expect(outcome(() => readCodingsTable(shared))).toBe('MAX_CELL_CHARS')
    // A cell or a shared string made of many pieces (runs, CDATA sections) is held to the limit as it grows.
    const piece = `<![CDATA[${'z'.repeat(60_000)}]]>`
    const pieces = writeFile(
      'pieces.xlsx',
      xlsxFile(sheetXml(`<row r="1"><c r="A1" t="str"><v>${piece}${piece}</v></c></row>`)),
    )
    expect(outcome(() => readCodingsTable(pieces))).toBe('MAX_CELL_CHARS')
    const runs = writeFile('runs.xlsx', xlsxFile(sheetXml(''), [`${'r'.repeat(60_000)}</t><t>${'s'.repeat(60_000)}`]))
    expect(outcome(() => readCodingsTable(runs))).toBe('MAX_CELL_CHARS')
  })
})

describe(`respondents in one engagement, from an .xlsx: ${MAX_RESPONDENTS.toLocaleString('en')}`, () => {
  const list = (n: number) => {
    const rows = Array.from(
      { length: n },
      (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, `R${i + 1}`)}${inline(`B${i + 2}`, 'employee')}</row>`,
    )
    return writeFile(
      'people.xlsx',
      xlsxFile(sheetXml(`<row r="1">${inline('A1', 'code')}${inline('B1', 'group')}</row>${rows.join('')}`)),
    )
  }

  it('imports a list that brings the engagement to the limit, and refuses one just above, writing nothing', () => {
    const refusal = refusedBy('MAX_RESPONDENTS', (e) => importRespondents(e, list(MAX_RESPONDENTS + 1)))
    expect(refusal.figure).toBe(MAX_RESPONDENTS + 1)
    const e = tempEngagement()
    expect(importRespondents(e, list(MAX_RESPONDENTS))).toMatchObject({ created: MAX_RESPONDENTS })
  }, 60_000)
})

const GUID = (i: number) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`
const qdc = (codes: string) =>
  `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`
const qdcCode = (i: number, inner = '', name = `Code ${i}`) =>
  `<Code guid="${GUID(i)}" name="${name}" isCodable="true">${inner}</Code>`
const jsonCodebook = (codes: object[]) =>
  JSON.stringify({
    id: 'test',
    name: { fr: 'Grille', en: 'Codebook' },
    families: [{ id: 'FAM', name: { fr: 'Famille', en: 'Family' }, codes }],
  })
const jsonCode = (i: number, over: object = {}) => ({
  key: `FAM.C${i}`,
  name: { fr: `Code ${i}`, en: `Code ${i}` },
  ...over,
})

const readQdc = (xml: string) => () => readCodebookFile(writeFile('codes.qdc', xml), 'en')
const readJson = (codes: object[]) => () => readCodebookFile(writeFile('codes.json', jsonCodebook(codes)), 'en')

describe('the limits of a codebook (.qdc and Terrain JSON), at, just below and just above', () => {
  it(`codes: ${MAX_CODES.toLocaleString('en')}`, () => {
    const flat = (n: number) => qdc(Array.from({ length: n }, (_, i) => qdcCode(i)).join(''))
    expect(outcome(readQdc(flat(MAX_CODES - 1)))).toBe('read')
    expect(outcome(readQdc(flat(MAX_CODES)))).toBe('read')
    expect(refusedBy('MAX_CODES', (e) => importCodebook(e, writeFile('codes.qdc', flat(MAX_CODES + 1)))).figure).toBe(
      MAX_CODES + 1,
    )
    const codes = (n: number) => Array.from({ length: n }, (_, i) => jsonCode(i))
    // The JSON file's family counts as one of them.
    expect(outcome(readJson(codes(MAX_CODES - 1)))).toBe('read')
    expect(outcome(readJson(codes(MAX_CODES)))).toBe('MAX_CODES')
  })

  it(`nesting depth: ${MAX_CODE_DEPTH}`, () => {
    const chain = (depth: number): string => (depth === 0 ? '' : qdcCode(depth, chain(depth - 1)))
    expect(outcome(readQdc(qdc(chain(MAX_CODE_DEPTH - 1))))).toBe('read')
    expect(outcome(readQdc(qdc(chain(MAX_CODE_DEPTH))))).toBe('read')
    const refusal = refusedBy('MAX_CODE_DEPTH', (e) =>
      importCodebook(e, writeFile('codes.qdc', qdc(chain(MAX_CODE_DEPTH + 1)))),
    )
    expect(refusal.figure).toBe(MAX_CODE_DEPTH + 1)
    const jsonChain = (depth: number) =>
      Array.from({ length: depth }, (_, i) => jsonCode(i, i === 0 ? {} : { parent: `FAM.C${i - 1}` }))
    expect(outcome(readJson(jsonChain(MAX_CODE_DEPTH)))).toBe('read')
    expect(outcome(readJson(jsonChain(MAX_CODE_DEPTH + 1)))).toBe('MAX_CODE_DEPTH')
  })

  it(`a code's name: ${MAX_CODE_NAME_CHARS} characters`, () => {
    const named = (chars: number) => qdc(qdcCode(1, '', 'n'.repeat(chars)))
    expect(outcome(readQdc(named(MAX_CODE_NAME_CHARS - 1)))).toBe('read')
    expect(outcome(readQdc(named(MAX_CODE_NAME_CHARS)))).toBe('read')
    const refusal = refusedBy('MAX_CODE_NAME_CHARS', (e) =>
      importCodebook(e, writeFile('codes.qdc', named(MAX_CODE_NAME_CHARS + 1))),
    )
    expect(refusal.message).toContain('codes.qdc has a code name of 201 characters, above the limit of 200')
    const jsonNamed = (chars: number) => [jsonCode(1, { name: { fr: 'n'.repeat(chars), en: 'n' } })]
    expect(outcome(readJson(jsonNamed(MAX_CODE_NAME_CHARS)))).toBe('read')
    expect(outcome(readJson(jsonNamed(MAX_CODE_NAME_CHARS + 1)))).toBe('MAX_CODE_NAME_CHARS')
  })

  it(`a code's definition, rule or example: ${MAX_CODE_TEXT_CHARS.toLocaleString('en')} characters`, () => {
    const defined = (chars: number) => qdc(qdcCode(1, `<Description>${'d'.repeat(chars)}</Description>`))
    expect(outcome(readQdc(defined(MAX_CODE_TEXT_CHARS - 1)))).toBe('read')
    expect(outcome(readQdc(defined(MAX_CODE_TEXT_CHARS)))).toBe('read')
    refusedBy('MAX_CODE_TEXT_CHARS', (e) => importCodebook(e, writeFile('codes.qdc', defined(MAX_CODE_TEXT_CHARS + 1))))
    for (const field of ['definition', 'include', 'exclude', 'example']) {
      const text = (chars: number) => [jsonCode(1, { [field]: { fr: 'd'.repeat(chars), en: 'd' } })]
      expect(outcome(readJson(text(MAX_CODE_TEXT_CHARS))), field).toBe('read')
      expect(outcome(readJson(text(MAX_CODE_TEXT_CHARS + 1))), field).toBe('MAX_CODE_TEXT_CHARS')
    }
  })
})

describe(`characters in one document: ${MAX_DOCUMENT_CHARS.toLocaleString('en')}`, () => {
  /** A transcript of two paragraphs (one blank line between them counts: the document keeps it). */
  const text = (chars: number) => `${letters(chars - 2 - 1000)}\n\n${'b'.repeat(1000)}\n`

  it('reads a plain-text transcript just below and at the limit, and refuses one just above', () => {
    const txt = (chars: number) => writeFile('Entretien.txt', text(chars))
    expect(outcome(() => readTranscript(txt(MAX_DOCUMENT_CHARS - 1)))).toBe('read')
    expect(outcome(() => readTranscript(txt(MAX_DOCUMENT_CHARS)))).toBe('read')
    const refusal = refusedBy(
      'MAX_DOCUMENT_CHARS',
      (e) => importTranscript(e, e.interviews.list()[0]!.id, txt(MAX_DOCUMENT_CHARS + 1)),
      withInterview,
    )
    expect(refusal.figure).toBe(MAX_DOCUMENT_CHARS + 1)
  }, 30_000)

  it('refuses a Word transcript just above, and stops reading one far above as it streams in', () => {
    const paragraphs = (chars: number) =>
      documentXml(
        text(chars)
          .trimEnd()
          .split('\n\n')
          .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
          .join(''),
      )
    expect(outcome(() => readTranscript(writeFile('Entretien.docx', docxFile(paragraphs(MAX_DOCUMENT_CHARS)))))).toBe(
      'read',
    )
    refusedBy(
      'MAX_DOCUMENT_CHARS',
      (e) =>
        importTranscript(
          e,
          e.interviews.list()[0]!.id,
          writeFile('Entretien.docx', docxFile(paragraphs(MAX_DOCUMENT_CHARS + 1))),
        ),
      withInterview,
    )
    // Far above, in paragraphs each under the XML reader's own limit: stopped as the text streams in.
    const far = documentXml(
      Array.from({ length: 11 }, () => `<w:p><w:r><w:t>${letters(1_000_000)}</w:t></w:r></w:p>`).join(''),
    )
    const refusal = refusedBy(
      'MAX_DOCUMENT_CHARS',
      (e) => importTranscript(e, e.interviews.list()[0]!.id, writeFile('Long.docx', docxFile(far))),
      withInterview,
    )
    expect(refusal.figure).toBeGreaterThan(2 * MAX_DOCUMENT_CHARS)
  }, 30_000)
})
