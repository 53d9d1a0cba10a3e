import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CodebookExportSummary, CodebookImportSummary } from '../../shared/api/codebook-transfer'
import { translate } from '../../shared/i18n/translate'
import type { MessageKey } from '../../shared/i18n/translate'
import { contractSession } from '../helpers/contract-session'
import { tempDir } from '../helpers/temp-engagement'

const SAMPLE = '/work/shared/interop/samples/hand-authored-project.qde'

describe('exchanging the codebook through the contract, with the system dialogs scripted', () => {
  it('exports to the path chosen in the save dialog, in the chosen format', async () => {
    const s = await contractSession()
    const chosen = path.join(tempDir(), 'codebook.qdc')
    s.dialogs.nextCodebookExportPath = chosen
    const { path: file } = await s.run<{ path: string }>('files.chooseCodebookExport', {
      suggestedName: 'Acme',
      format: 'qdc',
    })
    const summary = CodebookExportSummary.parse(await s.run('codebook.export', { path: file, format: 'qdc' }))
    expect(summary).toEqual({ path: chosen, format: 'qdc', families: 8, codes: 25 })
    expect(fs.readFileSync(chosen, 'utf8')).toContain('origin="Terrain 0.0.0-test"')
  })

  it('imports the file chosen in the open dialog and says what it added, updated and left', async () => {
    const s = await contractSession()
    s.dialogs.nextCodebookImportPath = SAMPLE
    const { path: file } = await s.run<{ path: string }>('files.chooseCodebookImport', {})
    const summary = CodebookImportSummary.parse(await s.run('codebook.import', { path: file }))
    expect(summary).toMatchObject({ file: 'hand-authored-project.qde', codes: { added: 3 }, families: { added: 1 } })
    const codebook = await s.run<{ codes: { key: string }[] }>('codebook.get', {})
    expect(codebook.codes.map((c) => c.key)).toContain('TOPICS.DIET')
  })

  it('refuses a malformed file with problems the UI can translate, and writes nothing', async () => {
    const s = await contractSession()
    const bad = path.join(tempDir(), 'bad.json')
    fs.writeFileSync(
      bad,
      JSON.stringify({
        id: 'x',
        name: { fr: '', en: '' },
        families: [
          { id: 'F', name: { fr: 'F', en: 'F' }, codes: [{ key: 'A', name: { fr: 'A', en: 'A' }, color: 'vert' }] },
        ],
      }),
    )
    const before = await s.run('codebook.get', {})
    const error = await s.refused('codebook.import', { path: bad })
    expect(error).toMatchObject({ code: 'INVALID_INPUT', subject: 'bad.json' })
    expect(error.problems).toEqual([
      { line: 1, key: 'codebookTransfer.problem.badColour', params: { line: 1, code: '"A"', value: 'vert' } },
    ])
    expect(translate('fr', error.problems![0]!.key as MessageKey, error.problems![0]!.params)).toMatch(
      /^Ligne 1\u202f: la couleur «\u202fvert\u202f» de "A"/,
    )
    expect(await s.run('codebook.get', {})).toEqual(before)
  })

  it('says CANCELLED when the user closes a dialog', async () => {
    const s = await contractSession()
    expect(await s.refused('files.chooseCodebookImport', {})).toMatchObject({ code: 'CANCELLED' })
    expect(await s.refused('files.chooseCodebookExport', { suggestedName: '', format: 'json' })).toMatchObject({
      code: 'CANCELLED',
    })
  })
})
