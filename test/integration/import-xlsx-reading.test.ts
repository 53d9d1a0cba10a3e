import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importCodings, readCodingsTable } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { tempEngagement } from '../helpers/temp-engagement'
import { writeFile } from '../helpers/import-files'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

const relationships = (...rels: string[]) => `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`
const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`

/** The header row as inline strings, so that a test's own cells stand out in its sheet. */
const HEADER_ROW = `<row r="1">${COLUMNS.map((c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`

interface Parts {
  sheets?: string
  sheetData: string
  shared?: string
  /** What comes before the shared strings' root element. */
  sharedProlog?: string
  packageRels?: string | null
  workbookRels?: string
  /** How every part is spelled out (indented, empty elements with an end tag...). */
  spell?: (xml: string) => string
}

/** A workbook of one sheet at xl/worksheets/sheet1.xml, its parts replaceable one by one. */
function workbook(p: Parts): Uint8Array {
  const parts: Record<string, string> = {
    'xl/workbook.xml': `${DECLARATION}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${p.sheets ?? '<sheet name="Codage" sheetId="1" r:id="rId1"/>'}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      p.workbookRels ??
      relationships(
        rel('rId1', 'worksheet', 'worksheets/sheet1.xml'),
        rel('rId2', 'sharedStrings', 'sharedStrings.xml'),
      ),
    'xl/worksheets/sheet1.xml': `${DECLARATION}<?mso-application progid="Excel.Sheet"?><worksheet xmlns="${NS}"><sheetData>${p.sheetData}</sheetData></worksheet>`,
    'xl/sharedStrings.xml': `${p.sharedProlog ?? ''}<sst xmlns="${NS}">${p.shared ?? ''}</sst>`,
  }
  if (p.packageRels !== null)
    parts['_rels/.rels'] = p.packageRels ?? relationships(rel('rId1', 'officeDocument', 'xl/workbook.xml'))
  const spell = p.spell ?? ((xml: string) => xml)
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(spell(xml))])))
}

const rowsOf = (bytes: Uint8Array) => readCodingsTable(writeFile('book.xlsx', bytes)).rows

/** Refused with the one workbook problem, and nothing written. */
const badWorkbook = (bytes: Uint8Array) => {
  const e = tempEngagement()
  const before = e.counts()
  expect(() => importCodings(e, writeFile('book.xlsx', bytes))).toThrow(
    expect.objectContaining({ problems: [expect.objectContaining({ key: 'import.problem.badWorkbook' })] }),
  )
  expect(e.counts()).toEqual(before)
}

