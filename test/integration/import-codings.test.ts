import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importCodings, ImportError } from '../../electron/core/import/import-codings'
import { IMPORTED_GUIDE_KEY } from '../../electron/core/import/write-import'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { TerrainError } from '../../shared/domain/terrain-error'
import { ImportSummary } from '../../shared/api/imports'
import { translate } from '../../shared/i18n/translate'
import { COLUMNS } from '../../electron/core/import/columns'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'
import { codedRow, csv, sheetRows, writeFile, windows1252, xmlEscape, type XCell } from '../helpers/import-files'

const HEADER = [...COLUMNS]
const HEADER_FR = [
  'Répondant',
  'Groupe',
  'Question',
  'Extrait',
  'Code',
  'Posture',
  'Cible',
  'Valence',
  'Intensité',
  'Codeur',
]

const Q_WORKDAY = 'Walk me through a typical workday last week.'
const Q_WORKDAY_FR = 'Décrivez une journée de travail type la semaine dernière.'
/** The closing question, the same text in every default guide. */
const Q_CLOSING = "Is there anything I haven't asked that seems important to you?"

/** Everything imported, document by document, as the consultant would read it. */
function importedDocuments(e: Engagement) {
  const docs = e.db
    .prepare<[], { id: string }>("SELECT id FROM documents WHERE kind = 'imported' ORDER BY rowid")
    .all()
    .map((r) => e.documents.get(r.id)!)
  return docs.map((d) => ({
    ...d,
    respondent: e.respondents.get(d.respondentId!)!,
    question: e.guides.question(d.questionId!)!,
    codings: e.codings.ofDocument(d.id).map((c) => ({
      ...c,
      code: e.codebook.code(c.codeId)!.key,
      coder: e.coders.get(c.coderId)!.name,
      slice: d.text.slice(c.start, c.end),
    })),
  }))
}

