import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { exportQdpx } from '../../electron/core/refi-qda/export-qdpx'
import { readCodingDescription } from '../../electron/core/refi-qda/coding-description'
import { TerrainError } from '../../shared/domain/terrain-error'
import { INTEROP, hasXmllint } from '../helpers/refi-codebook-schema'
import { terrain } from '../helpers/run-terrain'
import { fileHash, tempDir, tempEngagement, track } from '../helpers/temp-engagement'
import { flaggedJob, newCancelFlag, raiseCancelFlag } from '../../electron/core/jobs/job-control'
import { codedDocument } from '../helpers/coded-document'

const ORIGIN = 'Terrain test'

function demo(lang: 'fr' | 'en' = 'fr'): Engagement {
  return track(buildDemo(path.join(tempDir(), 'demo.terrain'), lang))
}

function unzip(file: string): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(file))).map(([k, v]) => [k, strFromU8(v)]))
}

/** Each PlainTextSelection of project.qde: its source, guid, code-point range and description. */
function selections(qde: string) {
  const found: { source: string; guid: string; start: number; end: number; description: string; code: string }[] = []
  for (const source of qde.matchAll(/<TextSource guid="([^"]+)"[\s\S]*?<\/TextSource>/g)) {
    for (const s of source[0].matchAll(
      /<PlainTextSelection guid="([^"]+)"[^>]*startPosition="(\d+)" endPosition="(\d+)"[^>]*>\s*<Description>([^<]*)<\/Description>\s*<Coding[^>]*>\s*<CodeRef targetGUID="([^"]+)"/g,
    )) {
      found.push({
        source: source[1]!,
        guid: s[1]!,
        start: Number(s[2]),
        end: Number(s[3]),
        description: s[4]!,
        code: s[5]!,
      })
    }
  }
  return found
}

/** The coded words at a code-point range: what another tool reads there. */
const atCodePoints = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('')

function allCodings(e: Engagement) {
  const ids = e.db.prepare<[], { id: string }>('SELECT id FROM documents').all()
  return ids.flatMap((d) => e.codings.ofDocument(d.id))
}