/** Every empty element written with an end tag, as XML allows: <c r="A1"></c> for <c r="A1"/>. */
const withEndTags = (xml: string) => xml.replace(/<([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*\/>/g, '<$1$2></$1>')

/** Each element on a line of its own, indented, as an XML library pretty-prints a part. */
const indented = (xml: string) => xml.replace(/></g, '>\n    <')

describe('reading a workbook’s first sheet', () => {
  it('reads each kind of cell Excel stores: shared, inline, formula text, boolean, number, error', () => {
    const sheetData =
      HEADER_ROW +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>employee</t></is></c>' +
      '<c r="C2" t="str"><f>A1</f><v>Line_x000D_end</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c>' +
      '<c r="F2" s="1"><v>2.5</v></c><c r="G2" t="e"><v>#N/A</v></c><c r="H2" t="s"><v>2</v></c>' +
      '<c r="I2" t="s"><v>7</v></c><c r="J2"/></row>' +
      '<row r="3">\n  <c r="A3" t="b">\n    <v>1</v>\n  </c>\n  <c r = \'B3\'  t = \'s\'><!-- a note --><v>2</v></c>\n</row>'
    const [, cells, pretty] = rowsOf(
      workbook({ sheetData, shared: '<si><t>R01</t></si><si/><si><t>after</t><rPh sb="0" eb="0"/><t>!</t></si>' }),
    )
    expect(cells!.cells).toEqual(['R01', 'employee', 'Line\nend', 'TRUE', 'FALSE', '2.5', '#N/A', 'after!', '', ''])
    expect(pretty!.cells).toEqual(['TRUE', 'after!'])
  })

  it('places cells by their reference, beyond Z too, and by their order when a reference is missing', () => {
    const sheetData =
      '<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>' +
      '<row><c r="C5" t="inlineStr"><is><t>c</t></is></c><c t="inlineStr"><is><t>d</t></is></c>' +
      '<c r="AB5" t="inlineStr"><is><t>far</t></is></c></row><row r="9"/><row><c><v>1</v></c><c r="C"><v>3</v></c><c r="1A"><v>4</v></c></row>'
    const rows = rowsOf(workbook({ sheetData }))
    expect(rows.map((r) => r.line)).toEqual([1, 2, 10])
    expect(rows[0]!.cells).toEqual(['a', 'b'])
    expect(rows[1]!.cells.slice(0, 4)).toEqual(['', '', 'c', 'd'])
    expect(rows[1]!.cells[27]).toBe('far')
    expect(rows[2]!.cells).toEqual(['1', '', '3', '4'])
  })

  it('reads parts written with namespace prefixes, character references and CDATA', () => {
    const sheetData =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t><![CDATA[a <b> & c]]></x:t></x:is></x:c>' +
      '<!-- one --><x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[d]]></x:t></x:is></x:c><!-- two --></x:row>'
    const shared = '<x:si><x:t>&#233;l&#xe8;v&#xE9; &amp; &lt;co&gt; &quot;x&quot; &apos;y&apos;</x:t></x:si>'
    const [first] = rowsOf(workbook({ sheetData, shared }))
    expect(first!.cells).toEqual(['élèvé & <co> "x" \'y\'', 'a <b> & c', 'd'])
  })

  it('finds the workbook among the package’s relationships, listed after the document properties as Excel writes them', () => {
    const packageRels = relationships(
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
      rel('rId1', 'officeDocument', 'xl/workbook.xml'),
    )
    expect(rowsOf(workbook({ sheetData: HEADER_ROW, packageRels }))[0]!.cells).toEqual([...COLUMNS])
  })

  it('finds the workbook at its usual place when the package lists no relationships', () => {
    const rows = rowsOf(workbook({ sheetData: HEADER_ROW, packageRels: null }))
    expect(rows[0]!.cells).toEqual([...COLUMNS])
  })

  it('follows relative part names in any case and reads nothing outside the file', () => {
    const workbookRels = relationships(
      rel('rId3', 'sharedStrings', 'http://example.com/strings.xml', true),
      rel('rId1', 'worksheet', './sub/../Worksheets/SHEET1.xml'),
      rel('rId2', 'sharedStrings', '../xl/sharedStrings.xml'),
    )
    const sheetData = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    const rows = rowsOf(workbook({ sheetData, workbookRels, shared: '<si><t>kept</t></si>' }))
    expect(rows[0]!.cells).toEqual(['kept'])
  })

  it('passes over hidden and very hidden sheets, and takes the first when all are hidden', () => {
    const workbookRels = relationships(rel('rId1', 'worksheet', 'worksheets/sheet1.xml'))
    const hidden =
      '<sheet name="H" sheetId="2" r:id="rId9" state="hidden"/><sheet name="V" sheetId="3" r:id="rId8" state="veryHidden"/>'
    expect(
      rowsOf(
        workbook({ sheets: `${hidden}<sheet name="C" sheetId="1" r:id="rId1"/>`, sheetData: HEADER_ROW, workbookRels }),
      ),
    ).toHaveLength(1)
    const allHidden =
      '<sheet name="C" sheetId="1" r:id="rId1" state="hidden"/><sheet name="H" sheetId="2" r:id="rId9" state="hidden"/>'
    expect(rowsOf(workbook({ sheets: allHidden, sheetData: HEADER_ROW, workbookRels }))).toHaveLength(1)
  })

  it('refuses a part that carries a DOCTYPE, entity declarations and all, writing nothing', () => {
    const laughs = '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    const sheetData = `${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`
    expect(rowsOf(workbook({ sheetData, shared: '<si><t>&lol2;</t></si>' }))).toHaveLength(2)
    badWorkbook(workbook({ sheetData, shared: '<si><t>&lol2;</t></si>', sharedProlog: laughs }))
  })

  it('refuses a DOCTYPE that declares nothing, one naming an outside file included', () => {
    const sheetData = `${HEADER_ROW}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`
    for (const doctype of ['<!DOCTYPE sst>', '<!DOCTYPE sst SYSTEM "http://example.com/sst.dtd">'])
      badWorkbook(workbook({ sheetData, shared: '<si><t>R01</t></si>', sharedProlog: doctype }))
  })

  it('reads a workbook the same whether its empty elements are written <x/> or <x></x>', () => {
    const sheetData =
      HEADER_ROW +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"/><c r="C2" t="e"><f t="shared" ref="C2:C3" si="0"/><v>#N/A</v></c>' +
      '<c r="D2" t="inlineStr"><is><t>employee</t></is></c></row><row r="3"/><row r="4"><c r="A4" t="s"><v>1</v></c></row>'
    const parts = { sheetData, shared: '<si><t>R01</t></si><si/>' }
    const rows = rowsOf(workbook(parts))
    expect(rows.map((r) => [r.line, r.cells.slice(0, 4)])).toEqual([
      [1, [...COLUMNS].slice(0, 4)],
      [2, ['R01', '', '#N/A', 'employee']],
    ])
    expect(withEndTags(sheetData)).toContain('<f t="shared" ref="C2:C3" si="0"></f>')
    expect(rowsOf(workbook({ ...parts, spell: withEndTags }))).toEqual(rows)
  })

  it('reads a workbook the same whether its parts are written compact or indented', () => {
    const sheetData =
      HEADER_ROW +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="str"><f>A1</f><v>Q</v></c>' +
      '<c r="D2"><f>+</f></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="b"><v>1</v></c>' +
      '<c r="G2" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r></is></c></row>'
    const shared =
      '<si><t>R01</t></si><si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Bold </t></r><r><t>and plain</t></r>' +
      '<rPh sb="0" eb="4"><t>ボールド</t></rPh><phoneticPr fontId="1"/></si>'
    const rows = rowsOf(workbook({ sheetData, shared }))
    expect(rows[1]!.cells.slice(0, 7)).toEqual(['R01', 'Bold and plain', 'Q', '=+', '#N/A', 'TRUE', 'inline'])
    expect(rowsOf(workbook({ sheetData, shared, spell: indented }))).toEqual(rows)
  })

  it('reads empty strings, shared or inline, as empty cells, the first shared string included', () => {
    const sheetData =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"/>' +
      '<c r="D1" t="inlineStr"><is/></c><c r="E1" t="inlineStr"><is><t>e</t></is></c></row>'
    expect(rowsOf(workbook({ sheetData, shared: '<si/><si><t>b</t></si>' }))[0]!.cells).toEqual(['', 'b', '', '', 'e'])
  })

  it('passes over the extension lists a cell or a row may carry', () => {
    const sheetData =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is><extLst><ext uri="{00000000-0000-0000-0000-000000000001}">' +
      '<x14:note xmlns:x14="http://example.com/x14">not a value</x14:note></ext></extLst></c>' +
      '<c r="B1"><v>2</v><extLst><ext uri="{00000000-0000-0000-0000-000000000002}"/></extLst></c>' +
      '<extLst><ext uri="{00000000-0000-0000-0000-000000000003}"/></extLst></row><row r="2"><c r="A2"><v>3</v></c></row>'
    expect(rowsOf(workbook({ sheetData })).map((r) => r.cells)).toEqual([['a', '2'], ['3']])
  })

  it('reads attributes written in single quotes', () => {
    const sheetData = "<row r='2'><c r='C2' t='inlineStr'><is><t>c</t></is></c><c r='E2' t='b'><v>1</v></c></row>"
    expect(rowsOf(workbook({ sheetData }))).toEqual([{ line: 2, cells: ['', '', 'c', '', 'TRUE'] }])
  })

  it('refuses a workbook without a sheet, a sheet without its part or relationship, and broken XML', () => {
    badWorkbook(workbook({ sheets: '', sheetData: HEADER_ROW }))
    badWorkbook(workbook({ sheets: '<sheet name="C" sheetId="1"/>', sheetData: HEADER_ROW }))
    badWorkbook(workbook({ sheets: '<sheet name="C" sheetId="1" r:id="rId5"/>', sheetData: HEADER_ROW }))
    badWorkbook(
      workbook({ sheetData: HEADER_ROW, workbookRels: relationships(rel('rId1', 'worksheet', 'sheets/none.xml')) }),
    )
    badWorkbook(
      workbook({ sheetData: HEADER_ROW, packageRels: relationships(rel('rId1', 'officeDocument', 'book.xml')) }),
    )
    badWorkbook(workbook({ sheetData: `${HEADER_ROW}<row r="2"><c r="A2"><v>1</v></c` }))
  })

  it('refuses at once a cell past Excel’s last column (XFD), which would make a row of millions of cells', () => {
    badWorkbook(
      workbook({ sheetData: `${HEADER_ROW}<row r="2"><c r="HAAAAA2" t="inlineStr"><is><t>x</t></is></c></row>` }),
    )
    // The first column past XFD is refused; the last column Excel has is still read.
    badWorkbook(
      workbook({ sheetData: `${HEADER_ROW}<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>` }),
    )
    const [, row] = rowsOf(
      workbook({ sheetData: `${HEADER_ROW}<row r="2"><c r="XFD2" t="inlineStr"><is><t>last</t></is></c></row>` }),
    )
    expect(row!.cells[16_383]).toBe('last')
  })
})
