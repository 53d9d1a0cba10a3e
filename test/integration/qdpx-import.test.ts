import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { importQdpx, inspectQdpx } from '../../electron/core/refi-qda/import/import-qdpx'
import { INTEROP } from '../helpers/refi-codebook-schema'
import { terrain } from '../helpers/run-terrain'
import { tempDir, track } from '../helpers/temp-engagement'
import { writeFixture, type FixtureProject } from '../helpers/qdpx-fixture'
import { flaggedJob, newCancelFlag, raiseCancelFlag } from '../../electron/core/jobs/job-control'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { exportQdpx } from '../../electron/core/refi-qda/export-qdpx'

const CODE = {
  trust: '20000000-0000-4000-8000-000000000001',
  tools: '20000000-0000-4000-8000-000000000002',
  deals: '20000000-0000-4000-8000-000000000003',
}
const USER = { ana: '10000000-0000-4000-8000-000000000001', ben: '10000000-0000-4000-8000-000000000002' }
const SOURCE = { a: '40000000-0000-4000-8000-00000000000a', b: '40000000-0000-4000-8000-00000000000b' }

/** Text with what breaks positions: CRLF line ends, emoji (astral), accents, a skin-tone sequence. */
const TEXT_A =
  'Écoutez 😀, je veux des outils simples.\r\nLa communauté ? Bof 👍🏽.\r\nCe qui compte : répondre vite aux clients.\r\n'
const TEXT_B = 'Les offres et les prix, voilà ce que veulent les clients 🤝.\r\nPas une « communauté ».'

const codes = [
  {
    guid: '21000000-0000-4000-8000-000000000001',
    name: 'Pragmatisme',
    codable: false,
    children: [
      { guid: CODE.tools, name: 'Outils simples', color: '#1F77B4' },
      { guid: CODE.deals, name: 'Offres 🤝', color: '#FF7F0E' },
    ],
  },
  { guid: CODE.trust, name: 'Confiance', color: '#2CA02C' },
]

const selections = {
  a: [
    { words: 'je veux des outils simples', code: CODE.tools, user: USER.ana },
    { words: 'Bof 👍🏽', code: CODE.trust, user: USER.ben },
    { words: 'répondre vite aux clients', code: CODE.tools, user: USER.ana },
  ],
  b: [
    { words: 'Les offres et les prix', code: CODE.deals, user: USER.ben },
    { words: 'clients 🤝.\r\nPas une', code: CODE.deals, user: USER.ana },
  ],
}

function project(over: Partial<FixtureProject>): FixtureProject {
  return {
    origin: 'Tool',
    counting: { unit: 'codePoint', crlf: 2 },
    users: [
      { guid: USER.ana, name: 'Ana Lópes' },
      { guid: USER.ben, name: 'Ben 🙂' },
    ],
    codes,
    variables: [
      { guid: '30000000-0000-4000-8000-000000000001', name: 'Population', type: 'Text' },
      { guid: '30000000-0000-4000-8000-000000000002', name: 'Ancienneté', type: 'Integer' },
      { guid: '30000000-0000-4000-8000-000000000003', name: 'Site', type: 'Text' },
    ],
    cases: [
      {
        guid: 'd0000000-0000-4000-8000-000000000001',
        name: 'E01',
        values: { Population: 'Salariés', Ancienneté: 12, Site: 'Lyon' },
        sources: [SOURCE.a],
      },
      {
        guid: 'd0000000-0000-4000-8000-000000000002',
        name: 'Client Dupont',
        values: { Population: 'Clients', Site: 'Paris' },
        sources: [SOURCE.b],
      },
    ],
    sources: [
      { guid: SOURCE.a, name: 'Entretien E01', text: TEXT_A, selections: selections.a },
      { guid: SOURCE.b, name: 'Entretien client', text: TEXT_B, selections: selections.b },
    ],
    notes: [
      { guid: '70000000-0000-4000-8000-000000000001', name: 'Mémo 📝', text: 'Relire avec Ana — accents é, emoji 🚀.' },
    ],
    ...over,
  }
}

