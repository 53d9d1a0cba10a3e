import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { reportInput } from '../../electron/core/report/report-input'
import { buildWorkbook } from '../../electron/core/deliverables/workbook/build-workbook'
import { excerptRows } from '../../electron/core/deliverables/workbook/excerpt-rows'
import { shownGroups } from '../../electron/core/deliverables/workbook/shown-groups'
import { buildReport } from '../../shared/report/build-report'
import { namesIn } from '../../shared/report/real-names'
import type { Group, Language } from '../../shared/domain/groups'
import { translate, type MessageKey } from '../../shared/i18n/translate'
import { fail } from '../../shared/domain/terrain-error'
import { tempDir, tempEngagement, track } from '../helpers/temp-engagement'
import { officeSuite, officeToPdf, pdfPagesText, renderPages } from '../helpers/office'

const demo = (lang: Language) => track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))

async function workbookOf(e: Engagement, lang: Language, step: (f: number) => void = () => undefined) {
  const input = reportInput(e, lang)
  return buildWorkbook({ engagement: e, input, doc: buildReport(input), step })
}

/** The file as a client's analyst's Excel reads it (exceljs' own reader). */
async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

type Row = Record<string, ExcelJS.CellValue>

/** A sheet's rows by its header's words, and the header itself. */
function table(wb: ExcelJS.Workbook, name: string): { head: string[]; rows: Row[]; sheet: ExcelJS.Worksheet } {
  const sheet = wb.getWorksheet(name) ?? fail('NOT_FOUND', `No sheet ${name}`)
  const head = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String)
  const rows: Row[] = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    rows.push(Object.fromEntries(head.map((h, i) => [h, row.getCell(i + 1).value ?? null])))
  })
  return { head, rows, sheet }
}

/** Every part of the .xlsx package, as text. */
function parts(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([k, v]) => [k, strFromU8(v)]))
}

const en = (key: MessageKey, params?: Record<string, string>) => translate('en', key, params)

/** Adds a respondent's document saying these lines, each line coded (OUT.FIND, own view): the new codings' ids. */
function codeLines(e: Engagement, respondentCode: string, lines: string[], memo = ''): string[] {
  const respondent = e.respondents.byCode(respondentCode)!
  const code = e.codebook.codes().find((c) => c.key === 'OUT.FIND')!
  const coder = e.db.prepare('SELECT id FROM coders LIMIT 1').pluck().get() as string
  const doc = e.documents.add({ kind: 'notes', respondentId: respondent.id, text: lines.join('\n') })
  let at = 0
  return lines.map((line) => {
    const start = at
    at += line.length + 1
    return e.codings.add({
      documentId: doc.id,
      start,
      end: start + line.length,
      codeId: code.id,
      coderId: coder,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
      memo,
    }).id
  })
}

/** Removes a respondent and everything they said, through the repositories, as a consultant would. */
function removeRespondent(e: Engagement, id: string): void {
  e.transaction(() => {
    for (const interview of e.interviews.ofRespondent(id)) {
      for (const doc of e.documents.ofInterview(interview.id)) e.documents.remove(doc.id)
      e.interviews.remove(interview.id)
    }
    e.respondents.remove(id)
  })
}

