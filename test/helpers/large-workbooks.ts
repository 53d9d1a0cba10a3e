import fs from 'node:fs'
import { strToU8, Zip, ZipDeflate } from 'fflate'
import { COLUMNS } from '../../electron/core/import/columns'
import { largeCodedRows } from './large-import-files'

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const SS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** Parts written at a time: the test process never holds a big sheet whole. */
const BATCH = 5000

/** "A".."Z" for the columns of a coded-excerpt sheet (ten of them). */
const column = (i: number): string => String.fromCharCode(65 + i)

/**
 * Writes an .xlsx as Excel lays one out, streamed into the file by fflate: the package and workbook
 * relationships, the workbook, the sheet, then the shared strings (Excel writes them after the
 * sheet, so that a reader must look for them first). `sheetRows` yields the rows' XML, `shared`
 * the shared strings' texts once the rows are written (a row may add to them as it goes).
 */
function writeWorkbook(file: string, sheetRows: Iterable<string>, shared: () => Iterable<string>): void {
  const fd = fs.openSync(file, 'w')
  const zip = new Zip((err, data) => {
    if (err) throw err
    fs.writeSync(fd, data)
  })
  const part = (name: string, texts: Iterable<string>) => {
    const entry = new ZipDeflate(name, { level: 1 })
    zip.add(entry)
    let batch: string[] = []
    for (const text of texts) {
      batch.push(text)
      if (batch.length === BATCH) {
        entry.push(strToU8(batch.join('')))
        batch = []
      }
    }
    entry.push(strToU8(batch.join('')), true)
  }
  part('_rels/.rels', [
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ])
  part('xl/workbook.xml', [
    `${DECLARATION}<workbook xmlns="${SS}" xmlns:r="${REL}"><sheets><sheet name="Codage" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ])
  part('xl/_rels/workbook.xml.rels', [
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  ])
  part('xl/worksheets/sheet1.xml', sheetXml(sheetRows))
  part('xl/sharedStrings.xml', sharedXml(shared()))
  zip.end()
  fs.closeSync(fd)
}

function* sheetXml(rows: Iterable<string>): Generator<string> {
  yield `${DECLARATION}<worksheet xmlns="${SS}"><sheetData>`
  yield* rows
  yield '</sheetData></worksheet>'
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function* sharedXml(strings: Iterable<string>): Generator<string> {
  yield `${DECLARATION}<sst xmlns="${SS}">`
  for (const s of strings) yield `<si><t xml:space="preserve">${escape(s)}</t></si>`
  yield '</sst>'
}

/** Shared strings as Excel keeps them: each text once, cells pointing to it by index. */
function sharedStrings() {
  const index = new Map<string, number>()
  return {
    ref: (text: string): number => index.get(text) ?? (index.set(text, index.size), index.size - 1),
    texts: () => index.keys(),
  }
}

/**
 * The coded excerpts of large-import-files.ts's CSV (same rows, same seed) as an .xlsx, the numbers
 * as numbers and every text either in the shared strings, as Excel saves a sheet, or inline in its
 * cell, as writers that stream a sheet do (XlsxWriter's constant_memory mode, for one).
 */
export function writeLargeCodingsXlsx(file: string, rows: number, strings: 'shared' | 'inline' = 'shared'): void {
  const shared = sharedStrings()
  const text = (ref: string, t: string) =>
    strings === 'shared'
      ? `<c r="${ref}" t="s"><v>${shared.ref(t)}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escape(t)}</t></is></c>`
  const cell = (ref: string, t: string) =>
    t === '' ? '' : /^\d+$/.test(t) ? `<c r="${ref}"><v>${t}</v></c>` : text(ref, t)
  function* xmlRows() {
    const row = (line: number, cells: readonly string[]) =>
      `<row r="${line}">${cells.map((c, i) => cell(`${column(i)}${line}`, c)).join('')}</row>`
    yield row(1, COLUMNS)
    let line = 1
    for (const cells of largeCodedRows(rows)) yield row(++line, cells)
  }
  writeWorkbook(file, xmlRows(), shared.texts)
}

/**
 * A sheet of `rows` rows, each with one cell holding the same shared string: past a million, the
 * sheet is refused by LIMITS.md's rows of a sheet, whatever the rows hold.
 */
export function writeLongWorkbook(file: string, rows: number): void {
  function* xmlRows() {
    for (let line = 1; line <= rows; line++) yield `<row r="${line}"><c r="A${line}" t="s"><v>0</v></c></row>`
  }
  writeWorkbook(file, xmlRows(), () => ['note'])
}