function importInto(qdpx: string, groupVariable: string | null = 'Population') {
  const target = path.join(tempDir(), 'imported.terrain')
  const { engagement, report } = importQdpx(target, qdpx, { language: 'fr', groupVariable })
  return { e: track(engagement), report }
}

/** Every coding as code name, the words its span covers in the document (LF line ends) and coder. */
function coded(e: Engagement) {
  return e.db
    .prepare<[], { code: string; text: string; start: number; end: number; coder: string }>(
      `SELECT k.name_fr AS code, d.text, c.start, c.end, o.name AS coder
       FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id
       JOIN coders o ON o.id = c.coder_id`,
    )
    .all()
    .map((r) => ({ code: r.code, words: r.text.slice(r.start, r.end), coder: r.coder }))
    .sort((a, b) => (a.words < b.words ? -1 : a.words > b.words ? 1 : 0))
}

const expected = [...selections.a, ...selections.b]
  .map((s) => ({
    code: s.code === CODE.tools ? 'Outils simples' : s.code === CODE.deals ? 'Offres 🤝' : 'Confiance',
    words: s.words.replace(/\r\n/g, '\n'),
    coder: s.user === USER.ana ? 'Ana Lópes' : 'Ben 🙂',
  }))
  .sort((a, b) => (a.words < b.words ? -1 : 1))