describe('the Excerpts sheet', () => {
  it('lists every coding of the engagement once, each with the words between its offsets', async () => {
    const e = demo('en')
    const { rows } = table(await read(await workbookOf(e, 'en')), 'Excerpts')
    const codings = e.db
      .prepare(
        'SELECT c.id, c.document_id, c.start, c.end, d.text FROM codings c JOIN documents d ON d.id = c.document_id',
      )
      .all() as { id: string; document_id: string; start: number; end: number; text: string }[]
    expect(rows.length).toBe(codings.length)
    expect(rows.length).toBeGreaterThan(1000)
    const byId = new Map(codings.map((c) => [c.id, c]))
    expect(new Set(rows.map((r) => r['Coding id'])).size).toBe(codings.length)
    for (const r of rows) {
      const c = byId.get(String(r['Coding id']))!
      expect([r['Document id'], r['Start offset'], r['End offset']]).toEqual([c.document_id, c.start, c.end])
      expect(r['Excerpt']).toBe(c.text.slice(c.start, c.end))
      expect(r['Respondent']).toMatch(/^R\d+$/)
    }
    // Said by the first respondent to the guide's first question, coded as the demo codes it.
    expect(rows[0]).toMatchObject({ Respondent: 'R01', Group: 'Employee', Stance: 'Own view' })
    expect(String(rows[0]!['Code path'])).toContain(' / ')
  })

  it('keeps text that looks like a formula as that very text, and the file holds no formula', async () => {
    const e = demo('en')
    const hostile = ['=HYPERLINK("http://x","y")', '+SUM(1,1)', '-2+3', '@cmd', '=1+1']
    const ids = codeLines(e, 'R03', hostile, '=cmd|" /C calc"!A0')
    // A unit three employees share, so that it is shown.
    for (const code of ['R01', 'R02', 'R03'])
      e.respondents.update(e.respondents.byCode(code)!.id, { unit: '=WEBSERVICE("http://x")' })
    const bytes = await workbookOf(e, 'en')

    const { rows, sheet } = table(await read(bytes), 'Excerpts')
    const mine = ids.map((id) => rows.find((r) => r['Coding id'] === id)!)
    expect(mine.map((r) => r['Excerpt'])).toEqual(hostile)
    expect(mine.map((r) => r['Memo'])).toEqual(hostile.map(() => '=cmd|" /C calc"!A0'))
    expect(mine.map((r) => r['Unit'])).toEqual(hostile.map(() => '=WEBSERVICE("http://x")'))
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)))

    const sheets = Object.entries(parts(bytes)).filter(([name]) => /^xl\/worksheets\/.+\.xml$/.test(name))
    expect(sheets.length).toBe(6)
    for (const [name, xml] of sheets) expect(xml, name).not.toMatch(/<f[\s>/]/)
  })

  it('shows a unit or a site only where three of the group share it, as the report does', async () => {
    const e = demo('en')
    const { rows } = table(await read(await workbookOf(e, 'en')), 'Excerpts')
    const people = e.respondents.list()
    const share = (r: (typeof people)[number], same: (x: (typeof people)[number]) => boolean) =>
      people.filter((x) => x.group === r.group && same(x)).length
    const byCode = new Map(people.map((r) => [r.code, r]))
    let units = 0
    let blanked = 0
    for (const row of rows.filter((x) => x['Group'] !== null)) {
      const r = byCode.get(String(row['Respondent']))!
      const unit = r.unit && share(r, (x) => x.unit === r.unit) >= 3 ? r.unit : null
      const together = share(r, (x) => x.unit === r.unit && x.site === r.site) >= 3
      const site = r.site && share(r, (x) => x.site === r.site) >= 3 && (!unit || together) ? r.site : null
      expect([row['Unit'], row['Site']], String(row['Respondent'])).toEqual([unit, site])
      if (unit) units++
      if (r.unit && !unit) blanked++
    }
    expect(units).toBeGreaterThan(0)
    expect(blanked).toBeGreaterThan(0)
    // Each of the demo's managers leads a unit of their own: none is named.
    const managers = rows.filter((x) => x['Group'] === 'Manager')
    expect(managers.length).toBeGreaterThan(0)
    expect(managers.every((x) => x['Unit'] === null)).toBe(true)
  })

  it('keeps the rows of a group under three, with no group, unit or site', async () => {
    const e = demo('en')
    const customers = e.respondents.list().filter((r) => r.group === 'customer')
    for (const r of customers.slice(2)) removeRespondent(e, r.id)
    const { rows } = table(await read(await workbookOf(e, 'en')), 'Excerpts')

    // Two customers and the demo's one "other" respondent: rows kept, nothing that places them.
    const few = new Set(e.respondents.list().filter((r) => r.group === 'customer' || r.group === 'other'))
    expect([...few].map((r) => r.group).sort()).toEqual(['customer', 'customer', 'other'])
    const codes = new Set([...few].map((r) => r.code))
    const theirs = rows.filter((r) => codes.has(String(r['Respondent'])))
    expect(new Set(theirs.map((r) => r['Respondent']))).toEqual(codes)
    for (const r of theirs) expect([r['Group'], r['Unit'], r['Site']]).toEqual([null, null, null])
    for (const r of rows.filter((x) => !codes.has(String(x['Respondent'])))) expect(r['Group']).not.toBeNull()
  })

  it('lists only the codings asked for, in the same shape (what the Retrieve tab exports)', () => {
    const e = demo('fr')
    const id = (code: string) =>
      e.db
        .prepare(
          `SELECT c.id FROM codings c JOIN documents d ON d.id = c.document_id
           JOIN respondents r ON r.id = d.respondent_id WHERE r.code = ? ORDER BY c.rowid LIMIT 2`,
        )
        .pluck()
        .all(code) as string[]
    // R01 is an employee, R26 the demo's one "other" respondent.
    const ids = [...id('R01'), ...id('R26')]
    const rows = excerptRows(e, { lang: 'fr', shown: new Set<Group>(['employee']), codingIds: ids })
    expect(rows.map((r) => r.codingId).sort()).toEqual([...ids].sort())
    expect(rows.map((r) => [r.respondent, r.group])).toEqual([
      ['R01', 'employee'],
      ['R01', 'employee'],
      ['R26', null],
      ['R26', null],
    ])
    expect(rows[0]!.unit).toBeTruthy()
    expect([rows[3]!.unit, rows[3]!.site]).toEqual([null, null])
    for (const r of rows) {
      expect(Object.keys(r)).toHaveLength(18)
      expect(r.question).toMatch(/\S/)
      expect(r.codePath).toContain(' / ')
    }
  })
})

