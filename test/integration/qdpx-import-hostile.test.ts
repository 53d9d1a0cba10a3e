import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { CodebookImportError } from '../../electron/core/codebook-transfer/codebook-import-error'
import { createEngagementFile } from '../../electron/core/engagement/create-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import {
  MAX_CODE_DEPTH,
  MAX_CODES,
  MAX_ENTRY_RATIO,
  MAX_IMPORT_CODINGS,
  MAX_RESPONDENTS,
  MAX_XML_DEPTH,
} from '../../electron/core/files/limits'
import { LimitRefusal } from '../../electron/core/files/refuse-limit'
import { importQdpx, inspectQdpx } from '../../electron/core/refi-qda/import/import-qdpx'
import { ProjectImportError } from '../../electron/core/refi-qda/import/project-import-error'
import { TerrainError } from '../../shared/domain/terrain-error'
import { deflated, rawZip } from '../helpers/hostile-archives'
import { terrain } from '../helpers/run-terrain'
import { fileHash, tempDir, track } from '../helpers/temp-engagement'

const MB = 1024 * 1024
const OPTIONS = { language: 'en', groupVariable: null } as const

/** A GUID of the kind `kind` (2 code, 4 source, 5 selection, 6 coding), numbered `n`. */
const guid = (kind: number, n: number) => `${kind}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

const CODE = guid(2, 1)
const SOURCE = guid(4, 1)
const TRUST = `<Code guid="${CODE}" name="Trust" isCodable="true"/>`
/** The text of the minimal project's one source, where it lives in the archive. */
const HELLO = { [`sources/${SOURCE}.txt`]: 'Hello world' }
const PASSWD = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8') : ''

/** A text source with one selection ("Hello", 0 to 5) coded with Trust; its numbers follow the source's. */
function textSource(n: number, name: string, textPath = `internal://${guid(4, n)}.txt`): string {
  return (
    `<TextSource guid="${guid(4, n)}" name="${name}" plainTextPath="${textPath}">` +
    `<PlainTextSelection guid="${guid(5, n)}" name="Hello" startPosition="0" endPosition="5">` +
    `<Coding guid="${guid(6, n)}"><CodeRef targetGUID="${CODE}"/></Coding>` +
    `</PlainTextSelection></TextSource>`
  )
}

/** project.qde: the minimal valid project, any part replaced. */
function project(o: { codes?: string; sources?: string; after?: string; prolog?: string; name?: string } = {}) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${o.prolog ?? ''}` +
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${o.name ?? 'P'}" origin="Test">\n` +
    `<CodeBook><Codes>${o.codes ?? TRUST}</Codes></CodeBook>\n` +
    `<Sources>${o.sources ?? textSource(1, 'One')}</Sources>${o.after ?? ''}\n</Project>\n`
  )
}

/** Writes the bytes as in.qdpx in a folder of its own; its path. */
function writeQdpx(bytes: Uint8Array, name = 'in.qdpx'): string {
  const file = path.join(tempDir(), name)
  fs.writeFileSync(file, bytes)
  return file
}

/** A .qdpx zipped by fflate from its entries (level 0: stored, as-is). */
const qdpx = (entries: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): string =>
  writeQdpx(
    zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])), {
      level,
    }),
  )

/** What `run` threw; a failure when it did not (the engagement it returned closed). */
function thrown(run: () => unknown): unknown {
  let result: unknown
  try {
    result = run()
  } catch (e) {
    return e
  }
  if (result && typeof result === 'object' && 'engagement' in result)
    (result as { engagement: Engagement }).engagement.close()
  throw new Error('expected a refusal, but the import went through')
}

/** What an import at the name of an existing engagement meets first. */
type AtExisting =
  /** The same refusal: the project is read (read only) before the new file is made. */
  | 'sameRefusal'
  /** FILE_EXISTS: the refusal comes while writing (a source read in the new file's transaction). */
  | 'fileExists'
  /** Not tried (a project slow to read). */
  | 'notTried'

