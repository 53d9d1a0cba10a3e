import { describe, expect, it } from 'vitest'
import { importCodings, ImportError } from '../../electron/core/import/import-codings'
import { IMPORTED_GUIDE_KEY } from '../../electron/core/import/write-import'
import { COLUMNS } from '../../electron/core/import/columns'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { tempEngagement } from '../helpers/temp-engagement'
import { codedRow, csv, writeFile } from '../helpers/import-files'

const HEADER = [...COLUMNS]
const row = codedRow

function refusal(e: Engagement, content: string): ImportError {
  const before = e.counts()
  try {
    importCodings(e, writeFile('notes.csv', content))
  } catch (err) {
    expect(e.counts()).toEqual(before)
    if (err instanceof ImportError) return err
    throw err
  }
  throw new Error('the file was imported')
}

const problems = (e: Engagement, content: string) =>
  refusal(e, content).problems.map((p) => ({ line: p.line, key: p.key, ...p.params }))

const codingsOf = (e: Engagement) =>
  e.db
    .prepare<[], { valence: string; intensity: number | null; stance: string; target: string | null }>(
      'SELECT valence, intensity, stance, target FROM codings ORDER BY rowid',
    )
    .all()

describe('the message of a refused import', () => {
  const unknownCodes = (n: number) =>
    csv([HEADER, ...Array.from({ length: n }, (_, i) => row({ excerpt: `E${i}`, code: 'NOPE' }))])

  it('lists every problem when there are twenty', () => {
    const lines = refusal(tempEngagement(), unknownCodes(20)).message.split('\n')
    expect(lines).toHaveLength(20)
    expect(lines.at(-1)).toMatch(/^Line 21: /)
  })

  it('lists the first twenty and counts the one more', () => {
    const err = refusal(tempEngagement(), unknownCodes(21))
    expect(err.problems).toHaveLength(21)
    const lines = err.message.split('\n')
    expect(lines).toHaveLength(21)
    expect(lines[19]).toMatch(/^Line 21: /)
    expect(lines.at(-1)).toBe('… and 1 more problem')
  })

  it('lists the first twenty and counts the others', () => {
    expect(refusal(tempEngagement(), unknownCodes(23)).message.split('\n').at(-1)).toBe('… and 3 more problems')
  })
})