describe('the summary sheets', () => {
  it('give a group under three respondents no column and no row', async () => {
    const e = demo('en')
    for (const r of e.respondents
      .list()
      .filter((x) => x.group === 'customer')
      .slice(2))
      removeRespondent(e, r.id)
    expect(shownGroups(reportInput(e, 'en').diagnosis.floors)).toEqual(new Set(['employee', 'manager', 'leadership']))
    const wb = await read(await workbookOf(e, 'en'))
    const small = ['Customers', 'Other']

    const codes = table(wb, 'Codes by group')
    expect(codes.head).toContain(en('workbook.codes.excerpts', { group: 'Employees' }))
    for (const g of small) expect(codes.head.filter((h) => h.includes(g))).toEqual([])

    const gap = table(wb, 'Perception gap')
    expect(new Set(gap.rows.map((r) => r['Group']))).toEqual(new Set(['Employees', 'Managers', 'Leadership']))

    const measures = table(wb, 'Indices and bands').rows.map((r) => String(r['Measure']))
    expect(measures).toContain('Pragmatism index (employees)')
    expect(measures.filter((m) => /customer|other/i.test(m))).toEqual([])
  })

  it('count per code and group the excerpts and respondents the Excerpts sheet lists', async () => {
    const e = demo('en')
    const wb = await read(await workbookOf(e, 'en'))
    const excerpts = table(wb, 'Excerpts').rows
    for (const row of table(wb, 'Codes by group').rows) {
      for (const [group, plural] of [
        ['Employee', 'Employees'],
        ['Manager', 'Managers'],
      ]) {
        const said = excerpts.filter((x) => x['Code'] === row['Code'] && x['Group'] === group)
        const spans = new Set(said.map((x) => `${x['Document id']}:${x['Start offset']}:${x['End offset']}`))
        expect(row[`${plural}: excerpts`], `${row['Code']} ${group}`).toBe(spans.size)
        expect(row[`${plural}: respondents`]).toBe(new Set(said.map((x) => x['Respondent'])).size)
      }
    }
  })

  it('hold numbers as numbers, shares under a % format, each sheet frozen under its filtered header', async () => {
    const e = demo('en')
    const input = reportInput(e, 'en')
    const wb = await read(await workbookOf(e, 'en'))
    const gap = table(wb, 'Perception gap')
    const first = input.diagnosis.perceptionGap.employee[0]!
    const said = gap.sheet.getRow(2).getCell(gap.head.indexOf('Said') + 1)
    expect(said.value).toBeCloseTo(first.expressed! / 100, 10)
    expect(said.numFmt).toContain('%')
    expect(gap.rows[0]).toMatchObject({ Code: first.code, 'Gap (points)': first.gap })

    const indices = table(wb, 'Indices and bands').rows
    const idealism = indices.find((r) => r['Measure'] === 'Idealism index')!
    expect(idealism['Value']).toBeCloseTo(input.diagnosis.idealismIndex.value!, 10)

    expect(wb.worksheets).toHaveLength(6)
    for (const sheet of wb.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 })
      const last = sheet.getRow(1).cellCount
      expect(sheet.autoFilter, sheet.name).toBe(`A1:${sheet.getColumn(last).letter}${sheet.rowCount}`)
      for (let c = 1; c <= last; c++) {
        const width = sheet.getColumn(c).width ?? 0
        expect(width, `${sheet.name} column ${c}`).toBeGreaterThanOrEqual(7)
        expect(width, `${sheet.name} column ${c}`).toBeLessThanOrEqual(50)
      }
    }
  })

  it('state the consultant’s band beside the computed one, and their decisions with their reasons', async () => {
    const e = demo('en')
    e.overrides.setBand({ measure: 'attentionLoad', band: 'moderate', reason: 'Peak season.', authorId: null })
    e.overrides.setBand({
      measure: 'perceptionGap.employee.OUT.FIND',
      band: 'aligned',
      reason: 'Search was fixed.',
      authorId: null,
    })
    e.overrides.setRecommendation({
      recommendation: 'R4',
      decision: 'rejected',
      text: { fr: null, en: null },
      reason: 'Done last year.',
      authorId: null,
    })
    e.overrides.setRecommendation({
      recommendation: 'R5',
      decision: 'edited',
      text: { fr: 'Nommer', en: 'Name the spaces' },
      reason: 'Client wording.',
      authorId: null,
    })
    const input = reportInput(e, 'en')
    const wb = await read(await workbookOf(e, 'en'))

    const attention = table(wb, 'Indices and bands').rows.find((r) => r['Measure'] === 'Attention load')!
    expect(attention).toMatchObject({
      'Computed band': translate('en', `diag.band.${input.diagnosis.attentionLoad.band}` as MessageKey),
      'Band set by the consultant': 'moderate',
      'Consultant’s reason': 'Peak season.',
    })
    const find = table(wb, 'Perception gap').rows.find((r) => r['Group'] === 'Employees' && r['Code'] === 'OUT.FIND')!
    expect(find).toMatchObject({ 'Band set by the consultant': 'aligned', 'Consultant’s reason': 'Search was fixed.' })

    const recs = table(wb, 'Recommendations').rows
    expect(recs.map((r) => r['Id'])).toEqual(
      input.diagnosis.recommendations.filter((r) => r.triggered && r.id !== 'R0').map((r) => r.id),
    )
    expect(recs.find((r) => r['Id'] === 'R4')).toMatchObject({
      'Consultant’s decision': 'Rejected',
      'Consultant’s reason': 'Done last year.',
    })
    expect(recs.find((r) => r['Id'] === 'R5')).toMatchObject({
      'Consultant’s decision': 'Edited',
      'Wording for the report': 'Name the spaces',
    })
    const r2 = recs.find((r) => r['Id'] === 'R2')!
    const fired = input.diagnosis.recommendations.find((r) => r.id === 'R2')!
    expect([r2['Supporting excerpts'], r2['Excerpts saying otherwise']]).toEqual([
      fired.supporting.length,
      fired.counterCount,
    ])
    expect(String(r2['Bands set by the consultant'])).toContain('aligned')
  })
})