describe('importQdpx: each tool as it counts positions', () => {
  it('NVivo: UTF-16 offsets, a BOM not counted, CRLF as two, a capitalised Sources/', () => {
    const file = writeFixture(
      project({
        origin: 'NVivo 12.6',
        counting: { unit: 'utf16', crlf: 2 },
        sourcesFolder: 'Sources',
        sources: project({}).sources.map((s) => ({ ...s, bom: true })),
      }),
    )
    const { e, report } = importInto(file)
    expect(coded(e)).toEqual(expected)
    expect(report.notImported).toEqual({ sources: 0, selections: 0, codings: 0 })
    expect(report.notices).toContainEqual(
      expect.objectContaining({ key: 'counting', params: expect.objectContaining({ unit: 'UTF-16', crlf: 2 }) }),
    )
    // The documents hold the text with LF line ends and no BOM.
    const texts = e.db.prepare<[], { text: string }>('SELECT text FROM documents ORDER BY title').all()
    expect(texts.map((t) => t.text)).toEqual([TEXT_A, TEXT_B].map((t) => t.replace(/\r\n/g, '\n')))
  })

  it('ATLAS.ti: code points with CRLF as one, the project named <Name>.qde', () => {
    const file = writeFixture(
      project({ origin: 'ATLAS.ti 23', counting: { unit: 'codePoint', crlf: 1 }, qdeName: 'Étude client.qde' }),
    )
    const { e, report } = importInto(file)
    expect(coded(e)).toEqual(expected)
    expect(report.notices).toContainEqual(
      expect.objectContaining({ key: 'counting', params: expect.objectContaining({ crlf: 1 }) }),
    )
  })

  it('QualCoder: a BOM counted, GUIDs that are not RFC 4122, deep codes and twin names under one parent', () => {
    const deep = { guid: '20000000-0000-0000-0000-000000000100', name: 'Niveau 1', children: [] as object[] }
    let at = deep
    for (let level = 2; level <= 12; level++) {
      const child = {
        guid: `20000000-0000-0000-0000-${String(100 + level).padStart(12, '0')}`,
        name: `Niveau ${level}`,
        children: [],
      }
      at.children.push(child)
      at = child
    }
    const twins = {
      guid: '20000000-0000-0000-0000-000000000200',
      name: 'Parent',
      children: [
        { guid: '20000000-0000-0000-0000-000000000201', name: 'Même nom' },
        { guid: '20000000-0000-0000-0000-000000000202', name: 'Même nom' },
      ],
    }
    const file = writeFixture(
      project({
        origin: 'QualCoder 3.5',
        counting: { unit: 'codePoint', crlf: 2, bomCounted: true },
        codes: [...codes, deep as never, twins as never],
        sources: project({}).sources.map((s) => ({ ...s, bom: true })),
      }),
    )
    const first = importInto(file)
    expect(coded(first.e)).toEqual(expected)
    expect(first.report.notices).toContainEqual(expect.objectContaining({ key: 'bomCounted' }))
    const names = first.e.codebook.get().codes.map((c) => c.name.fr)
    expect(names.filter((n) => n === 'Même nom')).toHaveLength(2)
    expect(names).toContain('Niveau 12')
    // The same file gives the same ids: two consultants who import it can merge their work.
    const second = importInto(file)
    expect(
      second.e.codebook
        .get()
        .codes.map((c) => c.id)
        .sort(),
    ).toEqual(
      first.e.codebook
        .get()
        .codes.map((c) => c.id)
        .sort(),
    )
    expect(second.e.db.prepare('SELECT id FROM codings ORDER BY id').all()).toEqual(
      first.e.db.prepare('SELECT id FROM codings ORDER BY id').all(),
    )
  })

  it('a text given inside project.qde (PlainTextContent) is read like a file', () => {
    const file = writeFixture(project({ sources: project({}).sources.map((s) => ({ ...s, inline: true })) }))
    expect(coded(importInto(file).e)).toEqual(expected)
  })

  it('reports a selection that fits no counting instead of coding the wrong words', () => {
    const wrong = [...selections.a, { words: 'Bof', code: CODE.trust, name: 'Ce qui compte', user: USER.ana }]
    const file = writeFixture(project({ sources: [{ ...project({}).sources[0]!, selections: wrong }] }))
    const { e, report } = importInto(file)
    expect(coded(e).map((c) => c.words)).not.toContain('Bof')
    expect(coded(e)).toHaveLength(3)
    expect(report.notImported.selections).toBe(1)
    expect(report.notices).toContainEqual(expect.objectContaining({ key: 'selectionNotText' }))
    const outside = writeFixture(
      project({
        sources: [
          {
            ...project({}).sources[0]!,
            selections: [{ words: 'Bof', code: CODE.trust, at: { start: 400, end: 410 } }],
          },
        ],
      }),
    )
    expect(importInto(outside).report.notices).toContainEqual(expect.objectContaining({ key: 'selectionOutside' }))
  })
})