describe('exportQdpx', () => {
  it.skipIf(!hasXmllint)('writes a project.qde that validates against the REFI-QDA schema', () => {
    const e = demo()
    // Memos of every kind the project refers to, and one it keeps unreferenced (a respondent's).
    const [coding] = allCodings(e)
    // The demo's own notes: the consensus decisions' reasons, on the codings and about them.
    const demoNotes = e.db
      .prepare(`SELECT (SELECT count(*) FROM memos) + (SELECT count(*) FROM codings WHERE trim(memo) <> '')`)
      .pluck()
      .get() as number
    expect(demoNotes).toBeGreaterThan(0)
    const author = e.coders.list()[0]!.id
    e.memos.add({
      subjectType: 'engagement',
      subjectId: null,
      title: 'Scope',
      body: 'Two sites & one <HQ>.',
      authorId: author,
    })
    e.memos.add({
      subjectType: 'document',
      subjectId: coding!.documentId,
      title: 'Noisy',
      body: 'Café',
      authorId: null,
    })
    e.memos.add({
      subjectType: 'respondent',
      subjectId: e.respondents.list()[0]!.id,
      title: 'Late',
      body: '…',
      authorId: author,
    })
    const code = e.codebook.get().codes[0]!
    const codeMemo = e.memos.add({
      subjectType: 'code',
      subjectId: code.id,
      title: 'Split?',
      body: 'Maybe',
      authorId: author,
    })
    e.codings.update(coding!.id, { memo: 'Ironic, I think.' })
    const out = path.join(tempDir(), 'demo.qdpx')
    const s = exportQdpx(e, out, { origin: ORIGIN, allowNames: false })
    expect(s.notes).toBe(demoNotes + 5)
    expect(s).toMatchObject({ path: out, cases: e.respondents.list().length, users: e.coders.list().length })
    expect(s.codings).toBeGreaterThan(100)
    const qde = path.join(tempDir(), 'project.qde')
    fs.writeFileSync(qde, unzip(out)['project.qde']!)
    const r = spawnSync('xmllint', ['--noout', '--schema', path.join(INTEROP, 'Project-mrt2019.xsd'), qde], {
      encoding: 'utf8',
    })
    expect(r.stderr).toContain('validates')
    expect(r.status).toBe(0)
    const xml = fs.readFileSync(qde, 'utf8')
    expect(xml).toMatch(
      new RegExp(
        `<Code guid="${code.id}"[^>]*>\\s*<Description>[^<]*</Description>\\s*<NoteRef targetGUID="${codeMemo.id}"/>`,
      ),
    )
    expect(xml).toContain('terrain:subject=respondent')
  })

  it.skipIf(!hasXmllint)('writes a valid project for an engagement with nothing in it yet', () => {
    const out = path.join(tempDir(), 'empty.qdpx')
    expect(exportQdpx(tempEngagement('en'), out, { origin: ORIGIN, allowNames: false })).toMatchObject({
      sources: 0,
      cases: 0,
      notes: 0,
    })
    const qde = path.join(tempDir(), 'project.qde')
    fs.writeFileSync(qde, unzip(out)['project.qde']!)
    const r = spawnSync('xmllint', ['--noout', '--schema', path.join(INTEROP, 'Project-mrt2019.xsd'), qde])
    expect(r.status).toBe(0)
  })

  it('puts every coding on exactly its words, counted in code points, with its attributes', () => {
    const e = demo()
    const out = path.join(tempDir(), 'demo.qdpx')
    exportQdpx(e, out, { origin: ORIGIN, allowNames: false })
    const zip = unzip(out)
    const found = new Map(selections(zip['project.qde']!).map((s) => [s.guid, s]))
    const codings = allCodings(e)
    expect(found.size).toBe(codings.length)
    for (const c of codings) {
      const s = found.get(c.id)!
      const text = zip[`sources/${s.source}.txt`]!
      expect(s.source).toBe(c.documentId)
      expect(s.code).toBe(c.codeId)
      expect(atCodePoints(text, s.start, s.end)).toBe(c.text)
      expect(readCodingDescription(s.description)).toMatchObject({ stance: c.stance, valence: c.valence })
    }
    const withTarget = codings.find((c) => c.target !== null)
    if (withTarget) expect(readCodingDescription(found.get(withTarget.id)!.description)!.target).toBe(withTarget.target)
  })

  it('converts UTF-16 offsets to code points past emoji and accents, and line ends to LF', () => {
    const text = 'Élève 😀 déçu,\r\nça 👍🏽 dit : « le manager écoute peu » ici.'
    const { e, d: doc } = codedDocument(text, ['le manager écoute peu'])
    const start = text.indexOf('le manager')
    const out = path.join(tempDir(), 'emoji.qdpx')
    exportQdpx(e, out, { origin: ORIGIN, allowNames: false })
    const zip = unzip(out)
    const exported = zip[`sources/${doc.id}.txt`]!
    expect(exported).toBe(text.replace('\r\n', '\n'))
    const [s] = selections(zip['project.qde']!)
    // Three astral characters (😀, 👍, 🏽) before it, and a CRLF counted as one.
    expect(s!.start).toBe(start - 3 - 1)
    expect(atCodePoints(exported, s!.start, s!.end)).toBe('le manager écoute peu')
    expect(s!.description).toBe('terrain:stance=SELF;valence=-;intensity=2')
  })

  it('gives the same bytes for the same engagement', () => {
    const e = demo('en')
    const a = path.join(tempDir(), 'a.qdpx')
    const b = path.join(tempDir(), 'b.qdpx')
    exportQdpx(e, a, { origin: ORIGIN, allowNames: false })
    exportQdpx(e, b, { origin: ORIGIN, allowNames: false })
    expect(fileHash(a)).toBe(fileHash(b))
  })

  it('keeps what REFI-QDA has no place for in terrain/extras.json, and never a real name', () => {
    const e = demo()
    const out = path.join(tempDir(), 'demo.qdpx')
    exportQdpx(e, out, { origin: ORIGIN, allowNames: true })
    const extras = JSON.parse(unzip(out)['terrain/extras.json']!) as {
      engagementId: string
      tables: Record<string, Record<string, unknown>[]>
    }
    const count = (table: string) => e.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n
    expect(extras.engagementId).toBe(e.info.get().id)
    // The tables REFI-QDA has no place for travel whole.
    for (const table of ['guides', 'questions', 'interviews', 'closed_answers', 'collectives', 'collective_evidence'])
      expect(extras.tables[table]!.length, table).toBe(count(table))
    expect(count('closed_answers')).toBeGreaterThan(0)
    expect(extras.tables.collectives).toEqual(
      expect.arrayContaining(e.collectives.list().map((c) => expect.objectContaining({ id: c.id, name: c.name }))),
    )
    // The project's rows travel without what the project holds: no document text, no coding words.
    expect(extras.tables.codings!.length).toBe(count('codings'))
    expect(extras.tables.codings![0]).not.toHaveProperty('text')
    expect(extras.tables.documents![0]).not.toHaveProperty('text')
    expect(extras.tables.codes![0]).toHaveProperty('pragmatism_role')
    expect(Object.keys(extras.tables)).not.toContain('respondent_identities')
    const json = unzip(out)['terrain/extras.json']!
    for (const name of e.identities.realNames()) expect(json).not.toContain(name)
  })

  it('never carries a real name unless allowed, and a refusal writes no file', () => {
    const e = demo()
    const names = e.identities.realNames()
    expect(names.length).toBeGreaterThan(0)
    const clean = path.join(tempDir(), 'clean.qdpx')
    exportQdpx(e, clean, { origin: ORIGIN, allowNames: false })
    const bytes = fs.readFileSync(clean)
    const everything = Object.values(unzip(clean)).join('\n')
    for (const name of names) {
      expect(everything).not.toContain(name)
      expect(bytes.includes(Buffer.from(name, 'utf8'))).toBe(false)
    }

    const name = names[0]!
    const respondent = e.respondents.list()[0]!
    e.documents.add({ kind: 'notes', respondentId: respondent.id, text: `Il faut demander à ${name}, elle sait tout.` })
    const out = path.join(tempDir(), 'named.qdpx')
    let refusal: unknown
    try {
      exportQdpx(e, out, { origin: ORIGIN, allowNames: false })
    } catch (err) {
      refusal = err
    }
    expect(refusal).toBeInstanceOf(TerrainError)
    expect((refusal as TerrainError).code).toBe('CONFLICT')
    expect(fs.existsSync(out)).toBe(false)
    expect(fs.readdirSync(path.dirname(out))).toEqual([])

    const memo = e.memos.add({
      subjectType: 'respondent',
      subjectId: respondent.id,
      title: '',
      body: `${name} called.`,
      authorId: null,
    })
    const allowed = exportQdpx(e, out, { origin: ORIGIN, allowNames: true })
    expect(allowed.warnings).toEqual([
      expect.objectContaining({ subject: 'document', name }),
      { subject: 'note', id: memo.id, where: `${name} called.`, name },
    ])
    expect(Object.values(unzip(out)).join('\n')).toContain(name)
  })
})