/** The import must refuse the file, write nothing, and say why by line. */
function expectRefused(e: Engagement, file: string) {
  const before = e.counts()
  let error: unknown
  try {
    importCodings(e, file)
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(ImportError)
  expect(e.counts()).toEqual(before)
  return (error as ImportError).problems.map((p) => ({ line: p.line, key: p.key }))
}

describe('importing coded excerpts from a CSV', () => {
  it('makes one document per respondent and question, excerpts in file order, codings on their exact words', () => {
    const e = tempEngagement()
    const file = writeFile(
      'notes.csv',
      csv([
        HEADER,
        ['R01', 'employee', Q_WORKDAY, 'I find what I need, quickly.', 'OUT.FIND', 'SELF', '', '+', '2', 'Anne Martin'],
        ['R01', 'employee', Q_WORKDAY, 'I find what I need, quickly.', 'APP.BEL', 'SELF', '', '0', '', 'Anne Martin'],
        [
          'R02',
          'manager',
          'How do teams share news?',
          'By "chat", mostly.\nSometimes email.',
          'OUT.FLOW',
          'ATTR',
          'employee',
          '-',
          '3',
          'Bob',
        ],
        ['R01', 'employee', Q_WORKDAY, 'Meetings eat my afternoons.', 'ATT.OVL', 'SELF', '', '-', '1', 'anne martin'],
      ]),
    )
    const summary = importCodings(e, file)

    expect(ImportSummary.parse(summary)).toEqual({
      file: 'notes.csv',
      rows: 4,
      excerpts: 3,
      codings: 4,
      documents: 2,
      respondentsCreated: 2,
      respondentsReused: 0,
      questionsCreated: 1,
      questionsReused: 1,
      codersCreated: 2,
      codersReused: 0,
    })
    const [workday, news] = importedDocuments(e)
    expect(workday!.text).toBe('I find what I need, quickly.\n\nMeetings eat my afternoons.')
    expect(workday!.respondent).toMatchObject({ code: 'R01', group: 'employee' })
    expect(workday!.question.text.en).toBe(Q_WORKDAY)
    expect(workday!).toMatchObject({ kind: 'imported', title: Q_WORKDAY, source: 'notes.csv', interviewId: null })
    // Two codes on the first excerpt share its span; the second excerpt follows a blank line.
    expect(workday!.codings.map((c) => [c.code, c.start, c.end, c.slice])).toEqual([
      ['OUT.FIND', 0, 28, 'I find what I need, quickly.'],
      ['APP.BEL', 0, 28, 'I find what I need, quickly.'],
      ['ATT.OVL', 30, 57, 'Meetings eat my afternoons.'],
    ])
    for (const c of workday!.codings) expect(c.text).toBe(c.slice)
    expect(workday!.codings.map((c) => [c.stance, c.target, c.valence, c.intensity, c.coder])).toEqual([
      ['SELF', null, '+', 2, 'Anne Martin'],
      ['SELF', null, '0', null, 'Anne Martin'],
      ['SELF', null, '-', 1, 'Anne Martin'],
    ])
    // Quotes and a line break inside a cell come through as written.
    expect(news!.text).toBe('By "chat", mostly.\nSometimes email.')
    expect(news!.codings).toMatchObject([
      {
        code: 'OUT.FLOW',
        start: 0,
        end: news!.text.length,
        stance: 'ATTR',
        target: 'employee',
        valence: '-',
        intensity: 3,
      },
    ])
    // A free-text question lands in the guide of imported questions.
    const guide = e.guides.get(news!.question.guideId)!
    expect(guide).toMatchObject({
      key: IMPORTED_GUIDE_KEY,
      group: 'other',
      name: { fr: 'Questions importées', en: 'Imported questions' },
    })
    expect(news!.question).toMatchObject({
      text: { fr: 'How do teams share news?', en: 'How do teams share news?' },
      type: 'open',
    })
    expect(e.coders.list().map((c) => c.name)).toEqual(['Anne Martin', 'Bob'])
  })

  it('reads French Excel’s semicolons and Windows-1252 accents, with French column and group names', () => {
    const e = tempEngagement('fr')
    const rows = [
      HEADER_FR,
      [
        'R07',
        'collaborateur',
        Q_WORKDAY_FR,
        'J’ai dû attendre la réponse; c’était pénible',
        'OUT.FIND',
        'SELF',
        '',
        'négatif',
        '',
        'Hélène',
      ],
      [
        'R08',
        'direction',
        'Qu’attendez-vous des équipes ?',
        'Qu’ils s’approprient l’outil',
        'DIR.IDEAL',
        'ATTR',
        'collaborateur',
        'positif',
        '2',
        'Hélène',
      ],
    ]
    const file = writeFile('notes-excel.csv', windows1252(csv(rows, ';')))
    expect(fs.readFileSync(file).includes(0x92)).toBe(true)
    importCodings(e, file)

    const [first, second] = importedDocuments(e)
    expect(first!.text).toBe('J’ai dû attendre la réponse; c’était pénible')
    expect(first!.respondent.group).toBe('employee')
    expect(first!.question.text.fr).toBe(Q_WORKDAY_FR)
    expect(first!.codings).toMatchObject([{ valence: '-', coder: 'Hélène' }])
    expect(second!.respondent.group).toBe('leadership')
    expect(second!.question.text.fr).toBe('Qu’attendez-vous des équipes ?')
    expect(second!.codings).toMatchObject([{ stance: 'ATTR', target: 'employee', valence: '+', intensity: 2 }])
  })

  it('reads UTF-8 with a byte order mark, the first column’s name included', () => {
    const e = tempEngagement()
    const text = csv([HEADER, ['R03', 'customer', 'Why us?', 'Délai tenu ✓', 'CLI.VAL', 'SELF', '', '+', '', 'Zoé']])
    importCodings(e, writeFile('bom.csv', '\ufeff' + text))
    const [doc] = importedDocuments(e)
    expect(doc!.text).toBe('Délai tenu ✓')
    expect(doc!.respondent).toMatchObject({ code: 'R03', group: 'customer' })
    expect(doc!.codings[0]!.coder).toBe('Zoé')
  })

  it('takes every form of valence, Excel’s included', () => {
    const e = tempEngagement()
    const forms: [string, string][] = [
      ['+', '+'],
      ['-', '-'],
      ['0', '0'],
      ['positive', '+'],
      ['Negative', '-'],
      ['NEUTRAL', '0'],
      ['positif', '+'],
      ['négatif', '-'],
      ['neutre', '0'],
      ["'+", '+'],
      ["'-", '-'],
      ['=+', '+'],
      ['=-', '-'],
      ['\u2212', '-'],
    ]
    const rows = forms.map(([form], i) => [
      'R01',
      'employee',
      'Q',
      `Excerpt ${i}`,
      'OUT.FIND',
      'SELF',
      '',
      form,
      '',
      'A',
    ])
    importCodings(e, writeFile('valences.csv', csv([HEADER, ...rows])))
    const [doc] = importedDocuments(e)
    expect(doc!.codings.map((c) => [c.slice, c.valence])).toEqual(forms.map(([, v], i) => [`Excerpt ${i}`, v]))
  })

  it('reuses the respondents, coders and questions already there, and the guide of imported questions', () => {
    const e = tempEngagement()
    const r01 = e.respondents.add({ code: 'R01', group: 'manager' })
    const claire = e.coders.add('Claire Dubois-Martin')
    const first = writeFile(
      'a.csv',
      csv([HEADER, ['r01', 'manager', 'A new question', 'One', 'OUT.EFF', 'SELF', '', '+', '', 'Ann']]),
    )
    expect(importCodings(e, first)).toMatchObject({ respondentsCreated: 0, respondentsReused: 1, questionsCreated: 1 })
    const guides = e.counts().guides

    const second = writeFile(
      'b.csv',
      csv([
        HEADER,
        ['R01', 'manager', Q_CLOSING, 'Two', 'OUT.EFF', 'SELF', '', '+', '', 'claire dubois-martin'],
        ['R01', 'manager', 'A new question', 'Three', 'OUT.EFF', 'SELF', '', '+', '', 'ANN'],
      ]),
    )
    expect(importCodings(e, second)).toMatchObject({
      respondentsCreated: 0,
      respondentsReused: 1,
      questionsCreated: 0,
      questionsReused: 2,
      codersCreated: 0,
      codersReused: 2,
    })
    expect(e.counts()).toMatchObject({ guides, respondents: 1, coders: 2 })
    const docs = importedDocuments(e)
    expect(docs.every((d) => d.respondentId === r01.id)).toBe(true)
    // The closing question is in every default guide: the one of the respondent's group is taken.
    const closing = docs.find((d) => d.text === 'Two')!
    expect(e.guides.get(closing.question.guideId)!.group).toBe('manager')
    expect(closing.codings[0]!.coderId).toBe(claire.id)
    // The question created by the first import is found again by its text.
    const again = docs.filter((d) => d.question.text.en === 'A new question')
    expect(new Set(again.map((d) => d.questionId)).size).toBe(1)
    expect(e.guides.list().filter((g) => g.key === IMPORTED_GUIDE_KEY)).toHaveLength(1)
  })

  it('reports its progress as codings are written', () => {
    const e = tempEngagement()
    const rows = Array.from({ length: 250 }, (_, i) => [
      `R${i % 7}`,
      'employee',
      'Q',
      `Excerpt ${i}`,
      'OUT.FIND',
      'SELF',
      '',
      '+',
      '',
      'A',
    ])
    const calls: [number, number][] = []
    importCodings(e, writeFile('many.csv', csv([HEADER, ...rows])), {
      onProgress: (done, total) => calls.push([done, total]),
    })
    expect(calls[0]).toEqual([0, 250])
    expect(calls.at(-1)).toEqual([250, 250])
    expect(calls.every(([, total]) => total === 250)).toBe(true)
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b))
    expect(e.counts()).toMatchObject({ respondents: 7, codings: 250, documents: 7 })
  })
})

