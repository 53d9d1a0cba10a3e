import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  importRespondents,
  importRespondentsTable,
  readRespondentsTable,
  RespondentImportError,
} from '../../electron/core/respondents-import/import-respondents'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { RespondentImportSummary, respondentsImportApi } from '../../shared/api/respondents-import'
import { TerrainError } from '../../shared/domain/terrain-error'
import { translate } from '../../shared/i18n/translate'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'
import { csv, sheetRows, writeFile, windows1252, xmlEscape, type XCell } from '../helpers/import-files'

/** An .xlsx workbook as Excel writes one: text in shared strings, numbers and booleans in their cells. */
function workbook(rows: { r: number; cells: XCell[] }[]): Uint8Array {
  const shared: string[] = []
  const sheetData = sheetRows(rows, shared)
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships'
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types/>'),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Répondants" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="${ns}">${shared.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet xmlns="${ns}"><sheetData>${sheetData}</sheetData></worksheet>`),
  })
}

/** Everything an import may change, to compare before and after a refusal. */
function snapshot(e: Engagement) {
  return {
    counts: e.counts(),
    respondents: e.respondents.list(),
    variables: e.variables.list(),
    values: e.respondents.list().map((r) => e.variables.valuesOf(r.id)),
    identities: e.respondents.list().map((r) => e.identities.get(r.id) ?? null),
  }
}

