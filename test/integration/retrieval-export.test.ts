import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { exportRetrievedExcerpts } from '../../electron/core/deliverables/workbook/retrieved-excerpts'
import { translate } from '../../shared/i18n/translate'
import { tempDir, track } from '../helpers/temp-engagement'

/** The sheet's rows as objects by header, as the analyst's Excel reads them. */
async function rowsOf(file: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  const sheet = workbook.worksheets[0]!
  const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const out: Record<string, unknown>[] = []
  sheet.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(head.map((h, i) => [h, row.getCell(i + 1).value])))
  })
  return out
}

describe('the Retrieve tab’s excerpts as a workbook', () => {
  it('holds exactly the codings the query finds, filtered as shown, in the Excerpts sheet’s shape', async () => {
    const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
    const find = e.codebook.codeByKey('OUT.FIND')!
    const query = { codeIds: [find.id], groups: ['manager' as const] }
    const file = path.join(tempDir(), 'excerpts.xlsx')
    const r = await exportRetrievedExcerpts(e, { query, path: file, language: 'en' })
    const want = e.db
      .prepare(
        `SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id JOIN respondents r ON r.id = d.respondent_id
         WHERE c.code_id = ? AND r.group_key = 'manager'`,
      )
      .pluck()
      .all(find.id) as string[]
    expect(r.codings).toBe(want.length)
    const rows = await rowsOf(file)
    const id = translate('en', 'workbook.excerpts.codingId')
    expect(new Set(rows.map((x) => x[id]))).toEqual(new Set(want))
    expect(new Set(rows.map((x) => x[translate('en', 'workbook.excerpts.group')]))).toEqual(new Set(['Manager']))
    expect(fs.readdirSync(path.dirname(file))).toEqual(['excerpts.xlsx'])
  })
})