/**
 * Imports `source` and returns the refusal: at a fresh name, after which the folder holds nothing
 * (no file, no .partial-*, no -wal); then at the name of an existing engagement, which is refused
 * and stays byte-identical, with nothing beside it.
 */
function refusedCleanly(source: string, atExisting: AtExisting = 'sameRefusal'): TerrainError {
  const dir = tempDir()
  const err = thrown(() => importQdpx(path.join(dir, 'new.terrain'), source, OPTIONS))
  expect(err).toBeInstanceOf(TerrainError)
  expect(fs.readdirSync(dir)).toEqual([])
  if (atExisting === 'notTried') return err as TerrainError

  const existingDir = tempDir()
  const existing = createEngagementFile(path.join(existingDir, 'study.terrain'), { language: 'en', title: 'Study' })
  existing.close()
  const before = fileHash(existing.path)
  const again = thrown(() => importQdpx(existing.path, source, OPTIONS))
  expect(again).toBeInstanceOf(TerrainError)
  if (atExisting === 'fileExists') expect((again as TerrainError).code).toBe('FILE_EXISTS')
  else {
    expect(again).toBeInstanceOf((err as object).constructor)
    expect((again as TerrainError).message).toBe((err as TerrainError).message)
  }
  expect(fileHash(existing.path)).toBe(before)
  expect(fs.readdirSync(existingDir)).toEqual(['study.terrain'])
  return err as TerrainError
}

/** Refused for the limit (or fault) named, cleanly. */
function refusedFor(source: string, limit: LimitRefusal['limit'], atExisting?: AtExisting): LimitRefusal {
  const err = refusedCleanly(source, atExisting)
  expect(err).toBeInstanceOf(LimitRefusal)
  expect((err as LimitRefusal).limit).toBe(limit)
  return err as LimitRefusal
}

/** Refused as a whole project for the reason `key`, cleanly. */
function refusedAs(source: string, key: string): ProjectImportError {
  const err = refusedCleanly(source)
  expect(err).toBeInstanceOf(ProjectImportError)
  expect((err as ProjectImportError).problems[0]!.key).toBe(key)
  return err as ProjectImportError
}

/** Imports into a fresh file; the engagement is closed after the test. */
function imported(source: string) {
  const { engagement, report } = importQdpx(path.join(tempDir(), 'new.terrain'), source, OPTIONS)
  return { e: track(engagement), report }
}

const documents = (e: Engagement) =>
  e.db.prepare<[], { title: string; text: string }>('SELECT title, text FROM documents ORDER BY title').all()

const codingTexts = (e: Engagement) =>
  e.db
    .prepare<[], { text: string }>('SELECT text FROM codings ORDER BY text')
    .all()
    .map((c) => c.text)

const noticeKeys = (report: { notices: { key: string }[] }) => report.notices.map((n) => n.key)