describe('importQdpx: cases, users, notes', () => {
  it('reads the groups from the chosen variable, unit and site from theirs, and keeps a name out of the codes', () => {
    const { e, report } = importInto(writeFixture(project({})))
    const respondents = e.respondents.list()
    expect(respondents.map((r) => [r.code, r.group, r.site])).toEqual([
      ['E01', 'employee', 'Lyon'],
      ['R01', 'customer', 'Paris'],
    ])
    // "Client Dupont" is no respondent code: it is kept as the real name, which reports never show.
    expect(e.identities.realNames()).toEqual(['Client Dupont'])
    expect(report.notices).toContainEqual(
      expect.objectContaining({ key: 'caseRenamed', params: { name: 'Client Dupont', code: 'R01' } }),
    )
    expect(e.variables.list().map((v) => [v.name, v.type])).toEqual([['Ancienneté', 'number']])
    expect(e.variables.valuesOf(respondents[0]!.id)).toEqual({ anciennete: 12 })
    expect(
      e.coders
        .list()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Ana Lópes', 'Ben 🙂'])
    expect(e.memos.of('engagement', null).map((m) => [m.title, m.body])).toEqual([
      ['Mémo 📝', 'Relire avec Ana — accents é, emoji 🚀.'],
    ])
    // Codes keep their colours and their category as family.
    const cb = e.codebook.get()
    expect(cb.families.map((f) => f.name.fr)).toEqual(['Pragmatisme'])
    expect(cb.codes.find((c) => c.name.fr === 'Offres 🤝')).toMatchObject({
      color: '#FF7F0E',
      familyId: cb.families[0]!.id,
    })
    expect(report.imported).toMatchObject({ documents: 2, respondents: 2, codings: 5, memos: 1, codes: 3 })
  })

  it('without a group variable every respondent is "other", and the report says so', () => {
    const { e, report } = importInto(writeFixture(project({})), null)
    expect(e.respondents.list().map((r) => r.group)).toEqual(['other', 'other'])
    expect(report.notices).toContainEqual(expect.objectContaining({ key: 'noGroupVariable', params: { count: 2 } }))
  })

  it('lists the variables that could hold the groups, those that read as groups first', () => {
    const overview = inspectQdpx(writeFixture(project({})), 'fr')
    expect(overview.needsGroupVariable).toBe(true)
    expect(overview.candidates[0]).toEqual({ name: 'Population', values: ['Salariés', 'Clients'], groupValues: 2 })
  })

  it('imports the hand-authored sample: its text source, overlapping selections, typed variables; lists the rest', () => {
    const qde = fs.readFileSync(path.join(INTEROP, 'samples', 'hand-authored-project.qde'))
    const file = path.join(tempDir(), 'sample.qdpx')
    fs.writeFileSync(
      file,
      zipSync({
        'project.qde': new Uint8Array(qde),
        'sources/11111111-1111-1111-1111-111111111111.txt': strToU8(
          'Diet and health are closely linked in this interview.\n',
        ),
      }),
    )
    const { e, report } = importInto(file, null)
    expect(
      coded(e)
        .map((c) => c.words)
        .sort(),
    ).toEqual(['Diet and health', 'health are clo'])
    expect(
      report.notices
        .filter((n) => n.key === 'sourceKind')
        .map((n) => n.params.kind)
        .sort(),
    ).toEqual(['AudioSource', 'PDFSource', 'PictureSource', 'VideoSource'])
    expect(e.variables.list().map((v) => [v.name, v.type])).toEqual([
      ['Age', 'number'],
      ['Consented', 'boolean'],
    ])
    expect(e.variables.valuesOf(e.respondents.list()[0]!.id)).toEqual({ age: 34, consented: true })
  })
})

describe('terrain qdpx --import --encrypt', () => {
  it('writes the new engagement encrypted, nothing of it in the clear', () => {
    const dir = tempDir()
    const pass = path.join(dir, 'pass.txt')
    fs.writeFileSync(pass, 'a long enough secret phrase\n')
    const target = path.join(dir, 'secret.terrain')
    const file = writeFixture(project({}))
    const r = terrain([
      'qdpx',
      target,
      '--import',
      file,
      '--group-variable',
      'Population',
      '--encrypt',
      '--passphrase-file',
      pass,
    ])
    expect(r.code).toBe(0)
    const bytes = fs.readFileSync(target)
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from('des outils simples'))).toBe(false)
    const info = terrain(['info', target, '--json', '--passphrase-file', pass])
    expect(JSON.parse(info.stdout)).toMatchObject({ encrypted: true })
  })
})