describe('the workbook as a whole', () => {
  it('names nobody: no real name in any part of the file, a name said in an interview masked', async () => {
    const e = demo('en')
    const names = e.identities.realNames()
    expect(names.length).toBeGreaterThan(20)
    const [said] = codeLines(e, 'R02', [`I asked ${names[4]} and she knew.`], `Check with ${names[5]!.split(' ')[1]}.`)
    const bytes = await workbookOf(e, 'en')

    const decode = (xml: string) =>
      xml.replace(
        /&(apos|quot|amp|lt|gt);/g,
        (_, n: string) => ({ apos: "'", quot: '"', amp: '&', lt: '<', gt: '>' })[n]!,
      )
    for (const [name, xml] of Object.entries(parts(bytes))) expect(namesIn(decode(xml), names), name).toEqual([])
    const row = table(await read(bytes), 'Excerpts').rows.find((r) => r['Coding id'] === said)!
    expect(row).toMatchObject({ Excerpt: 'I asked [name] and she knew.', Memo: 'Check with [name].' })
  })

  it('is in the report’s language: sheet names and headers', async () => {
    const names = (lang: Language) =>
      (['excerpts', 'codesByGroup', 'perceptionGap', 'indices', 'recommendations', 'codebook'] as const).map((s) =>
        translate(lang, `workbook.sheet.${s}`),
      )
    expect(names('fr')).toEqual([
      'Extraits',
      'Codes par groupe',
      'Écart de perception',
      'Indices et niveaux',
      'Recommandations',
      'Grille de codage',
    ])
    for (const lang of ['fr', 'en'] as const) {
      const e = demo(lang)
      const wb = await read(await workbookOf(e, lang))
      expect(wb.worksheets.map((s) => s.name)).toEqual(names(lang))
      const t = (key: MessageKey) => translate(lang, key)
      const excerpts = table(wb, t('workbook.sheet.excerpts'))
      expect(excerpts.head.slice(0, 6)).toEqual(
        (['respondent', 'group', 'unit', 'site', 'question', 'excerpt'] as const).map((k) =>
          t(`workbook.excerpts.${k}`),
        ),
      )
      expect(excerpts.rows[0]![t('workbook.excerpts.stance')]).toBe(t('coding.stance.SELF'))
      expect(excerpts.rows[0]![t('workbook.excerpts.group')]).toBe(t('group.employee'))
      expect(table(wb, t('workbook.sheet.perceptionGap')).head).toContain(t('workbook.band.set'))
      const firstCode = e.codebook.get().codes.find((c) => c.key === 'OUT.EFF')!
      expect(table(wb, t('workbook.sheet.codebook')).rows[0]![t('workbook.codebook.name')]).toBe(firstCode.name[lang])
    }
    expect(translate('fr', 'workbook.codes.excerpts', { group: 'Clients' })).toBe('Clients\u202f: extraits')
  })

  it('is made for an engagement with nothing coded yet: headers, and the codebook', async () => {
    const e = tempEngagement('fr')
    const wb = await read(await workbookOf(e, 'fr'))
    expect(wb.worksheets).toHaveLength(6)
    const excerpts = table(wb, 'Extraits')
    expect(excerpts.rows).toEqual([])
    expect(excerpts.head).toContain('Extrait')
    expect(table(wb, 'Codes par groupe').head).toEqual(['Famille', 'Code', 'Nom'])
    expect(table(wb, 'Grille de codage').rows.length).toBe(e.codebook.codes().length)
  })

  it('tells its progress, and stops when the user cancels', async () => {
    const e = demo('en')
    const steps: number[] = []
    await workbookOf(e, 'en', (f) => void steps.push(f))
    expect(steps.length).toBeGreaterThan(3)
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(steps.at(-1)).toBe(1)
    const cancel = (f: number) => {
      if (f > 0.5) fail('CANCELLED', 'Cancelled.')
    }
    await expect(workbookOf(e, 'en', cancel)).rejects.toMatchObject({ code: 'CANCELLED' })
  })
})