describe('what a refusal names', () => {
  it('a quote never closed in the header, rather than an empty file', () => {
    expect(problems(tempEngagement(), `respondent,"group\n`)).toEqual([
      { line: 1, key: 'import.problem.unclosedQuote' },
    ])
  })

  it('a quote never closed below the header, rather than a header alone', () => {
    expect(problems(tempEngagement(), `${HEADER.join(',')}\n"never closed\n`)).toEqual([
      { line: 2, key: 'import.problem.unclosedQuote' },
    ])
  })

  it('a header lacking columns, and a quote never closed below it', () => {
    expect(problems(tempEngagement(), `respondent,group\nR01,"never closed\n`)).toEqual([
      expect.objectContaining({ line: 1, key: 'import.problem.missingColumns' }),
      { line: 2, key: 'import.problem.unclosedQuote' },
    ])
  })

  it('a row’s problems and a quote never closed after it, in line order', () => {
    const text = `${csv([HEADER, row({ valence: '?' })])}R01,"never closed\n`
    expect(problems(tempEngagement(), text).map((p) => [p.line, p.key])).toEqual([
      [2, 'import.problem.badValence'],
      [3, 'import.problem.unclosedQuote'],
    ])
  })

  it('a column named twice, in any of its names', () => {
    const header = [...HEADER, 'Codeuse']
    expect(problems(tempEngagement(), csv([header, [...row(), 'Anne']]))).toEqual([
      { line: 1, key: 'import.problem.duplicateColumn', column: 'Codeuse' },
    ])
  })

  it('the missing columns in French when the header is mostly French, whatever the shared names', () => {
    const header = ['Question', 'CODE', 'valence', 'Groupe', 'Cible']
    expect(problems(tempEngagement(), csv([header, header]))).toEqual([
      { line: 1, key: 'import.problem.missingColumns', columns: 'répondant, extrait, posture, codeur' },
    ])
  })

  it('an empty cell by its column’s name as the header writes it', () => {
    const header = HEADER.map((h) => (h === 'excerpt' ? 'Extrait ' : h))
    expect(problems(tempEngagement(), csv([header, row({ excerpt: '' })]))).toEqual([
      { line: 2, key: 'import.problem.missingValue', column: 'Extrait' },
    ])
  })

  it('the cells of a shifted row, the header’s width and the separator to quote', () => {
    const text = `${HEADER.join(';')}\nR01;employee;Q;Oui; bien sûr;OUT.FIND;SELF;;+;;Anne\n`
    expect(problems(tempEngagement(), text)).toEqual([
      { line: 2, key: 'import.problem.extraCells', cells: 11, columns: 10, separator: ';' },
    ])
  })

  it('a respondent’s two groups, with the line that gave the first', () => {
    const text = csv([HEADER, row(), row({ excerpt: 'F' }), row({ excerpt: 'G', group: 'manager' })])
    expect(problems(tempEngagement(), text)).toEqual([
      {
        line: 4,
        key: 'import.problem.respondentGroupConflict',
        respondent: 'R01',
        group: 'manager',
        first: 'employee',
        firstLine: 2,
      },
    ])
  })

  it('the group a respondent already has in the engagement', () => {
    const e = tempEngagement()
    e.respondents.add({ code: 'R01', group: 'customer' })
    expect(problems(e, csv([HEADER, row({ respondent: 'r01' })]))).toEqual([
      {
        line: 2,
        key: 'import.problem.respondentGroupDiffers',
        respondent: 'R01',
        existing: 'customer',
        group: 'employee',
      },
    ])
  })

  it('the same coding written twice, the code’s key in another case, with the line it repeats', () => {
    const text = csv([
      HEADER,
      row({ coder: 'Anne  Martin' }),
      row({ respondent: 'r01', code: 'out.find', coder: 'anne martin' }),
    ])
    expect(problems(tempEngagement(), text)).toEqual([{ line: 3, key: 'import.problem.duplicateCoding', first: 2 }])
  })

  it('each rejected value as written', () => {
    const text = csv([
      HEADER,
      row({ group: 'staff', stance: 'both', valence: 'meh', intensity: '2.5' }),
      row({ excerpt: 'F', stance: 'ATTR', target: 'boss', intensity: '0' }),
      row({ excerpt: 'G', target: 'manager', intensity: '22' }),
      row({ excerpt: 'H', respondent: 'Marie Dupont' }),
    ])
    expect(problems(tempEngagement(), text)).toEqual([
      { line: 2, key: 'import.problem.badGroup', value: 'staff' },
      { line: 2, key: 'import.problem.badStance', value: 'both' },
      { line: 2, key: 'import.problem.badValence', value: 'meh' },
      { line: 2, key: 'import.problem.badIntensity', value: '2.5' },
      { line: 3, key: 'import.problem.badTarget', value: 'boss' },
      { line: 3, key: 'import.problem.badIntensity', value: '0' },
      { line: 4, key: 'import.problem.targetOnSelf', value: 'manager' },
      { line: 4, key: 'import.problem.badIntensity', value: '22' },
      { line: 5, key: 'import.problem.badRespondent', value: 'Marie Dupont' },
    ])
  })

  it('a target on a SELF row as a target to empty, not as a group to correct', () => {
    expect(problems(tempEngagement(), csv([HEADER, row({ target: 'boss' })]))).toEqual([
      { line: 2, key: 'import.problem.targetOnSelf', value: 'boss' },
    ])
  })
})

