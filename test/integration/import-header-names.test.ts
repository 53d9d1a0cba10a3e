import { describe, expect, it } from 'vitest'
import { importCodings, ImportError } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { importRespondents, RespondentImportError } from '../../electron/core/respondents-import/import-respondents'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { tempEngagement } from '../helpers/temp-engagement'
import { codedRow, csv, writeFile } from '../helpers/import-files'

const HEADER = [...COLUMNS]

/** The problems of a refused import of coded excerpts, nothing written. */
function refusedCodings(e: Engagement, text: string) {
  const before = e.counts()
  try {
    importCodings(e, writeFile('notes.csv', text))
  } catch (err) {
    expect(e.counts()).toEqual(before)
    if (err instanceof ImportError) return err.problems.map((p) => ({ line: p.line, key: p.key, ...p.params }))
    throw err
  }
  throw new Error('the file was imported')
}

describe('the header of a file of coded excerpts', () => {
  it('may hold columns without a name, between the others or after them, as a spreadsheet saves them', () => {
    // A blank column left between two groups of columns, and the empty cells a spreadsheet adds at the end.
    const header = [...HEADER.slice(0, 3), '', ...HEADER.slice(3), '', '']
    const row = codedRow()
    const cells = [...row.slice(0, 3), 'a note', ...row.slice(3), '', '']
    const e = tempEngagement()
    expect(importCodings(e, writeFile('blank-columns.csv', csv([header, cells])))).toMatchObject({ codings: 1 })
    const doc = e.db.prepare<[], { text: string }>("SELECT text FROM documents WHERE kind = 'imported'").all()
    expect(doc).toEqual([{ text: 'E' }])
  })

  it('names the columns it lacks in English when most of its names are English, one French name among them', () => {
    const header = ['respondent', 'group', 'extrait', 'question', 'code']
    expect(refusedCodings(tempEngagement(), csv([header, header]))).toEqual([
      { line: 1, key: 'import.problem.missingColumns', columns: 'stance, valence, coder' },
    ])
  })
})

describe('the header of a file of respondents', () => {
  /** The problems of a refused import of respondents. */
  function refusedRespondents(e: Engagement, text: string) {
    try {
      importRespondents(e, writeFile('respondents.csv', text))
    } catch (err) {
      if (err instanceof RespondentImportError) return err.problems.map((p) => ({ line: p.line, key: p.key }))
      throw err
    }
    throw new Error('the file was imported')
  }

  it('reads a column’s name typed with two spaces where it has one, a real name’s column included', () => {
    const e = tempEngagement()
    const text = csv([
      ['code', 'group', 'Real  Name', 'Start  date'],
      ['R01', 'employee', 'Anne Martin', '2019-03-01'],
    ])
    expect(importRespondents(e, writeFile('spaces.csv', text))).toMatchObject({ realNames: 1, variablesCreated: 1 })
    expect(e.variables.list().map((v) => v.key)).toEqual(['start_date'])
    expect(JSON.stringify(e.variables.list())).not.toContain('Anne')
  })

  it('refuses a column of contacts or names however its name is spaced', () => {
    const text = csv([
      ['code', 'group', 'Last  name', 'E-mail'],
      ['R01', 'employee', 'Martin', 'anne@example.org'],
    ])
    expect(refusedRespondents(tempEngagement(), text)).toEqual([
      { line: 1, key: 'respondentsImport.problem.personalColumn' },
      { line: 1, key: 'respondentsImport.problem.personalColumn' },
    ])
  })
})