describe('a cancelled import', () => {
  it('stops between sources and leaves no file, not even a partial one', () => {
    const flag = newCancelFlag()
    let steps = 0
    // Cancelled at the second source: the first is written inside the transaction, then rolled back.
    const job = flaggedJob(
      { id: 'job-1', kind: 'qdpxImport', flag },
      () => {
        if (++steps === 3) raiseCancelFlag(flag)
      },
      () => steps * 1000,
    )
    const source = writeFixture(project({}))
    const dir = tempDir()
    const target = path.join(dir, 'cancelled.terrain')
    expect(() => importQdpx(target, source, { language: 'fr', groupVariable: null, job })).toThrow(/Cancelled/)
    expect(steps).toBe(3)
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

describe('terrain qdpx --import', () => {
  it('asks for the group variable (exit 2, listing them), then imports and prints the report as JSON', () => {
    const file = writeFixture(project({}))
    const target = path.join(tempDir(), 'cli.terrain')
    const ask = terrain(['qdpx', target, '--import', file])
    expect(ask.code).toBe(2)
    expect(ask.stderr).toContain('--group-variable')
    expect(ask.stderr).toMatch(/Population: Salariés, Clients \(2 read as groups\)/)
    expect(fs.existsSync(target)).toBe(false)
    const done = terrain(['qdpx', target, '--import', file, '--group-variable', 'population', '--json'])
    expect(done.code).toBe(0)
    expect(JSON.parse(done.stdout)).toMatchObject({
      path: target,
      groupVariable: 'Population',
      imported: { codings: 5 },
    })
    expect(done.stderr).toContain('Client Dupont')
    const again = terrain(['qdpx', target, '--import', file, '--group-variable', 'Population'])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
    const unknown = terrain(['qdpx', path.join(tempDir(), 'x.terrain'), '--import', file, '--group-variable', 'Nope'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Population')
  })
})

describe('round trip: Terrain → .qdpx → Terrain', () => {
  const TABLES_KEPT = (db: Engagement['db']) =>
    db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'",
      )
      .all()
      .map((t) => t.name)
      // The engagement is a new one (its own id and date, its own identity as a file); real names never travel.
      .filter((t) => !['engagement', 'respondent_identities', 'replica', 'merges'].includes(t))

  function demoWithMemos(): Engagement {
    const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'fr'))
    const author = e.coders.list()[0]!.id
    const doc = e.db.prepare<[], { id: string }>('SELECT document_id AS id FROM codings LIMIT 1').get()!.id
    const [coding] = e.codings.ofDocument(doc)
    e.memos.add({
      subjectType: 'engagement',
      subjectId: null,
      title: 'Synthèse 📝',
      body: 'À relire — é',
      authorId: author,
    })
    e.memos.add({ subjectType: 'document', subjectId: doc, title: '', body: 'Entretien dense.', authorId: null })
    e.memos.add({
      subjectType: 'code',
      subjectId: coding!.codeId,
      title: 'Règle',
      body: 'Coder large.',
      authorId: author,
    })
    e.memos.add({
      subjectType: 'respondent',
      subjectId: e.respondents.list()[0]!.id,
      title: 'R',
      body: 'Réservé.',
      authorId: null,
    })
    e.codings.update(coding!.id, { memo: 'Ironique ?' })
    return e
  }

  function exported(e: Engagement, withTerrainData: boolean): string {
    const out = path.join(tempDir(), 'round.qdpx')
    exportQdpx(e, out, { origin: 'Terrain', allowNames: true })
    if (!withTerrainData) {
      const files = unzipSync(fs.readFileSync(out))
      delete files['terrain/extras.json']
      fs.writeFileSync(out, zipSync(files))
    }
    return out
  }

  it('with its terrain/ folder: every table the same, and the same diagnosis JSON', () => {
    const e = demoWithMemos()
    const { e: back, report } = importInto(exported(e, true), 'Group')
    expect(report.fromTerrain).toBe(true)
    expect(report.notices).toEqual([])
    for (const table of TABLES_KEPT(e.db)) {
      const rows = (db: Engagement['db']) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()
      expect(rows(back.db), table).toEqual(rows(e.db))
    }
    expect(JSON.stringify(engagementDiagnosis(back))).toBe(JSON.stringify(engagementDiagnosis(e)))
  })

  it('reads a coding’s own memo as projects exported before the coding-memo form wrote it', () => {
    const e = demoWithMemos()
    const out = exported(e, false)
    const files = unzipSync(fs.readFileSync(out))
    const qde = strFromU8(files['project.qde']!)
    expect(qde).toContain('terrain:coding-memo;id=')
    files['project.qde'] = strToU8(qde.replaceAll('terrain:coding-memo;id=', 'terrain:subject=coding;id='))
    fs.writeFileSync(out, zipSync(files))
    const { e: back } = importInto(out, 'Group')
    const memos = (db: Engagement['db']) =>
      db.prepare(`SELECT id, memo FROM codings WHERE memo <> '' ORDER BY id`).all()
    expect(memos(back.db)).toEqual(memos(e.db))
    // Memos about codings (the consensus' reasons) are memos still.
    const about = (db: Engagement['db']) =>
      db.prepare(`SELECT id, subject_id, title, body FROM memos WHERE subject_type = 'coding' ORDER BY id`).all()
    expect(about(e.db).length).toBeGreaterThan(0)
    expect(about(back.db)).toEqual(about(e.db))
  })

  it('as any tool reads it (no terrain/ folder): every coding on the same words, every code, respondent, variable and memo', () => {
    const e = demoWithMemos()
    const { e: back } = importInto(exported(e, false), 'Group')
    const codings = (db: Engagement['db']) =>
      db.prepare('SELECT id, document_id, start, end, text, code_id, coder_id, memo FROM codings ORDER BY id').all()
    expect(codings(back.db)).toEqual(codings(e.db))
    const codes = (x: Engagement) => x.codebook.get().codes.map((c) => [c.id, c.key, c.name.fr, c.parentId, c.color])
    expect(codes(back)).toEqual(codes(e))
    const people = (x: Engagement) => x.respondents.list().map((r) => [r.id, r.code, r.group, r.unit, r.site])
    expect(people(back)).toEqual(people(e))
    expect(back.variables.list().map((v) => v.name)).toEqual(e.variables.list().map((v) => v.name))
    for (const r of e.respondents.list())
      expect(Object.values(back.variables.valuesOf(r.id)).map(String)).toEqual(
        Object.values(e.variables.valuesOf(r.id)).map(String),
      )
    const memos = (db: Engagement['db']) =>
      db.prepare('SELECT id, subject_type, subject_id, title, body FROM memos ORDER BY id').all()
    expect(memos(back.db)).toEqual(memos(e.db))
  })
})

/** A .qdpx around a project.qde written by hand (what a fixture cannot express), with its files. */
function handProject(body: string, files: Record<string, string> = {}): string {
  const qde = `<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="H" origin="Tool">
<CodeBook><Codes><Code guid="${CODE.trust}" name="Alpha" isCodable="true"/><Code guid="${CODE.tools}" name="Beta" isCodable="true"/></Codes></CodeBook>
${body}</Project>`
  const out = path.join(tempDir(), 'hand.qdpx')
  fs.writeFileSync(
    out,
    zipSync({
      'project.qde': strToU8(qde),
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])),
    }),
  )
  return out
}