officeSuite('the workbook as LibreOffice opens it', (soffice) => {
  it('shows the translated headers and the diagnosis’ figures, on pages that look like a client’s deliverable', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const engagement = demo(lang)
      const input = reportInput(engagement, lang)
      const dir = tempDir()
      const file = path.join(dir, `workbook-${lang}.xlsx`)
      fs.writeFileSync(file, await workbookOf(engagement, lang))
      const pdf = officeToPdf(soffice, file)
      try {
        const pages = pdfPagesText(pdf)
        const text = pages.join('\n')
        const t = (key: MessageKey) => translate(lang, key)
        for (const key of [
          'workbook.excerpts.respondent',
          'workbook.excerpts.excerpt',
          'workbook.gap.theme',
          'workbook.indices.measure',
          'workbook.recs.title',
          'workbook.codebook.definition',
        ] as const)
          expect(text, key).toContain(t(key))
        // Every sheet prints, its name in the footer; the identifiers stay off the printed pages.
        for (const s of ['excerpts', 'perceptionGap', 'indices', 'codebook'] as const)
          expect(text).toContain(`· ${t(`workbook.sheet.${s}`)} ·`)
        expect(text).not.toContain(t('workbook.excerpts.codingId'))
        // The idealism index, as the Indices sheet's format shows it (LibreOffice here reads it in English).
        const ii = input.diagnosis.idealismIndex.value!
        expect(text).toContain(`${ii >= 0 ? '+' : '-'}${Math.abs(ii).toFixed(1)}`)
        expect(text).toMatch(/R01\s/)

        const out = path.resolve('test-results/deliverables')
        const prefix = `workbook-${lang}`
        if (fs.existsSync(out))
          for (const f of fs.readdirSync(out)) if (f.startsWith(`${prefix}-`)) fs.rmSync(path.join(out, f))
        expect(renderPages(pdf, out, prefix).length).toBe(pages.length)
      } finally {
        fs.rmSync(path.dirname(pdf), { recursive: true, force: true })
      }
    }
  }, 300_000)
})
