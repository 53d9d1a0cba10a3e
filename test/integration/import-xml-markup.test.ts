import { describe, expect, it } from 'vitest'
import { CodebookImportError, importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { tempEngagement } from '../helpers/temp-engagement'
import { writeFile } from '../helpers/import-files'

/**
 * The guarded XML reader of imports (files/xml-events.ts, on saxes) behind a REFI-QDA codebook:
 * the refusal of a file that is not XML it reads quotes the reader's reason, which says what is
 * wrong and where.
 */
function refusedQdc(text: string) {
  const e = tempEngagement()
  const before = e.codebook.get()
  try {
    importCodebook(e, writeFile('codes.qdc', text))
  } catch (err) {
    expect(err).toBeInstanceOf(CodebookImportError)
    expect(e.codebook.get()).toEqual(before)
    const problems = (err as CodebookImportError).problems
    expect(problems.map((p) => p.key)).toEqual(['codebookTransfer.problem.notXml'])
    return { detail: String(problems[0]!.params.detail), message: (err as CodebookImportError).message }
  }
  throw new Error('the codebook was imported')
}

const PROLOG = '<?xml version="1.0" encoding="utf-8"?>\n'
const codebook = (codes: string) => `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`

describe('the XML of a file an import reads', () => {
  it('reads a codebook that is well formed', () => {
    const e = tempEngagement()
    const text = PROLOG + codebook('<Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="Trust" isCodable="true"/>')
    expect(() => importCodebook(e, writeFile('codes.qdc', text))).not.toThrow()
  })

  it('refuses a DOCTYPE, saying so and where it is, even one that declares nothing', () => {
    const text = `${PROLOG}<!DOCTYPE CodeBook>\n${codebook('<Code name="Trust" isCodable="true"/>')}`
    const { detail, message } = refusedQdc(text)
    expect(detail).toContain('DOCTYPE')
    expect(detail).toContain(`character ${text.indexOf('<!DOCTYPE')}`)
    expect(message).toContain(detail)
  })

  it('refuses markup that is not XML, saying at which character it starts', () => {
    const text = PROLOG + codebook('<Code name="Trust" isCodable="true"/><Code name=Belonging/>')
    const { detail, message } = refusedQdc(text)
    expect(detail).toContain(`character ${text.indexOf('<Code name=Belonging')}`)
    expect(message).toContain(detail)
  })
})