describe('what a row may leave out', () => {
  it('empty cells beyond the header, as a spreadsheet saves them', () => {
    const text = `${HEADER.join(',')}\n${row().join(',')},,,\n`
    expect(importCodings(tempEngagement(), writeFile('trailing.csv', text))).toMatchObject({ codings: 1 })
  })

  it('the optional columns, target and intensity, from the header', () => {
    const e = tempEngagement()
    const kept = (_: string, i: number) => HEADER[i] !== 'target' && HEADER[i] !== 'intensity'
    const header = HEADER.filter(kept)
    const rows = [row(), row({ excerpt: 'F', valence: '-' })].map((r) => r.filter(kept))
    expect(importCodings(e, writeFile('no-optional.csv', csv([header, ...rows])))).toMatchObject({ codings: 2 })
    expect(codingsOf(e)).toEqual([
      { valence: '+', intensity: null, stance: 'SELF', target: null },
      { valence: '-', intensity: null, stance: 'SELF', target: null },
    ])
  })

  it('the empty cells at the end of a row, when the optional columns come last', () => {
    const e = tempEngagement()
    const header = [
      'respondent',
      'group',
      'question',
      'excerpt',
      'code',
      'stance',
      'valence',
      'coder',
      'target',
      'intensity',
    ]
    const text = `${header.join(',')}\nR01,employee,Q,E,OUT.FIND,SELF,+,Anne\nR01,employee,Q,F,OUT.FIND,ATTR,-,Anne,manager\n`
    expect(importCodings(e, writeFile('short-rows.csv', text))).toMatchObject({ codings: 2 })
    expect(codingsOf(e)).toEqual([
      { valence: '+', intensity: null, stance: 'SELF', target: null },
      { valence: '-', intensity: null, stance: 'ATTR', target: 'manager' },
    ])
  })

  it('nothing required, even at the end of a row cut short: the cells it lacks are said to be empty', () => {
    expect(problems(tempEngagement(), `${HEADER.join(',')}\nR01,employee,Q\n`)).toEqual(
      ['excerpt', 'code', 'stance', 'valence', 'coder'].map((column) => ({
        line: 2,
        key: 'import.problem.missingValue',
        column,
      })),
    )
  })

  it('nothing required: an empty respondent, group, stance or valence is said to be empty, not wrong', () => {
    expect(
      problems(tempEngagement(), csv([HEADER, row({ respondent: '', group: '', stance: '', valence: '' })])),
    ).toEqual(
      ['respondent', 'group', 'stance', 'valence'].map((column) => ({
        line: 2,
        key: 'import.problem.missingValue',
        column,
      })),
    )
  })
})

describe('a header', () => {
  it('is read whatever the case and accents of its names', () => {
    const header = [
      'REPONDANT',
      'groupe',
      'Question',
      'EXTRAIT',
      'code',
      'posture',
      'cible',
      'valence',
      'Intensite',
      'Codeur',
    ]
    expect(importCodings(tempEngagement(), writeFile('fr.csv', csv([header, row()])))).toMatchObject({ codings: 1 })
  })

  it('written in English with names both languages share names what it lacks in English', () => {
    const header = ['respondent', 'group', 'question', 'code', 'valence']
    expect(problems(tempEngagement(), csv([header, header]))).toEqual([
      { line: 1, key: 'import.problem.missingColumns', columns: 'excerpt, stance, coder' },
    ])
  })
})