/** The import must refuse the file, write nothing, and say why by line. */
function expectRefused(e: Engagement, file: string) {
  const before = snapshot(e)
  let error: unknown
  try {
    importRespondents(e, file)
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(RespondentImportError)
  expect(snapshot(e)).toEqual(before)
  return (error as RespondentImportError).problems.map((p) => ({ line: p.line, key: p.key }))
}

/** The refusal's problems, for a look at their parameters. */
function problemsOf(e: Engagement, file: string) {
  try {
    importRespondents(e, file)
  } catch (err) {
    return (err as RespondentImportError).problems
  }
  throw new Error('the file was imported')
}

/** Each respondent as a consultant reads the list: code, group, unit, site, role and variables. */
function roster(e: Engagement) {
  return e.respondents.list().map((r) => ({
    code: r.code,
    group: r.group,
    unit: r.unit,
    site: r.site,
    role: r.role,
    values: e.variables.valuesOf(r.id),
  }))
}

const variableTypes = (e: Engagement) =>
  Object.fromEntries(e.variables.list().map((v) => [v.key, { name: v.name, type: v.type, options: v.options }]))

const realName = (e: Engagement, code: string) => e.identities.get(e.respondents.byCode(code)!.id)?.realName ?? null

const LONG = 'Joined from the Lyon branch after the merger, works on both sites.'

describe('importing respondents from a CSV', () => {
  it('creates every respondent, with variables typed from their values, and gives an empty code the next free one', () => {
    const e = tempEngagement()
    const file = writeFile(
      'respondents.csv',
      csv([
        ['code', 'group', 'unit', 'site', 'role', 'real name', 'Tenure', 'Remote', 'Age', 'Start date', 'Notes'],
        ['R01', 'employee', 'Sales', 'Paris', 'Account manager', 'Anne Martin', '2-5', 'yes', '41', '2019-03-01', ''],
        ['R03', 'managers', 'Sales', 'Lyon', 'Team lead, North', 'Bruno Petit', '>10', 'no', '52', '2009-11-15', LONG],
        ['', 'Customer', '', '', '', '', '<2', 'TRUE', '37.5', '2025-01-06', 'Short note'],
      ]),
    )
    const summary = importRespondents(e, file)

    expect(RespondentImportSummary.parse(summary)).toEqual({
      file: 'respondents.csv',
      rows: 3,
      created: 3,
      updated: 0,
      codesAssigned: 1,
      variablesCreated: 5,
      realNames: 2,
      respondents: [
        { line: 2, code: 'R01', action: 'created', codeAssigned: false },
        { line: 3, code: 'R03', action: 'created', codeAssigned: false },
        { line: 4, code: 'R02', action: 'created', codeAssigned: true },
      ],
      variables: [
        { key: 'tenure', name: 'Tenure', type: 'choice', action: 'created' },
        { key: 'remote', name: 'Remote', type: 'boolean', action: 'created' },
        { key: 'age', name: 'Age', type: 'number', action: 'created' },
        { key: 'start_date', name: 'Start date', type: 'date', action: 'created' },
        { key: 'notes', name: 'Notes', type: 'text', action: 'created' },
      ],
    })
    expect(roster(e)).toEqual([
      {
        code: 'R01',
        group: 'employee',
        unit: 'Sales',
        site: 'Paris',
        role: 'Account manager',
        values: { tenure: '2-5', remote: true, age: 41, start_date: '2019-03-01' },
      },
      {
        code: 'R02',
        group: 'customer',
        unit: null,
        site: null,
        role: null,
        values: { tenure: '<2', remote: true, age: 37.5, start_date: '2025-01-06', notes: 'Short note' },
      },
      {
        code: 'R03',
        group: 'manager',
        unit: 'Sales',
        site: 'Lyon',
        role: 'Team lead, North',
        values: { tenure: '>10', remote: false, age: 52, start_date: '2009-11-15', notes: LONG },
      },
    ])
    expect(variableTypes(e).tenure!.options).toEqual(['2-5', '>10', '<2'])
  })

  it('keeps real names apart: never among respondents or variables, only in their identities', () => {
    const e = tempEngagement()
    const file = writeFile(
      'names.csv',
      csv([
        ['code', 'group', 'real name', 'site'],
        ['R01', 'employee', 'Anne Martin', 'Paris'],
        ['R02', 'leadership', '', 'Lyon'],
      ]),
    )
    expect(importRespondents(e, file)).toMatchObject({ realNames: 1, variablesCreated: 0 })
    const listed = JSON.stringify(e.respondents.list())
    expect(listed).not.toContain('Anne')
    expect(listed).not.toContain('Martin')
    expect(JSON.stringify(e.respondents.list().map((r) => e.variables.valuesOf(r.id)))).not.toContain('Anne')
    expect(e.variables.list()).toEqual([])
    expect(realName(e, 'R01')).toBe('Anne Martin')
    expect(e.identities.get(e.respondents.byCode('R02')!.id)).toBeUndefined()
  })

  it('reads French Excel’s semicolons in Windows-1252, with French headers, groups and values', () => {
    const e = tempEngagement('fr')
    const text = csv(
      [
        ['Code', 'Groupe', 'Unité', 'Site', 'Fonction', 'Nom réel', 'Ancienneté', 'Télétravail', 'Jours sur site'],
        [
          'R01',
          'Collaboratrices',
          'Comptabilité',
          'Lyon',
          'Chargée d’accueil',
          'Hélène Dupré',
          'Moins de 2 ans',
          'oui',
          '3,5',
        ],
        ['R02', 'Direction', 'Siège', 'Évry', 'Directrice générale', 'Zoé Lefèvre', '2 à 5 ans', 'Non', '4'],
        ['R03', 'clientes', '', 'Lyon', '', '', 'Moins de 2 ans', 'OUI', '0,5'],
        ['R04', 'Autre', '', '', '', '', '', '', ''],
      ],
      ';',
    )
    const summary = importRespondents(e, writeFile('répondants.csv', windows1252(text)))
    expect(summary).toMatchObject({ file: 'répondants.csv', created: 4, realNames: 2, variablesCreated: 3 })
    expect(variableTypes(e)).toEqual({
      anciennete: { name: 'Ancienneté', type: 'choice', options: ['Moins de 2 ans', '2 à 5 ans'] },
      teletravail: { name: 'Télétravail', type: 'boolean', options: [] },
      jours_sur_site: { name: 'Jours sur site', type: 'number', options: [] },
    })
    expect(roster(e)).toEqual([
      {
        code: 'R01',
        group: 'employee',
        unit: 'Comptabilité',
        site: 'Lyon',
        role: 'Chargée d’accueil',
        values: { anciennete: 'Moins de 2 ans', teletravail: true, jours_sur_site: 3.5 },
      },
      {
        code: 'R02',
        group: 'leadership',
        unit: 'Siège',
        site: 'Évry',
        role: 'Directrice générale',
        values: { anciennete: '2 à 5 ans', teletravail: false, jours_sur_site: 4 },
      },
      {
        code: 'R03',
        group: 'customer',
        unit: null,
        site: 'Lyon',
        role: null,
        values: { anciennete: 'Moins de 2 ans', teletravail: true, jours_sur_site: 0.5 },
      },
      { code: 'R04', group: 'other', unit: null, site: null, role: null, values: {} },
    ])
    expect(realName(e, 'R01')).toBe('Hélène Dupré')
    expect(realName(e, 'R02')).toBe('Zoé Lefèvre')
  })

  it('reads UTF-8 with a BOM, headers in any case, and the other names of the columns', () => {
    const e = tempEngagement()
    const text =
      '\uFEFF' +
      csv([
        ['CODE', 'Group', 'UNITE', 'site', 'Rôle', 'Nom', 'Équipe'],
        ['R10', 'employees', 'Support', 'Nantes', 'Agent', 'Élodie Roussel', 'Bleue'],
        ['R11', 'collaborateur', 'Support', 'Nantes', 'Agent', 'Łukasz Nowak', 'Verte'],
      ])
    expect(importRespondents(e, writeFile('bom.csv', strToU8(text)))).toMatchObject({ created: 2, realNames: 2 })
    expect(roster(e)).toEqual([
      { code: 'R10', group: 'employee', unit: 'Support', site: 'Nantes', role: 'Agent', values: { equipe: 'Bleue' } },
      { code: 'R11', group: 'employee', unit: 'Support', site: 'Nantes', role: 'Agent', values: { equipe: 'Verte' } },
    ])
    expect(variableTypes(e).equipe).toEqual({ name: 'Équipe', type: 'choice', options: ['Bleue', 'Verte'] })
    expect(realName(e, 'R11')).toBe('Łukasz Nowak')
  })

  it('infers text past 12 distinct values or long ones, and keeps identifiers with leading zeros as written', () => {
    const e = tempEngagement()
    const rows = Array.from({ length: 13 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0')
      return [`R${n}`, 'employee', `Team ${n}`, `0${n}`, i < 2 ? '2026-02-28' : '2026-02-30', i % 2 ? 'oui' : 'maybe']
    })
    importRespondents(e, writeFile('many.csv', csv([['code', 'group', 'Team', 'Badge', 'Visit', 'Agrees'], ...rows])))
    expect(Object.fromEntries(Object.entries(variableTypes(e)).map(([k, v]) => [k, v.type]))).toEqual({
      team: 'text',
      badge: 'text',
      visit: 'choice',
      agrees: 'choice',
    })
    expect(e.variables.valuesOf(e.respondents.byCode('R01')!.id)).toMatchObject({ badge: '001' })
  })

  it('reports its progress as respondents are written', () => {
    const e = tempEngagement()
    const rows = Array.from({ length: 250 }, () => ['', 'employee'])
    const calls: [number, number][] = []
    const summary = importRespondents(e, writeFile('many.csv', csv([['code', 'group'], ...rows])), {
      onProgress: (done, total) => calls.push([done, total]),
    })
    expect(summary).toMatchObject({ created: 250, codesAssigned: 250 })
    expect(calls[0]).toEqual([0, 250])
    expect(calls.at(-1)).toEqual([250, 250])
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b))
    expect(
      e.respondents
        .list()
        .map((r) => r.code)
        .slice(0, 3),
    ).toEqual(['R01', 'R02', 'R03'])
    expect(e.respondents.byCode('R250')).toBeDefined()
  })

  it('writes in one transaction: a failure midway leaves nothing behind', () => {
    const e = tempEngagement()
    const before = snapshot(e)
    const rows = Array.from({ length: 250 }, (_, i) => ['', 'employee', `Name ${i}`, String(i)])
    const file = writeFile('many.csv', csv([['code', 'group', 'real name', 'Rank'], ...rows]))
    const stop = (done: number) => {
      if (done === 100) throw new Error('the laptop went to sleep')
    }
    expect(() => importRespondents(e, file, { onProgress: stop })).toThrow('the laptop went to sleep')
    expect(snapshot(e)).toEqual(before)
    expect(e.db.prepare('SELECT count(*) AS n FROM respondent_identities').get()).toEqual({ n: 0 })
  })

  it('can read the file before the engagement is opened for writing', () => {
    const e = tempEngagement()
    const table = readRespondentsTable(
      writeFile(
        'early.csv',
        csv([
          ['code', 'group'],
          ['R01', 'manager'],
        ]),
      ),
    )
    expect(importRespondentsTable(e, table)).toMatchObject({ file: 'early.csv', created: 1 })
  })
})