describe('a hostile .qdpx archive', () => {
  it(`refuses a zip bomb (an entry past ${MAX_ENTRY_RATIO}:1) before inflating it, writing nothing`, () => {
    const zeros = new Uint8Array(8 * MB)
    const source = qdpx({ 'project.qde': project(), [`sources/${SOURCE}.txt`]: zeros }, 9)
    expect(fs.statSync(source).size).toBeLessThan((8 * MB) / MAX_ENTRY_RATIO)
    const started = Date.now()
    const refusal = refusedFor(source, 'MAX_ENTRY_RATIO')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(refusal.figure).toBeGreaterThan(MAX_ENTRY_RATIO)
    expect(refusal.message).toContain(`sources/${SOURCE}.txt`)
    expect(() => inspectQdpx(source, 'en')).toThrow(LimitRefusal)
  })

  it('refuses an entry whose path leaves the archive (.., absolute, drive), writing nothing', () => {
    for (const evil of ['../evil.txt', '/abs.txt', 'sources/../../evil.txt', 'C:\\evil.txt']) {
      const source = writeQdpx(
        rawZip([
          { name: 'project.qde', data: deflated(project()) },
          { name: `sources/${SOURCE}.txt`, data: deflated('Hello world') },
          { name: evil, data: deflated('pwned') },
        ]),
      )
      const refusal = refusedFor(source, 'unsafeEntryPath')
      expect(refusal.message, evil).toContain(evil)
    }
  })

  it('refuses, mid-import, a source that inflates past the size it declares, leaving no file', () => {
    // Read only when the import reaches the source, inside the new file's transaction.
    const source = writeQdpx(
      rawZip([
        { name: 'project.qde', data: deflated(project()) },
        { name: `sources/${SOURCE}.txt`, data: deflated(`Hello world${' and more'.repeat(1000)}`), declaredSize: 11 },
      ]),
    )
    refusedFor(source, 'entrySizeLie', 'fileExists')
  })

  it('holds no more than an entry really has: a 190 MB size declared by a few bytes costs nothing', () => {
    // Stored entries whose packed and unpacked sizes agree pass the ratio rule; their data is not there.
    const lying = { data: strToU8('{}'), method: 0 as const, declaredSize: 190 * MB, declaredCompressed: 190 * MB }
    const source = writeQdpx(
      rawZip([
        { name: 'project.qde', data: deflated(project()) },
        { name: 'terrain/extras.json', ...lying },
        { name: `sources/${SOURCE}.txt`, ...lying },
      ]),
    )
    global.gc?.()
    const before = process.memoryUsage()
    const err = refusedAs(source, 'qdpxImport.problem.damaged')
    const after = process.memoryUsage()
    expect(err.message).toContain('past the end')
    // LIMITS.md: a refusal within 100 MB above the resting size (it was 190 MB when the declared size was believed).
    expect((after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / MB).toBeLessThan(100)
  })
})

describe('a hostile project.qde', () => {
  it('refuses a DOCTYPE (external entity, entity expansion, external DTD) and never reads the file it names', () => {
    const prologs = [
      '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n',
      '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x "&b;&b;&b;&b;&b;&b;&b;&b;">]>\n',
      '<!DOCTYPE Project SYSTEM "file:///etc/passwd">\n',
    ]
    for (const prolog of prologs) {
      const source = qdpx({ 'project.qde': project({ prolog, name: 'P &x;' }), ...HELLO })
      const err = refusedAs(source, 'qdpxImport.problem.notXml')
      expect(() => inspectQdpx(source, 'en')).toThrow(ProjectImportError)
      const said = JSON.stringify({ message: err.message, problems: err.problems })
      expect(said).toContain('DOCTYPE')
      if (PASSWD) expect(said).not.toContain(PASSWD.split('\n')[0]!)
    }
  })

  it(`refuses more than ${MAX_CODES} codes as they stream by, and reads ${MAX_CODES}`, () => {
    const codes = (n: number) =>
      Array.from({ length: n }, (_, i) => `<Code guid="${guid(2, i + 1)}" name="C${i}" isCodable="true"/>`).join('')
    const above = qdpx({ 'project.qde': project({ codes: codes(MAX_CODES + 1) }), ...HELLO })
    const refusal = refusedFor(above, 'MAX_CODES')
    expect(refusal.figure).toBe(MAX_CODES + 1)
    const at = qdpx({ 'project.qde': project({ codes: codes(MAX_CODES) }), ...HELLO })
    expect(inspectQdpx(at, 'en')).toMatchObject({ sources: 1, selections: 1 })
  })

  it(`refuses more than ${MAX_RESPONDENTS} cases (respondents) as they stream by, and reads ${MAX_RESPONDENTS}`, () => {
    const cases = (n: number) =>
      `<Cases>${Array.from({ length: n }, (_, i) => `<Case guid="${guid(13, i + 1)}" name="Person ${i}"/>`).join('')}</Cases>`
    const above = qdpx({ 'project.qde': project({ after: cases(MAX_RESPONDENTS + 1) }), ...HELLO })
    expect(refusedFor(above, 'MAX_RESPONDENTS').figure).toBe(MAX_RESPONDENTS + 1)
    const at = qdpx({ 'project.qde': project({ after: cases(MAX_RESPONDENTS) }), ...HELLO })
    expect(inspectQdpx(at, 'en')).toMatchObject({ cases: MAX_RESPONDENTS })
  })

  it(`refuses codes nested ${MAX_CODE_DEPTH + 1} deep, and imports them ${MAX_CODE_DEPTH} deep`, () => {
    // Trust at the bottom, so that the selection's coding has its code.
    const nested = (depth: number) =>
      Array.from({ length: depth - 1 }, (_, i) => `<Code guid="${guid(2, i + 2)}" name="L${i}" isCodable="true">`).join(
        '',
      ) +
      TRUST +
      '</Code>'.repeat(depth - 1)
    const above = qdpx({ 'project.qde': project({ codes: nested(MAX_CODE_DEPTH + 1) }), ...HELLO })
    const refusal = refusedFor(above, 'MAX_CODE_DEPTH')
    expect(refusal.figure).toBe(MAX_CODE_DEPTH + 1)
    const { report } = imported(qdpx({ 'project.qde': project({ codes: nested(MAX_CODE_DEPTH) }), ...HELLO }))
    expect(report.imported).toMatchObject({ codes: MAX_CODE_DEPTH, codings: 1 })
  })

  it(`refuses XML nested ${MAX_XML_DEPTH + 1} deep, and imports it ${MAX_XML_DEPTH} deep`, () => {
    // Project is level 1: `n` nested elements under it reach n + 1.
    const deep = (n: number) => '<Extra>'.repeat(n) + '</Extra>'.repeat(n)
    const above = qdpx({ 'project.qde': project({ after: deep(MAX_XML_DEPTH) }), ...HELLO })
    const refusal = refusedFor(above, 'MAX_XML_DEPTH')
    expect(refusal.figure).toBe(MAX_XML_DEPTH + 1)
    const { report } = imported(qdpx({ 'project.qde': project({ after: deep(MAX_XML_DEPTH - 1) }), ...HELLO }))
    expect(report.imported).toMatchObject({ documents: 1, codings: 1 })
  })

  it(`refuses more than ${MAX_IMPORT_CODINGS.toLocaleString('en')} selections as they stream by`, () => {
    // Stored, not deflated: a repeated tag compresses far past the archive's ratio rule.
    const selections = '<PlainTextSelection/>'.repeat(MAX_IMPORT_CODINGS + 1)
    const qde = project({
      sources: `<TextSource guid="${SOURCE}" name="One" plainTextPath="internal://${SOURCE}.txt">${selections}</TextSource>`,
    })
    const source = qdpx({ 'project.qde': qde, ...HELLO }, 0)
    const started = Date.now()
    // Read whole before it is refused (a few seconds on a slow machine): tried once, at a fresh name.
    const refusal = refusedFor(source, 'MAX_IMPORT_CODINGS', 'notTried')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(refusal.figure).toBe(MAX_IMPORT_CODINGS + 1)
  })

  it('refuses a codebook that contradicts itself (two codes, one GUID) as a codebook problem', () => {
    const codes = `${TRUST}<Code guid="${CODE}" name="Distrust" isCodable="true"/>`
    const err = refusedCleanly(qdpx({ 'project.qde': project({ codes }), ...HELLO }))
    expect(err).toBeInstanceOf(CodebookImportError)
    expect(err.problems!.map((p) => p.key)).toContain('codebookTransfer.problem.duplicateGuid')
  })
})

describe('sources a project cannot give', () => {
  it('imports a project whose source file is missing, without that source, and says so', () => {
    const sources = textSource(1, 'One') + textSource(2, 'Two', 'internal://missing.txt')
    const { e, report } = imported(qdpx({ 'project.qde': project({ sources }), ...HELLO }))
    expect(report.notices).toContainEqual({
      key: 'sourceMissingFile',
      params: { name: 'Two', path: 'internal://missing.txt' },
    })
    expect(report.notImported).toEqual({ sources: 1, selections: 1, codings: 0 })
    expect(report.imported).toMatchObject({ documents: 1, codings: 1 })
    expect(documents(e)).toEqual([{ title: 'One', text: 'Hello world' }])
    expect(codingTexts(e)).toEqual(['Hello'])
  })

  it('never follows a source path outside the archive (absolute, relative, file, internal ..)', () => {
    // Files where a relative path would land, whether taken from the .qdpx's folder or its parent.
    const outer = tempDir()
    fs.mkdirSync(path.join(outer, 'in'))
    fs.writeFileSync(path.join(outer, 'x.txt'), 'SECRET outside')
    fs.writeFileSync(path.join(outer, 'in', 'x.txt'), 'SECRET beside')
    const outside = ['absolute:///etc/passwd', 'relative:///../x.txt', 'relative:///x.txt', 'file:///etc/passwd']
    const sources = [
      textSource(1, 'One'),
      ...outside.map((p, i) => textSource(i + 2, `Outside ${i}`, p)),
      textSource(9, 'Climbing', 'internal://../../../../../../etc/passwd'),
    ].join('')
    const source = path.join(outer, 'in', 'in.qdpx')
    fs.copyFileSync(qdpx({ 'project.qde': project({ sources }), ...HELLO }), source)
    const { e, report } = imported(source)
    const outsideNotices = report.notices.filter((n) => n.key === 'sourceOutsideProject')
    expect(outsideNotices.map((n) => n.params.path)).toEqual(outside)
    expect(report.notices).toContainEqual(expect.objectContaining({ key: 'sourceMissingFile' }))
    expect(report.notImported.sources).toBe(outside.length + 1)
    expect(documents(e)).toEqual([{ title: 'One', text: 'Hello world' }])
    const everything = JSON.stringify(e.db.prepare('SELECT * FROM documents').all())
    expect(everything).not.toContain('SECRET')
    if (PASSWD) expect(everything).not.toContain(PASSWD.split('\n')[0]!)
  })

  it('does not guess the encoding of a source that is not Unicode (Latin-1, broken UTF-8)', () => {
    const sources = textSource(1, 'One') + textSource(2, 'Latin') + textSource(3, 'Broken')
    const { e, report } = imported(
      qdpx({
        'project.qde': project({ sources }),
        ...HELLO,
        [`sources/${guid(4, 2)}.txt`]: new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
        [`sources/${guid(4, 3)}.txt`]: new Uint8Array([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0xe2, 0x82]),
      }),
    )
    expect(report.notices.filter((n) => n.key === 'sourceNotUnicode').map((n) => n.params.name)).toEqual([
      'Latin',
      'Broken',
    ])
    expect(report.notImported).toMatchObject({ sources: 2, selections: 2 })
    expect(documents(e)).toEqual([{ title: 'One', text: 'Hello world' }])
    expect(codingTexts(e)).toEqual(['Hello'])
  })
})

describe('a file that is not a project', () => {
  it('refuses what is not a ZIP: a text file, an empty file, a cut archive', () => {
    const whole = zipSync({ 'project.qde': strToU8(project()), [`sources/${SOURCE}.txt`]: strToU8('Hello world') })
    for (const bytes of [strToU8('Just some notes, renamed .qdpx\n'), new Uint8Array(0), whole.subarray(0, 200)])
      refusedAs(writeQdpx(bytes), 'qdpxImport.problem.notZip')
  })

  it('refuses an archive without a project, with several, or whose project is not a Project', () => {
    refusedAs(qdpx({ ...HELLO, 'sub/project.qde': project() }), 'qdpxImport.problem.noProject')
    refusedAs(qdpx({ 'a.qde': project(), 'b.qde': project(), ...HELLO }), 'qdpxImport.problem.severalProjects')
    const codebook = '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'
    refusedAs(qdpx({ 'project.qde': codebook, ...HELLO }), 'qdpxImport.problem.notProject')
    const foreign = project().replace('urn:QDA-XML:project:1.0', 'http://example.com/evil')
    refusedAs(qdpx({ 'project.qde': foreign, ...HELLO }), 'qdpxImport.problem.notProject')
    refusedAs(qdpx({ 'project.qde': '<Project name="P"><Sources>', ...HELLO }), 'qdpxImport.problem.notXml')
    refusedAs(qdpx({ 'project.qde': '', ...HELLO }), 'qdpxImport.problem.notXml')
  })

  it('refuses to import over an existing engagement, which stays byte-identical', () => {
    const dir = tempDir()
    const existing = createEngagementFile(path.join(dir, 'study.terrain'), { language: 'en', title: 'Study' })
    existing.close()
    const before = fileHash(existing.path)
    const err = thrown(() => importQdpx(existing.path, qdpx({ 'project.qde': project(), ...HELLO }), OPTIONS))
    expect(err).toBeInstanceOf(TerrainError)
    expect((err as TerrainError).code).toBe('FILE_EXISTS')
    expect(fileHash(existing.path)).toBe(before)
    expect(fs.readdirSync(dir)).toEqual(['study.terrain'])
  })
})

describe('terrain qdpx --import', () => {
  it('exits 2 on a zip bomb naming the limit, and leaves no file; an existing one untouched', () => {
    const bomb = qdpx({ 'project.qde': project(), [`sources/${SOURCE}.txt`]: new Uint8Array(8 * MB) }, 9)
    const dir = tempDir()
    const target = path.join(dir, 'new.terrain')
    const r = terrain(['qdpx', target, '--import', bomb, '--group-variable', ''])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`limit of ${MAX_ENTRY_RATIO} times`)
    expect(r.stderr).toContain(`sources/${SOURCE}.txt`)
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.readdirSync(dir)).toEqual([])

    const existing = createEngagementFile(path.join(dir, 'study.terrain'), { language: 'en', title: 'Study' })
    existing.close()
    const before = fileHash(existing.path)
    const over = terrain(['qdpx', existing.path, '--import', bomb, '--group-variable', ''])
    expect(over.code).toBe(2)
    expect(over.stderr).toContain('already exists')
    expect(fileHash(existing.path)).toBe(before)
    expect(fs.readdirSync(dir)).toEqual(['study.terrain'])
  })
})