describe('the values a row may hold', () => {
  it('takes every group in English or French, singular or plural, as group and as target', () => {
    const words: [string, string][] = [
      ['employee', 'employee'],
      ['Employees', 'employee'],
      ['collaborateur', 'employee'],
      ['collaborateurs', 'employee'],
      ['Collaboratrice', 'employee'],
      ['collaboratrices', 'employee'],
      ['manager', 'manager'],
      ['managers', 'manager'],
      ['leadership', 'leadership'],
      ['Direction', 'leadership'],
      ['customer', 'customer'],
      ['customers', 'customer'],
      ['client', 'customer'],
      ['clients', 'customer'],
      ['cliente', 'customer'],
      ['clientes', 'customer'],
      ['other', 'other'],
      ['others', 'other'],
      ['autre', 'other'],
      ['autres', 'other'],
    ]
    const e = tempEngagement()
    const rows = words.map(([word], i) =>
      row({ respondent: `R${i}`, group: word, excerpt: `E${i}`, stance: 'attr', target: word }),
    )
    importCodings(e, writeFile('groups.csv', csv([HEADER, ...rows])))
    const groups = e.respondents.list().sort((a, b) => Number(a.code.slice(1)) - Number(b.code.slice(1)))
    expect(groups.map((r) => r.group)).toEqual(words.map(([, g]) => g))
    expect(codingsOf(e).map((c) => [c.stance, c.target])).toEqual(words.map(([, g]) => ['ATTR', g]))
  })

  it('refuses a valence with Excel’s apostrophe or equals sign anywhere but in front', () => {
    const text = csv([
      HEADER,
      row({ valence: "+'" }),
      row({ excerpt: 'F', valence: '-=' }),
      row({ excerpt: 'G', valence: "0'" }),
    ])
    expect(problems(tempEngagement(), text)).toEqual([
      { line: 2, key: 'import.problem.badValence', value: "+'" },
      { line: 3, key: 'import.problem.badValence', value: '-=' },
      { line: 4, key: 'import.problem.badValence', value: "0'" },
    ])
  })

  it('takes intensity 1, 2 or 3 as a spreadsheet may write it, and a dash or minus sign as negative', () => {
    const forms: [string, number | null][] = [
      ['1', 1],
      ['2.0', 2],
      ['3,00', 3],
      ["'2", 2],
      ['', null],
    ]
    const e = tempEngagement()
    const rows = forms.map(([intensity], i) => row({ excerpt: `E${i}`, intensity, valence: '\u2013', stance: 'self' }))
    importCodings(e, writeFile('intensity.csv', csv([HEADER, ...rows])))
    expect(codingsOf(e).map((c) => [c.intensity, c.valence, c.stance])).toEqual(forms.map(([, n]) => [n, '-', 'SELF']))
  })
})

