import { deflated, rawZip, type RawEntry } from './hostile-archives'

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const SS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

const entry = (name: string, text: string): RawEntry => ({ name, data: deflated(text) })

/** word/document.xml around paragraphs of body XML. */
export const documentXml = (body: string) =>
  `${DECLARATION}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`

/** A .docx whose main part is `main` (an entry that may lie), with `extra` entries beside it. */
export function docxFile(main: RawEntry | string, extra: RawEntry[] = []): Uint8Array {
  return rawZip([
    entry(
      '_rels/.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    typeof main === 'string' ? entry('word/document.xml', main) : main,
    ...extra,
  ])
}

/** A worksheet part around rows of sheetData XML. */
export const sheetXml = (rows: string) =>
  `${DECLARATION}<worksheet xmlns="${SS}"><sheetData>${rows}</sheetData></worksheet>`

/** An .xlsx of one sheet at xl/worksheets/sheet1.xml (an entry that may lie), with shared strings. */
export function xlsxFile(sheet: RawEntry | string, shared: string[] = [], extra: RawEntry[] = []): Uint8Array {
  const si = shared.map((s) => `<si><t>${s}</t></si>`).join('')
  return rawZip([
    entry(
      'xl/workbook.xml',
      `${DECLARATION}<workbook xmlns="${SS}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    entry('xl/sharedStrings.xml', `${DECLARATION}<sst xmlns="${SS}">${si}</sst>`),
    typeof sheet === 'string' ? entry('xl/worksheets/sheet1.xml', sheet) : sheet,
    ...extra,
  ])
}

/**
 * `n` letters that deflate poorly (about 1.7:1), so that a large part stays under the archive's
 * 200:1 ratio and reaches the limit a test is about.
 */
export function letters(n: number): string {
  const codes = new Uint8Array(n)
  let seed = 1
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    codes[i] = 97 + ((seed >>> 16) % 26)
  }
  return Buffer.from(codes).toString('latin1')
}