describe('a hostile terrain/extras.json', () => {
  it('sets aside Terrain data that is not JSON, or not of the expected shape, and imports the project', () => {
    const shaped = (tables: unknown) =>
      JSON.stringify({
        format: 'terrain-qdpx-extras',
        version: 2,
        engagementId: '00000000-0000-4000-8000-000000000000',
        engagement: { language: 'fr', title: 'Hijacked' },
        tables,
      })
    const extras: [string | Uint8Array, string][] = [
      ['{ "format": "terrain-qdpx-extras", ', 'not JSON'],
      [shaped({ codes: [{ id: { $evil: 1 }, key: 'X' }] }), 'table codes is not of the expected shape'],
      [shaped({ guides: [{ id: 'g', name: ['a', 'b'] }] }), 'table guides is not of the expected shape'],
      [shaped({ codings: 'DROP TABLE codes' }), 'table codings is not of the expected shape'],
      [new Uint8Array([0x7b, 0xe9, 0x7d]), 'not valid UTF-8'],
    ]
    for (const [json, problem] of extras) {
      const { e, report } = imported(qdpx({ 'project.qde': project(), ...HELLO, 'terrain/extras.json': json }))
      expect(report.fromTerrain, problem).toBe(false)
      expect(report.notices).toContainEqual({ key: 'rowsSetAside', params: { problem } })
      expect(noticeKeys(report)).not.toContain('rowsLeftOut')
      // Nothing of it half used: the consultant's language, the project's name.
      expect(e.info.get()).toMatchObject({ language: 'en', title: 'P' })
      expect(documents(e)).toEqual([{ title: 'One', text: 'Hello world' }])
      expect(codingTexts(e)).toEqual(['Hello'])
    }
  })
})