describe('terrain qdpx', () => {
  it('exports a large engagement whole (30,000 codings: hundreds of thousands of lines)', () => {
    const file = path.join(tempDir(), 'large.terrain')
    expect(terrain(['generate', file, '--respondents', '100', '--codings', '30000']).code).toBe(0)
    const out = path.join(tempDir(), 'large.qdpx')
    const r = terrain(['qdpx', file, '--export', out, '--allow-names'])
    expect(r.stderr).toContain('30,000 codings')
    expect(r.code).toBe(0)
    expect(unzip(out)['project.qde']!.match(/<PlainTextSelection /g)).toHaveLength(30_000)
  })

  it('writes the project, and refuses a missing --export or another extension', () => {
    const e = demo('en')
    e.close()
    const out = path.join(tempDir(), 'study.qdpx')
    const r = terrain(['qdpx', e.path, '--export', out, '--json'])
    expect(r.stderr).toContain('Exported')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ path: out, warnings: [] })
    expect(Object.keys(unzip(out))).toContain('project.qde')

    const missing = terrain(['qdpx', e.path])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--export out.qdpx')

    const wrong = path.join(tempDir(), 'study.qdc')
    const bad = terrain(['qdpx', e.path, '--export', wrong])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('.qdpx')
    expect(fs.existsSync(wrong)).toBe(false)
  })

  it('lists the names it found and writes nothing unless --allow-names', () => {
    const e = demo('en')
    const name = e.identities.realNames()[0]!
    e.documents.add({ kind: 'notes', respondentId: e.respondents.list()[0]!.id, text: `Ask ${name} about it.` })
    e.close()
    const out = path.join(tempDir(), 'named.qdpx')
    const refused = terrain(['qdpx', e.path, '--export', out])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(name)
    expect(refused.stderr).toContain('--allow-names')
    expect(fs.existsSync(out)).toBe(false)
    expect(terrain(['qdpx', e.path, '--export', out, '--allow-names']).code).toBe(0)
    expect(fs.existsSync(out)).toBe(true)
  })
})

describe('the REFI-QDA export as a job', () => {
  it('stops when cancelled, before its file is written', () => {
    const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
    const flag = newCancelFlag()
    let steps = 0
    const job = flaggedJob(
      { id: 'job-1', kind: 'qdpxExport', flag },
      () => {
        if (++steps === 2) raiseCancelFlag(flag)
      },
      () => steps * 1000,
    )
    const dir = tempDir()
    expect(() => exportQdpx(e, path.join(dir, 'p.qdpx'), { origin: ORIGIN, allowNames: false, job })).toThrow(
      /Cancelled/,
    )
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