const selection = (guid: string, start: number, end: number, name: string, code: string, note = '') =>
  `<PlainTextSelection guid="${guid}" name="${name}" startPosition="${start}" endPosition="${end}"><Coding guid="6${guid.slice(1)}"><CodeRef targetGUID="${code}"/></Coding>${note ? `<NoteRef targetGUID="${note}"/>` : ''}</PlainTextSelection>`

describe('importQdpx: what a careless or hostile tool writes', () => {
  it('reads a text inside project.qde with LF line ends as it is, when names are labels', () => {
    const body = `<Sources><TextSource guid="${SOURCE.a}" name="S"><PlainTextContent>Line one\nLine two\nLine three</PlainTextContent>
${selection('50000000-0000-4000-8000-000000000001', 9, 17, 'Q1', CODE.trust)}${selection('50000000-0000-4000-8000-000000000002', 18, 28, 'Q2', CODE.trust)}
</TextSource></Sources>`
    expect(coded(importInto(handProject(body), null).e).map((c) => c.words)).toEqual(['Line three', 'Line two'])
  })

  it('keeps two selections a tool gave the same GUID on their own words', () => {
    const twin = '50000000-0000-4000-8000-000000000009'
    const body = `<Sources><TextSource guid="${SOURCE.a}" name="S" plainTextPath="internal://a.txt">
${selection(twin, 0, 5, 'Hello', CODE.trust)}${selection(twin, 6, 11, 'world', CODE.tools)}</TextSource></Sources>`
    const { e } = importInto(handProject(body, { 'sources/a.txt': 'Hello world' }), null)
    expect(coded(e).map((c) => [c.code, c.words])).toEqual([
      ['Alpha', 'Hello'],
      ['Beta', 'world'],
    ])
  })

  it('loses no note: one on a selection left out goes to its document, one on a source left out to the engagement', () => {
    const note = (guid: string, text: string) =>
      `<Note guid="${guid}" name="${text}"><PlainTextContent>${text}</PlainTextContent></Note>`
    const body = `<Sources>
<TextSource guid="${SOURCE.a}" name="Kept" plainTextPath="internal://a.txt">${selection('50000000-0000-4000-8000-000000000001', 40, 50, 'x', CODE.trust, '70000000-0000-4000-8000-000000000001')}</TextSource>
<TextSource guid="${SOURCE.b}" name="Missing" plainTextPath="internal://gone.txt"><NoteRef targetGUID="70000000-0000-4000-8000-000000000002"/></TextSource>
</Sources><Notes>${note('70000000-0000-4000-8000-000000000001', 'On a lost selection')}${note('70000000-0000-4000-8000-000000000002', 'On a missing source')}
<Note guid="70000000-0000-4000-8000-000000000003" name="Claims a coding"><Description>terrain:subject=coding;id=00000000-0000-4000-8000-0000000000ff</Description><PlainTextContent>Orphan</PlainTextContent></Note>
<Note guid="70000000-0000-4000-8000-000000000004" name="Claims a document"><Description>terrain:subject=document;id=00000000-0000-4000-8000-0000000000fe</Description><PlainTextContent>Made up</PlainTextContent></Note></Notes>`
    const { e, report } = importInto(handProject(body, { 'sources/a.txt': 'Hello world' }), null)
    const document = e.db.prepare<[], { id: string }>('SELECT id FROM documents').get()!.id
    const memos = e.db
      .prepare<[], { body: string; subject_type: string; subject_id: string | null }>(
        'SELECT body, subject_type, subject_id FROM memos ORDER BY body',
      )
      .all()
    expect(memos).toEqual([
      { body: 'Made up', subject_type: 'engagement', subject_id: null },
      { body: 'On a lost selection', subject_type: 'document', subject_id: document },
      { body: 'On a missing source', subject_type: 'engagement', subject_id: null },
      { body: 'Orphan', subject_type: 'engagement', subject_id: null },
    ])
    expect(report.imported.memos).toBe(4)
  })

  it('reads an archive file as the text of one source at most', () => {
    const sources = [SOURCE.a, SOURCE.b, '40000000-0000-4000-8000-00000000000c']
      .map((g, i) => `<TextSource guid="${g}" name="S${i}" plainTextPath="internal://same.txt"/>`)
      .join('')
    const { e, report } = importInto(
      handProject(`<Sources>${sources}</Sources>`, { 'sources/same.txt': 'Once.' }),
      null,
    )
    expect(e.db.prepare('SELECT title FROM documents').pluck().all()).toEqual(['S0'])
    expect(report.notices.filter((n) => n.key === 'sourceSharedFile').map((n) => n.params.name)).toEqual(['S1', 'S2'])
    expect(report.notImported.sources).toBe(2)
  })
})