describe('importing respondents from an XLSX workbook', () => {
  it('reads the first sheet, its numbers and booleans, and Excel’s date numbers for a date variable', () => {
    const e = tempEngagement()
    e.variables.add({ key: 'interview_day', name: 'Interview day', type: 'date' })
    const file = writeFile(
      'respondents.xlsx',
      workbook([
        { r: 1, cells: ['Code', 'Groupe', 'Site', 'Nom', 'Âge', 'Manager de proximité', 'Interview day'] },
        { r: 2, cells: ['R01', 'collaborateur', 'Lille', 'Karim Haddad', 34, true, 46279] },
        { r: 4, cells: ['R02', 'manager', 'Lille', null, 47, false, '2026-09-15', 'a note beside the table'] },
      ]),
    )
    expect(importRespondents(e, file)).toMatchObject({
      created: 2,
      realNames: 1,
      variables: [
        { key: 'age', name: 'Âge', type: 'number', action: 'created' },
        { key: 'manager_de_proximite', name: 'Manager de proximité', type: 'boolean', action: 'created' },
        { key: 'interview_day', name: 'Interview day', type: 'date', action: 'existing' },
      ],
    })
    expect(roster(e).map((r) => [r.code, r.group, r.site, r.values])).toEqual([
      ['R01', 'employee', 'Lille', { age: 34, manager_de_proximite: true, interview_day: '2026-09-14' }],
      ['R02', 'manager', 'Lille', { age: 47, manager_de_proximite: false, interview_day: '2026-09-15' }],
    ])
    expect(realName(e, 'R01')).toBe('Karim Haddad')
  })

  it('reports problems by the sheet’s row numbers', () => {
    const e = tempEngagement()
    const file = writeFile(
      'gaps.xlsx',
      workbook([
        { r: 1, cells: ['code', 'group'] },
        { r: 3, cells: ['R01', 'employee'] },
        { r: 7, cells: ['R02', 'staff'] },
      ]),
    )
    expect(expectRefused(e, file)).toEqual([{ line: 7, key: 'respondentsImport.problem.badGroup' }])
  })

  it('refuses a damaged workbook with one message', () => {
    const e = tempEngagement()
    const whole = workbook([{ r: 1, cells: ['code', 'group'] }])
    for (const bytes of [whole.subarray(0, whole.length / 2), strToU8('code,group\n'), new Uint8Array(0)]) {
      expect(expectRefused(e, writeFile('broken.xlsx', bytes))).toEqual([
        { line: null, key: 'respondentsImport.problem.badWorkbook' },
      ])
    }
  })
})