describe('what an import reuses and reports', () => {
  it('takes a question of another group’s guide when the respondent’s own has none of that text', () => {
    const e = tempEngagement()
    const q = 'Walk me through a typical workday last week.'
    const text = csv([HEADER, row({ group: 'customer', question: q }), row({ respondent: 'R02', question: 'New?' })])
    expect(importCodings(e, writeFile('q.csv', text))).toMatchObject({ questionsReused: 1, questionsCreated: 1 })
  })

  it('finds a guide’s question whose text was typed with spaces around it', () => {
    const e = tempEngagement()
    const guide = e.guides.list().find((g) => g.group === 'customer')!
    const typed = e.guides.addQuestion(guide.id, { text: { fr: ' Pourquoi nous ? ', en: 'Why us? ' }, type: 'open' })
    const text = csv([
      HEADER,
      row({ group: 'customer', question: 'Why us?' }),
      row({ respondent: 'R02', group: 'customer', question: 'Pourquoi nous ?' }),
    ])
    expect(importCodings(e, writeFile('typed.csv', text))).toMatchObject({ questionsReused: 1, questionsCreated: 0 })
    const questions = e.db
      .prepare<[], { question_id: string }>("SELECT question_id FROM documents WHERE kind = 'imported'")
      .all()
    expect(questions.map((q) => q.question_id)).toEqual([typed.id, typed.id])
  })

  it('puts the questions of a later import in the guide of imported questions the first one made', () => {
    const e = tempEngagement()
    importCodings(e, writeFile('first.csv', csv([HEADER, row({ question: 'New?' })])))
    const guides = e.counts().guides
    expect(importCodings(e, writeFile('second.csv', csv([HEADER, row({ question: 'Newer?' })])))).toMatchObject({
      questionsCreated: 1,
    })
    expect(e.counts().guides).toBe(guides)
    const imported = e.guides.list().filter((g) => g.key === IMPORTED_GUIDE_KEY)
    expect(imported.map((g) => g.questions.map((q) => q.text.en))).toEqual([['New?', 'Newer?']])
  })

  it('puts its new questions in the guide of imported questions the file already holds, by its stored key', () => {
    const e = tempEngagement()
    // The key engagement files hold for that guide, whichever version of Terrain wrote them.
    const earlier = e.guides.add({
      key: 'imported-questions',
      group: 'other',
      name: { fr: 'Importées', en: 'Imported' },
    })
    const guides = e.counts().guides
    importCodings(e, writeFile('later.csv', csv([HEADER, row({ question: 'New?' })])))
    expect(e.counts().guides).toBe(guides)
    expect(e.guides.get(earlier.id)!.questions.map((q) => q.text.en)).toEqual(['New?'])
  })

  it('keeps coders whose names differ by a space apart, and the same name spaced twice together', () => {
    const e = tempEngagement()
    const text = csv([
      HEADER,
      row({ coder: 'Li Na' }),
      row({ excerpt: 'F', coder: 'Lina' }),
      row({ excerpt: 'G', coder: 'Li  Na' }),
    ])
    expect(importCodings(e, writeFile('coders.csv', text))).toMatchObject({ codersCreated: 2, codings: 3 })
    expect(e.coders.list().map((c) => c.name)).toEqual(['Li Na', 'Lina'])
  })

  it('tells codings apart by every cell, where one cell’s text runs on into the next', () => {
    // Questions referred to by their number: R1 on question 11 and R11 on question 1 are not the same coding.
    const e = tempEngagement()
    const text = csv([
      HEADER,
      row({ respondent: 'R1', question: '11', excerpt: 'Yes.' }),
      row({ respondent: 'R11', question: '1', excerpt: 'Yes.' }),
    ])
    expect(importCodings(e, writeFile('numbers.csv', text))).toMatchObject({ codings: 2, documents: 2 })
  })

  it('creates a new question once, however many respondents answered it', () => {
    const e = tempEngagement()
    const text = csv([HEADER, row({ question: 'New?' }), row({ respondent: 'R02', question: 'New?' })])
    expect(importCodings(e, writeFile('q.csv', text))).toMatchObject({ questionsCreated: 1, documents: 2 })
  })

  it('creates no guide of imported questions when every question is already in a guide', () => {
    const e = tempEngagement()
    const guides = e.counts().guides
    const q = 'Walk me through a typical workday last week.'
    expect(importCodings(e, writeFile('q.csv', csv([HEADER, row({ question: q })])))).toMatchObject({
      questionsCreated: 0,
      questionsReused: 1,
    })
    expect(e.counts().guides).toBe(guides)
  })

  it('keeps codings that differ only by stance or target as separate codings', () => {
    const e = tempEngagement()
    const text = csv([
      HEADER,
      row(),
      row({ stance: 'ATTR', target: 'manager' }),
      row({ stance: 'ATTR', target: 'leadership' }),
      row({ coder: 'Bob' }),
    ])
    expect(importCodings(e, writeFile('distinct.csv', text))).toMatchObject({ codings: 4, excerpts: 1 })
  })

  it('takes a code’s key in another case only when it names one code', () => {
    const e = tempEngagement()
    const find = e.codebook.codeByKey('OUT.FIND')!
    e.codebook.addCode({ ...find, key: 'Out.Find', shortcut: null })
    const exact = csv([HEADER, row({ code: 'Out.Find' })])
    expect(importCodings(e, writeFile('exact.csv', exact))).toMatchObject({ codings: 1 })
    expect(problems(e, csv([HEADER, row({ code: 'out.find' })]))).toEqual([
      { line: 2, key: 'import.problem.unknownCode', code: 'out.find' },
    ])
  })

  it('reports progress at most once a percent, however many codings it writes', () => {
    const e = tempEngagement()
    const calls: [number, number][] = []
    const rows = Array.from({ length: 1000 }, (_, i) => row({ respondent: `R${i % 10}`, excerpt: `E${i}` }))
    importCodings(e, writeFile('many.csv', csv([HEADER, ...rows])), {
      onProgress: (done, total) => calls.push([done, total]),
    })
    expect(calls.length).toBeLessThanOrEqual(102)
    expect(calls[0]).toEqual([0, 1000])
    expect(calls.at(-1)).toEqual([1000, 1000])
    expect(e.counts().codings).toBe(1000)
  })

  it('reports progress after each coding when there are few', () => {
    const e = tempEngagement()
    const calls: [number, number][] = []
    const text = csv([HEADER, row(), row({ excerpt: 'F' }), row({ excerpt: 'G' })])
    importCodings(e, writeFile('few.csv', text), { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ])
  })
})