describe('importing coded excerpts from an XLSX workbook', () => {
  /**
   * A workbook written as Excel writes one: shared strings (one with rich text runs and an
   * escaped carriage return), numbers, formulas whose result is an error or absent. Its first
   * tab is stored as sheet2.xml and a second tab as sheet1.xml, so only the relationships tell.
   */
  function workbook(rows: { r: number; cells: XCell[] }[], { hiddenSheetFirst = false } = {}): Uint8Array {
    const shared: string[] = []
    const sheetData = sheetRows(rows, shared, ' spans="1:10"')
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    const si = shared.map((s) =>
      s === 'RICH'
        ? '<si><r><rPr><b/></rPr><t xml:space="preserve">Bold </t></r><r><t>and plain</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>'
        : `<si><t xml:space="preserve">${xmlEscape(s).replace(/\r/g, '_x000D_')}</t></si>`,
    )
    const codage = '<sheet name="Codage" sheetId="2" r:id="rId7"/>'
    const notes = '<sheet name="Notes" sheetId="1" r:id="rId1"/>'
    return zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types/>'),
      '_rels/.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${hiddenSheetFirst ? notes.replace('/>', ' state="hidden"/>') + codage : codage + notes}</sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      'xl/sharedStrings.xml': strToU8(`<sst xmlns="${ns}" count="${shared.length}">${si.join('')}</sst>`),
      'xl/worksheets/sheet2.xml': strToU8(`<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData></worksheet>`),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Not this sheet</t></is></c></row></sheetData></worksheet>`,
      ),
    })
  }

  it('reads the first sheet, with Excel’s forms of a lone + or -', () => {
    const e = tempEngagement()
    const file = writeFile(
      'notes.xlsx',
      workbook([
        { r: 1, cells: HEADER },
        {
          r: 2,
          cells: [
            'R01',
            'employee',
            Q_WORKDAY,
            'Line one\r\nline two',
            'OUT.FIND',
            'SELF',
            null,
            { formula: '+' },
            2,
            'Anne',
            'a note beside the table',
          ],
        },
        {
          r: 3,
          cells: [
            'R01',
            'employee',
            Q_WORKDAY,
            'RICH',
            'OUT.FLOW',
            'SELF',
            null,
            { formula: '-', error: '#NAME?' },
            null,
            'Anne',
          ],
        },
        {
          r: 5,
          cells: ['R01', 'employee', Q_WORKDAY, 'Line one\r\nline two', 'ATT.OVL', 'ATTR', 'manager', 0, 3, 'Anne'],
        },
      ]),
    )
    expect(importCodings(e, file)).toMatchObject({ rows: 3, excerpts: 2, codings: 3, documents: 1 })
    const [doc] = importedDocuments(e)
    expect(doc!.text).toBe('Line one\nline two\n\nBold and plain')
    expect(doc!.codings.map((c) => [c.code, c.slice, c.valence, c.intensity, c.stance, c.target])).toEqual([
      ['OUT.FIND', 'Line one\nline two', '+', 2, 'SELF', null],
      ['ATT.OVL', 'Line one\nline two', '0', 3, 'ATTR', 'manager'],
      ['OUT.FLOW', 'Bold and plain', '-', null, 'SELF', null],
    ])
  })

  it('passes over a hidden first sheet', () => {
    const e = tempEngagement()
    const rows = [
      { r: 1, cells: HEADER },
      { r: 2, cells: ['R01', 'employee', 'Q', 'E', 'OUT.FIND', 'SELF', null, '+', null, 'Anne'] },
    ]
    expect(importCodings(e, writeFile('hidden.xlsx', workbook(rows, { hiddenSheetFirst: true })))).toMatchObject({
      codings: 1,
    })
  })

  it('reports problems by the sheet’s row numbers', () => {
    const e = tempEngagement()
    const file = writeFile(
      'gaps.xlsx',
      workbook([
        { r: 1, cells: HEADER },
        { r: 4, cells: ['R01', 'employee', 'Q', 'E', 'NOPE.CODE', 'SELF', null, '+', null, 'Anne'] },
      ]),
    )
    expect(expectRefused(e, file)).toEqual([{ line: 4, key: 'import.problem.unknownCode' }])
  })

  it('refuses a damaged workbook with one message', () => {
    const e = tempEngagement()
    const whole = workbook([{ r: 1, cells: HEADER }])
    for (const bytes of [whole.subarray(0, whole.length / 2), strToU8('respondent,group\n'), new Uint8Array(0)]) {
      expect(expectRefused(e, writeFile('broken.xlsx', bytes))).toEqual([
        { line: null, key: 'import.problem.badWorkbook' },
      ])
    }
  })
})

describe('a file with problems imports nothing and says why, by line', () => {
  const row = codedRow
  const cases: [string, string[], string][] = [
    ['an unknown code', row({ code: 'OUT.NOPE' }), 'import.problem.unknownCode'],
    ['a group that is none', row({ group: 'staff' }), 'import.problem.badGroup'],
    ['a target on a SELF row', row({ target: 'manager' }), 'import.problem.targetOnSelf'],
    ['an ATTR row without target', row({ stance: 'ATTR' }), 'import.problem.missingTarget'],
    ['a target that is no group', row({ stance: 'ATTR', target: 'boss' }), 'import.problem.badTarget'],
    ['a stance that is neither', row({ stance: 'OTHER' }), 'import.problem.badStance'],
    ['a bad valence', row({ valence: '++' }), 'import.problem.badValence'],
    ['a bad intensity', row({ intensity: '4' }), 'import.problem.badIntensity'],
    ['an empty required cell', row({ excerpt: '' }), 'import.problem.missingValue'],
    ['a real name for a respondent', row({ respondent: 'Marie Dupont' }), 'import.problem.badRespondent'],
  ]
  for (const [what, bad, key] of cases) {
    it(`for ${what}`, () => {
      const e = tempEngagement()
      const file = writeFile('bad.csv', csv([HEADER, row({}), row({ excerpt: 'Other' }), bad]))
      expect(expectRefused(e, file)).toEqual([{ line: 4, key }])
    })
  }

  it('for every problem of the file at once, in line order, each with a message that names its line', () => {
    const e = tempEngagement()
    const file = writeFile(
      'bad.csv',
      csv([HEADER, row({ code: 'X.Y' }), row({}), row({ valence: 'meh', intensity: '9' })]),
    )
    let error: ImportError | undefined
    try {
      importCodings(e, file)
    } catch (err) {
      error = err as ImportError
    }
    expect(error).toBeInstanceOf(TerrainError)
    expect(error!.code).toBe('INVALID_INPUT')
    expect(error!.problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'import.problem.unknownCode'],
      [4, 'import.problem.badValence'],
      [4, 'import.problem.badIntensity'],
    ])
    expect(translate('en', error!.problems[0]!.key, error!.problems[0]!.params)).toBe(
      'Line 2: the code "X.Y" is not in the codebook. Use the key of one of the engagement’s codes, such as OUT.FIND, or add the code to the codebook first.',
    )
    expect(translate('fr', error!.problems[1]!.key, error!.problems[1]!.params)).toMatch(
      /^Ligne 4\u202f: la valence «\u202fmeh\u202f»/,
    )
    expect(error!.message.split('\n')).toHaveLength(3)
  })

  it('for a respondent already in the engagement with another group', () => {
    const e = tempEngagement()
    e.respondents.add({ code: 'R01', group: 'manager' })
    const file = writeFile(
      'bad.csv',
      csv([HEADER, row({ group: 'manager' }), row({ excerpt: 'F', group: 'employee' })]),
    )
    expect(expectRefused(e, file)).toEqual([{ line: 3, key: 'import.problem.respondentGroupDiffers' }])
  })

  it('for a respondent given two groups in the file', () => {
    const e = tempEngagement()
    const file = writeFile('bad.csv', csv([HEADER, row({}), row({ excerpt: 'F', group: 'customer' })]))
    expect(expectRefused(e, file)).toEqual([{ line: 3, key: 'import.problem.respondentGroupConflict' }])
  })

  it('for the same coding twice', () => {
    const e = tempEngagement()
    const file = writeFile('bad.csv', csv([HEADER, row({}), row({ valence: '-' })]))
    expect(expectRefused(e, file)).toEqual([{ line: 3, key: 'import.problem.duplicateCoding' }])
  })

  it('for a row with more cells than the header, such as an unquoted separator', () => {
    const e = tempEngagement()
    const text = `${HEADER.join(',')}\nR01,employee,Q,Yes, indeed,OUT.FIND,SELF,,+,,Anne\n`
    expect(expectRefused(e, writeFile('bad.csv', text))).toEqual([{ line: 2, key: 'import.problem.extraCells' }])
  })

  it('for a quote never closed', () => {
    const e = tempEngagement()
    const text = `${HEADER.join(',')}\nR01,employee,Q,"Never closed,OUT.FIND,SELF,,+,,Anne\n`
    expect(expectRefused(e, writeFile('bad.csv', text))).toEqual([{ line: 2, key: 'import.problem.unclosedQuote' }])
  })

  it('counting lines as a spreadsheet numbers its rows, past a cell with line breaks', () => {
    const e = tempEngagement()
    const file = writeFile('bad.csv', csv([HEADER, row({ excerpt: 'One\nTwo\nThree' }), row({ code: 'NOPE' })]))
    expect(expectRefused(e, file)).toEqual([{ line: 3, key: 'import.problem.unknownCode' }])
  })

  it('for a header without the required columns, naming them in the header’s language', () => {
    const e = tempEngagement()
    const en = HEADER.filter((h) => h !== 'excerpt' && h !== 'coder')
    const fr = HEADER_FR.filter((h) => h !== 'Extrait')
    const problem = (file: string) => {
      try {
        importCodings(e, file)
      } catch (err) {
        return (err as ImportError).problems
      }
    }
    expect(expectRefused(e, writeFile('a.csv', csv([en, en.map(() => 'x')])))).toEqual([
      { line: 1, key: 'import.problem.missingColumns' },
    ])
    expect(problem(writeFile('a.csv', csv([en])))![0]!.params.columns).toBe('excerpt, coder')
    expect(problem(writeFile('b.csv', csv([fr])))![0]!.params.columns).toBe('extrait')
  })

  it('for an empty file, a header alone, and a file that is no spreadsheet', () => {
    const e = tempEngagement()
    const cases: [string, string | Uint8Array, string][] = [
      ['empty.csv', '', 'import.problem.emptyFile'],
      ['blank.csv', '\r\n;;;\r\n', 'import.problem.emptyFile'],
      ['header.csv', csv([HEADER]), 'import.problem.headerOnly'],
      ['notes.ods', 'x', 'import.problem.unsupportedFile'],
      ['binary.csv', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1]), 'import.problem.notText'],
    ]
    for (const [name, content, key] of cases) {
      expect(expectRefused(e, writeFile(name, content)), name).toEqual([{ line: null, key }])
    }
  })

  it('for a file that does not exist', () => {
    const e = tempEngagement()
    expect(() => importCodings(e, path.join(tempDir(), 'none.csv'))).toThrow(
      expect.objectContaining({ code: 'FILE_MISSING' }),
    )
  })
})