describe('importing respondents already in the engagement', () => {
  /** R01 with a unit, a site, a tenure, a real name and a contact; the demo's tenure variable. */
  function engagementWithR01() {
    const e = tempEngagement()
    const r01 = e.respondents.add({ code: 'R01', group: 'employee', unit: 'Sales', site: 'Paris', role: 'Clerk' })
    const tenure = e.variables.add({ key: 'tenure', name: 'Ancienneté', type: 'choice', options: ['<2', '2-5', '>5'] })
    const age = e.variables.add({ key: 'age', name: 'Age', type: 'number' })
    e.variables.setValue(r01.id, tenure.id, '<2')
    e.variables.setValue(r01.id, age.id, 30)
    e.identities.set({ respondentId: r01.id, realName: 'Anne Martin', contact: 'anne@example.org' })
    return { e, r01 }
  }

  it('updates the group and the columns the file has, keeps its code, and says which were created and updated', () => {
    const { e, r01 } = engagementWithR01()
    const file = writeFile(
      'update.csv',
      csv([
        ['code', 'group', 'site', 'role', 'real name', 'ANCIENNETÉ', 'Age'],
        ['r01', 'manager', '', 'Team lead', 'Anne Martin-Durand', '2-5', ''],
        ['', 'employee', 'Lyon', '', '', '>5', '28'],
      ]),
    )
    const summary = importRespondents(e, file)
    expect(summary).toMatchObject({
      created: 1,
      updated: 1,
      codesAssigned: 1,
      variablesCreated: 0,
      respondents: [
        { line: 2, code: 'R01', action: 'updated', codeAssigned: false },
        { line: 3, code: 'R02', action: 'created', codeAssigned: true },
      ],
      variables: [
        { key: 'tenure', name: 'Ancienneté', type: 'choice', action: 'existing' },
        { key: 'age', name: 'Age', type: 'number', action: 'existing' },
      ],
    })
    expect(e.respondents.get(r01.id)).toMatchObject({
      code: 'R01',
      group: 'manager',
      unit: 'Sales',
      site: null,
      role: 'Team lead',
    })
    expect(e.variables.valuesOf(r01.id)).toEqual({ tenure: '2-5' })
    expect(e.identities.get(r01.id)).toEqual({
      respondentId: r01.id,
      realName: 'Anne Martin-Durand',
      contact: 'anne@example.org',
    })
    expect(e.variables.valuesOf(e.respondents.byCode('R02')!.id)).toEqual({ tenure: '>5', age: 28 })
    expect(e.counts()).toMatchObject({ respondents: 2, variables: 2 })
  })

  it('never erases a real name with an empty cell', () => {
    const { e, r01 } = engagementWithR01()
    importRespondents(
      e,
      writeFile(
        'again.csv',
        csv([
          ['code', 'group', 'nom'],
          ['R01', 'employee', ''],
        ]),
      ),
    )
    expect(e.identities.get(r01.id)?.realName).toBe('Anne Martin')
  })

  it('takes a choice written in another case, and refuses values that do not fit an existing variable', () => {
    const { e } = engagementWithR01()
    const file = writeFile(
      'bad.csv',
      csv([
        ['code', 'group', 'tenure', 'age'],
        ['R01', 'employee', '2-5', '31'],
        ['R02', 'employee', '10+', 'thirty'],
      ]),
    )
    expect(expectRefused(e, file)).toEqual([
      { line: 3, key: 'respondentsImport.problem.notChoice' },
      { line: 3, key: 'respondentsImport.problem.notNumber' },
    ])
    const [choice] = problemsOf(e, file)
    expect(translate('en', choice!.key, choice!.params)).toBe(
      'Line 3: "10+" is not one of the values of the variable Ancienneté (<2, 2-5, >5). Use one of them, or leave the cell empty.',
    )
    e.variables.add({ key: 'active', name: 'Active', type: 'boolean' })
    e.variables.add({ key: 'met', name: 'Met on', type: 'date' })
    const typed = writeFile(
      'typed.csv',
      csv([
        ['code', 'group', 'active', 'Met on'],
        ['R05', 'employee', 'peut-être', '14/09/2026'],
        ['R06', 'employee', 'Oui', '2026-09-14'],
      ]),
    )
    expect(expectRefused(e, typed)).toEqual([
      { line: 2, key: 'respondentsImport.problem.notBoolean' },
      { line: 2, key: 'respondentsImport.problem.notDate' },
    ])

    e.variables.add({ key: 'contract', name: 'Contract', type: 'choice', options: ['CDI', 'CDD', 'Intérim'] })
    const cased = writeFile(
      'cased.csv',
      csv([
        ['code', 'group', 'contract'],
        ['R01', 'employee', 'interim'],
      ]),
    )
    expect(importRespondents(e, cased)).toMatchObject({ updated: 1 })
    expect(e.variables.valuesOf(e.respondents.byCode('R01')!.id)).toMatchObject({ contract: 'Intérim' })
  })
})

