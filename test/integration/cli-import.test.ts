import { describe, expect, it } from 'vitest'
import { terrain } from '../helpers/run-terrain'
import { COLUMNS } from '../../electron/core/import/columns'
import { tempEngagement, track } from '../helpers/temp-engagement'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { ImportSummary } from '../../shared/api/imports'
import { csv, writeFile } from '../helpers/import-files'

/** The `terrain import` command as a process: what it prints, its exit codes, the file after it. */
const HEADER = [...COLUMNS]
const Q_WORKDAY = 'Walk me through a typical workday last week.'

/** A fresh engagement file, closed so that the command has it to itself. */
function engagementFile(): string {
  const e = tempEngagement()
  e.close()
  return e.path
}

const countsOf = (file: string) => JSON.parse(terrain(['info', file, '--json']).stdout).counts

describe('terrain import', () => {
  const good = () =>
    writeFile(
      'notes.csv',
      csv([
        HEADER,
        ['R01', 'employee', Q_WORKDAY, 'First.', 'OUT.FIND', 'SELF', '', '+', '', 'Anne'],
        ['R01', 'employee', Q_WORKDAY, 'First.', 'APP.BEL', 'SELF', '', '+', '', 'Anne'],
        ['R02', 'leadership', 'What do you expect?', 'Adoption.', 'DIR.IDEAL', 'ATTR', 'employee', '+', '', 'Anne'],
      ]),
    )

  it('imports, reports progress and a summary on stderr, and leaves stdout empty', () => {
    const file = engagementFile()
    const before = countsOf(file)
    const r = terrain(['import', file, '--codings', good()])
    expect(r.stdout).toBe('')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/Importing codings: 3\/3/)
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      'Imported notes.csv. Excerpts: 2, codings: 3, documents: 2; new respondents: 2, new questions: 1, new coders: 1.',
    )
    expect(countsOf(file)).toEqual({
      ...before,
      respondents: 2,
      coders: 1,
      documents: 2,
      codings: 3,
      guides: before.guides + 1,
      questions: before.questions + 1,
    })
  })

  it('prints the summary as JSON on stdout with --json', () => {
    const file = engagementFile()
    const r = terrain(['import', file, '--codings', good(), '--json'], { LANG: 'fr_FR.UTF-8' })
    expect(r.code).toBe(0)
    expect(ImportSummary.parse(JSON.parse(r.stdout))).toMatchObject({ excerpts: 2, codings: 3, respondentsCreated: 2 })
    expect(r.stderr).toMatch(/notes.csv importé\. Extraits\u202f: 2, codages\u202f: 3/)
  })

  it('refuses a file with problems: one line each on stderr, exit code 2, the engagement unchanged', () => {
    const file = engagementFile()
    const before = countsOf(file)
    const rows = Array.from({ length: 25 }, (_, i) => [
      'R01',
      'employee',
      'Q',
      `E${i}`,
      'NOPE',
      'SELF',
      '',
      '+',
      '',
      'A',
    ])
    const r = terrain(['import', file, '--codings', writeFile('bad.csv', csv([HEADER, ...rows]))])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toMatch(/\n\s+at /)
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(22)
    expect(lines[0]).toBe(
      'Line 2: the code "NOPE" is not in the codebook. Use the key of one of the engagement’s codes, such as OUT.FIND, or add the code to the codebook first.',
    )
    expect(lines[19]).toMatch(/^Line 21: /)
    expect(lines[20]).toBe('… and 5 more problems')
    expect(lines[21]).toBe(
      'terrain: Nothing was imported from bad.csv (problems: 25). Correct them in the file and run the import again.',
    )
    expect(countsOf(file)).toEqual(before)
  })

  it('says in one line what to do with a file it cannot read', () => {
    const file = engagementFile()
    const r = terrain(['import', file, '--codings', writeFile('empty.csv', '')], { LANG: 'fr_FR.UTF-8' })
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(
      'terrain: empty.csv est vide. Mettez d’abord une ligne d’en-tête (répondant, groupe, question, extrait, code, posture, cible, valence, intensité, codeur), puis une ligne par extrait et par code.',
    )
    const missing = terrain(['import', file])
    expect(missing).toMatchObject({ code: 2, stderr: 'terrain: The command import needs --codings <path>.\n' })
  })

  it('reopens an engagement it imported into', () => {
    const file = engagementFile()
    terrain(['import', file, '--codings', good()])
    const e = track(openEngagementFile(file))
    const texts = e.db
      .prepare<[], { text: string }>("SELECT text FROM documents WHERE kind = 'imported' ORDER BY rowid")
      .all()
    expect(texts.map((d) => d.text)).toEqual(['First.', 'Adoption.'])
  })
})