describe('a file of respondents with problems imports nothing and says why, by line', () => {
  it('for every problem of the file at once, in line order, the engagement unchanged', () => {
    const e = tempEngagement()
    e.respondents.add({ code: 'R01', group: 'employee', site: 'Paris' })
    e.variables.add({ key: 'age', name: 'Age', type: 'number' })
    const file = writeFile(
      'bad.csv',
      csv([
        ['code', 'group', 'site', 'age'],
        ['R01', 'manager', 'Lyon', '40'],
        ['R02', 'staff', 'Lyon', '41'],
        ['Jean Dupont', 'employee', 'Lyon', '42'],
        ['R03', '', 'Lyon', 'forty-three'],
        ['r01', 'employee', 'Lyon', '44'],
        ['', 'customer', 'x'.repeat(121), ''],
      ]),
    )
    expect(expectRefused(e, file)).toEqual([
      { line: 3, key: 'respondentsImport.problem.badGroup' },
      { line: 4, key: 'respondentsImport.problem.badCode' },
      { line: 5, key: 'respondentsImport.problem.missingGroup' },
      { line: 6, key: 'respondentsImport.problem.duplicateCode' },
      { line: 7, key: 'respondentsImport.problem.tooLong' },
    ])
    // The value of a row refused for another reason is not checked; a good row's bad value is.
    const withValue = writeFile(
      'value.csv',
      csv([
        ['code', 'group', 'age'],
        ['R04', 'employee', 'forty-three'],
      ]),
    )
    expect(expectRefused(e, withValue)).toEqual([{ line: 2, key: 'respondentsImport.problem.notNumber' }])

    let error: RespondentImportError | undefined
    try {
      importRespondents(e, file)
    } catch (err) {
      error = err as RespondentImportError
    }
    expect(error).toBeInstanceOf(TerrainError)
    expect(error!.code).toBe('INVALID_INPUT')
    expect(error!.message.split('\n')).toHaveLength(5)
    const message = (i: number, lang: 'en' | 'fr') =>
      translate(lang, error!.problems[i]!.key, error!.problems[i]!.params)
    expect(message(1, 'en')).toMatch(/^Line 4: "Jean Dupont" is not a respondent code\./)
    expect(message(3, 'en')).toBe(
      'Line 6: the code r01 is already on line 2. A respondent has one row: merge the two rows, or give one of them another code.',
    )
    expect(message(0, 'fr')).toMatch(
      /^Ligne 3\u202f: le groupe «\u202fstaff\u202f» n’est pas un groupe de répondants\./,
    )
    expect(message(4, 'fr')).toMatch(/^Ligne 7\u202f: la cellule site dépasse 120 caractères\./)
  })

  it('for a row with more cells than the header, such as an unquoted separator', () => {
    const e = tempEngagement()
    const text = 'code,group,role\nR01,employee,Sales, North\nR02,employee,Clerk\n'
    expect(expectRefused(e, writeFile('bad.csv', text))).toEqual([
      { line: 2, key: 'respondentsImport.problem.extraCells' },
    ])
  })

  it('for a quote never closed', () => {
    const e = tempEngagement()
    const text = 'code;group;role\nR01;employee;Clerk\nR02;employee;"Never closed\n'
    expect(expectRefused(e, writeFile('bad.csv', text))).toEqual([
      { line: 3, key: 'respondentsImport.problem.unclosedQuote' },
    ])
  })

  it('for a header without code or group, naming them in the header’s language', () => {
    const e = tempEngagement()
    expect(
      expectRefused(
        e,
        writeFile(
          'a.csv',
          csv([
            ['code', 'unit'],
            ['R01', 'Sales'],
          ]),
        ),
      ),
    ).toEqual([{ line: 1, key: 'respondentsImport.problem.missingColumns' }])
    expect(
      problemsOf(
        e,
        writeFile(
          'b.csv',
          csv([
            ['unit', 'site'],
            ['x', 'y'],
          ]),
        ),
      )[0]!.params.columns,
    ).toBe('code, group')
    expect(
      problemsOf(
        e,
        writeFile(
          'c.csv',
          csv([
            ['Unité', 'Fonction'],
            ['x', 'y'],
          ]),
        ),
      )[0]!.params.columns,
    ).toBe('code, groupe')
  })

  it('for headers that name a column twice, name nothing, or hold names and contacts', () => {
    const e = tempEngagement()
    e.variables.add({ key: 'tenure', name: 'Ancienneté', type: 'text' })
    const file = writeFile(
      'header.csv',
      csv([
        ['code', 'group', 'Groupe', 'Tenure', 'ancienneté', '%', 'Prénom', 'E-mail'],
        ['R01', 'employee', 'employee', '2', '2', '1', 'Anne', 'anne@example.org'],
      ]),
    )
    expect(expectRefused(e, file)).toEqual([
      { line: 1, key: 'respondentsImport.problem.duplicateColumn' },
      { line: 1, key: 'respondentsImport.problem.duplicateColumn' },
      { line: 1, key: 'respondentsImport.problem.unnamedVariable' },
      { line: 1, key: 'respondentsImport.problem.personalColumn' },
      { line: 1, key: 'respondentsImport.problem.personalColumn' },
    ])
  })

  it('for an empty file, a header alone, and a file that is no spreadsheet', () => {
    const e = tempEngagement()
    const cases: [string, string | Uint8Array, string][] = [
      ['empty.csv', '', 'respondentsImport.problem.emptyFile'],
      ['blank.csv', '\r\n;;;\r\n', 'respondentsImport.problem.emptyFile'],
      ['header.csv', csv([['code', 'group', 'site']]), 'respondentsImport.problem.headerOnly'],
      ['header.xlsx', workbook([{ r: 1, cells: ['Code', 'Groupe'] }]), 'respondentsImport.problem.headerOnly'],
      ['list.ods', 'x', 'respondentsImport.problem.unsupportedFile'],
      ['binary.csv', Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1]), 'respondentsImport.problem.notText'],
    ]
    for (const [name, content, key] of cases) {
      expect(expectRefused(e, writeFile(name, content)), name).toEqual([{ line: null, key }])
    }
    const message = problemsOf(e, writeFile('empty.csv', ''))[0]!
    expect(translate('en', message.key, message.params)).toMatch(/^empty\.csv is empty\. Put a header row first/)
  })

  it('for a file that cannot be read, and one that does not exist', () => {
    const e = tempEngagement()
    const folder = path.join(tempDir(), 'folder.csv')
    fs.mkdirSync(folder)
    expect(expectRefused(e, folder)).toEqual([{ line: null, key: 'respondentsImport.problem.unreadable' }])
    expect(() => importRespondents(e, path.join(tempDir(), 'none.csv'))).toThrow(
      expect.objectContaining({ code: 'FILE_MISSING', message: expect.stringContaining('file of respondents') }),
    )
  })
})

describe('the respondents.import contract entry', () => {
  it('takes a path alone and returns the summary', () => {
    const entry = respondentsImportApi['respondents.import']
    expect(entry.input.safeParse({ path: '/tmp/r.csv' }).success).toBe(true)
    expect(entry.input.safeParse({ path: '/tmp/r.csv', extra: 1 }).success).toBe(false)
    expect(entry.errors).toEqual(['NO_ENGAGEMENT_OPEN', 'INVALID_INPUT', 'FILE_MISSING', 'CANCELLED'])
    expect(entry.job).toBe('respondents')
  })
})
