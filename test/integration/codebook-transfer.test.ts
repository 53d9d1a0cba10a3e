import { strToU8, zipSync } from 'fflate'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Code } from '../../shared/domain/codebook'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { exportCodebook } from '../../electron/core/codebook-transfer/export-codebook'
import { CodebookImportError, importCodebook } from '../../electron/core/codebook-transfer/import-codebook'
import { readXmlTree } from '../../electron/core/codebook-transfer/xml-tree'
import { fileHash, tempDir, tempEngagement } from '../helpers/temp-engagement'
import { terrainIdOf } from '../../electron/core/codebook-transfer/parse-qdc'
import { hasXmllint, INTEROP, validateQdc } from '../helpers/refi-codebook-schema'

const SAMPLE = path.join(INTEROP, 'samples/hand-authored-project.qde')

/** The source engagement of the round trips: the default codebook with a consultant's edits. */
function editedEngagement(lang: 'fr' | 'en'): Engagement {
  const e = tempEngagement(lang)
  const find = e.codebook.codeByKey('OUT.FIND')!
  e.codebook.addCode({
    ...find,
    key: 'OUT.FIND.EXPERT',
    parentId: find.id,
    name: { fr: 'Trouver l’expert « maison »', en: 'Finding the in-house expert' },
    definition: { fr: 'Savoir à qui s’adresser, sans détour.', en: 'Knowing whom to ask.' },
    include: { fr: 'annuaire, experts, «\u202fqui sait quoi\u202f»', en: 'directory, experts, “who knows what”' },
    exclude: { fr: '', en: 'finding a document (OUT.FIND)' },
    example: { fr: 'Je ne sais jamais qui connaît le dossier.', en: 'I never know who knows the file.' },
    color: '#1B5E20',
    shortcut: null,
    diagnosis: { pragmatism: null, idealism: null },
  })
  const bel = e.codebook.codeByKey('APP.BEL')!
  e.codebook.replaceCode({
    ...bel,
    name: { fr: 'Appartenance, être « en équipe »', en: 'Belonging & “team”' },
    color: '#AB47BC',
    defaultValence: '+',
  })
  e.codebook.addCode({
    ...bel,
    key: 'FREE.NOTE',
    familyId: null,
    name: { fr: 'Remarque hors grille', en: 'Off-grid remark' },
    shortcut: null,
  })
  return e
}

/** What a codebook exchange promises to carry, by key, in one language or both. */
function comparable(e: Engagement, langs: ('fr' | 'en')[] = ['fr', 'en']) {
  const cb = e.codebook.get()
  const keyOf = new Map(cb.codes.map((c) => [c.id, c.key]))
  const familyOf = new Map(cb.families.map((f) => [f.id, f.key]))
  const pick = (t: { fr: string; en: string }) => langs.map((l) => t[l])
  return Object.fromEntries(
    cb.codes.map((c: Code) => [
      c.key,
      {
        name: pick(c.name),
        definition: pick(c.definition),
        example: pick(c.example),
        include: pick(c.include),
        exclude: pick(c.exclude),
        defaultValence: c.defaultValence,
        color: c.color,
        parent: c.parentId ? keyOf.get(c.parentId) : null,
        family: c.familyId ? familyOf.get(c.familyId) : null,
      },
    ]),
  )
}

function refusal(e: Engagement, file: string): CodebookImportError {
  const before = e.codebook.get()
  try {
    importCodebook(e, file)
  } catch (err) {
    expect(err).toBeInstanceOf(CodebookImportError)
    // Nothing written.
    expect(e.codebook.get()).toEqual(before)
    return err as CodebookImportError
  }
  throw new Error(`${file} was accepted`)
}

const write = (name: string, text: string | Buffer): string => {
  const file = path.join(tempDir(), name)
  fs.writeFileSync(file, text)
  return file
}

describe('codebook round trips', () => {
  it('carries the whole codebook through Terrain JSON: keys, names, nesting, colours, rules, ids', () => {
    const source = editedEngagement('fr')
    const file = path.join(tempDir(), 'grille.json')
    expect(exportCodebook(source, file, 'json')).toMatchObject({ format: 'json', codes: 27, families: 8 })
    const text = fs.readFileSync(file, 'utf8')
    expect(text.charCodeAt(0)).toBe(0x7b)
    const json = JSON.parse(text)
    expect(json.families[0]).toMatchObject({ id: 'OUT', color: '#2E7D32', pole: 'pragmatic' })
    expect(json.families[0].codes.find((c: { key: string }) => c.key === 'OUT.FIND.EXPERT')).toMatchObject({
      parent: 'OUT.FIND',
      shortcut: null,
    })
    expect(json.codes.map((c: { key: string }) => c.key)).toEqual(['FREE.NOTE'])

    const target = tempEngagement('fr')
    const summary = importCodebook(target, file)
    expect(summary).toMatchObject({
      file: 'grille.json',
      format: 'json',
      codes: { added: 2, updated: 1, unchanged: 24 },
      families: { added: 0, updated: 0, unchanged: 8 },
      addedKeys: ['OUT.FIND.EXPERT', 'FREE.NOTE'],
    })
    expect(comparable(target)).toEqual(comparable(source))
    // The UUIDs travel, so that the two engagements agree when merged.
    expect(target.codebook.codeByKey('OUT.FIND.EXPERT')!.id).toBe(source.codebook.codeByKey('OUT.FIND.EXPERT')!.id)
    // A second import finds everything already there.
    expect(importCodebook(target, file).codes).toEqual({ added: 0, updated: 0, unchanged: 27 })
  })

  it('carries names, definitions, rules, nesting and colours of the engagement’s language through .qdc', () => {
    const source = editedEngagement('fr')
    const file = path.join(tempDir(), 'grille.qdc')
    exportCodebook(source, file, 'qdc', 'Terrain 0.1.0')
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 5)]).toEqual([...Buffer.from('<?xml')])
    const xml = bytes.toString('utf8')
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Terrain 0.1.0">')
    const out = source.codebook.codeByKey('OUT.EFF')!
    expect(xml).toContain(`name="Besoins opérationnels" isCodable="false" color="#2E7D32"`)
    expect(xml).toContain(`<Code guid="${out.id}" name="Outils simples et efficaces" isCodable="true"`)
    expect(xml).toMatch(/Inclure\s*: rapidité, simplicité/)
    expect(xml).toMatch(/Valence par défaut\s*: négative \(-\)/)

    const target = tempEngagement('fr')
    const summary = importCodebook(target, file)
    expect(summary.codes).toEqual({ added: 2, updated: 1, unchanged: 24 })
    expect(summary.addedKeys).toEqual(['OUT.FIND.EXPERT', 'FREE.NOTE'])
    expect(comparable(target, ['fr'])).toEqual(comparable(source, ['fr']))
    expect(importCodebook(target, file).codes).toEqual({ added: 0, updated: 0, unchanged: 27 })
  })

  it('exports a .qdc that validates against REFI-QDA’s schema (parsed for its structure without xmllint)', () => {
    const file = path.join(tempDir(), 'grille.qdc')
    exportCodebook(editedEngagement('en'), file, 'qdc')
    if (hasXmllint) {
      const r = validateQdc(file)
      expect(r.stderr).toContain('validates')
      expect(r.status).toBe(0)
      return
    }
    console.warn('xmllint is not installed: the .qdc is checked by parsing, not against the schema')
    const root = readXmlTree(fs.readFileSync(file, 'utf8'))
    expect(root).toMatchObject({ name: 'CodeBook', attrs: { xmlns: 'urn:QDA-XML:codebook:1.0' } })
    const families = root.children[0]!.children
    expect(families).toHaveLength(9)
    for (const f of families) expect(f.attrs).toMatchObject({ isCodable: expect.stringMatching(/^(true|false)$/) })
  })
})

describe('importing a REFI-QDA codebook from another tool', () => {
  it('recognises codes whose GUIDs are not RFC 4122 UUIDs (QualCoder) on a second import, and gives every engagement the same ids', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6"><Codes>
  <Code guid="30000000-0000-0000-0000-000000000001" name="Temps perdu" isCodable="true" color="#AA0000">
    <Code guid="30000000-0000-0000-0000-000000000002" name="Recherche d’information" isCodable="true"/>
  </Code>
  <Code guid="30000000-0000-0000-0000-000000000003" name="Entraide" isCodable="true"/>
</Codes></CodeBook>`
    const file = path.join(tempDir(), 'qualcoder.qdc')
    fs.writeFileSync(file, xml)
    const a = tempEngagement('fr')
    const before = a.codebook.get().codes.length
    expect(importCodebook(a, file)).toMatchObject({ codes: { added: 3, updated: 0 } })
    // Renamed in Terrain meanwhile: found again by its GUID, not by its name.
    const lost = a.codebook.get().codes.find((c) => c.name.fr === 'Temps perdu')!
    a.transaction(() => a.codebook.updateCode(lost.id, { name: { fr: 'Temps perdu (renommé)', en: 'Lost time' } }))
    expect(importCodebook(a, file)).toMatchObject({ codes: { added: 0 } })
    expect(a.codebook.get().codes.length).toBe(before + 3)
    const b = tempEngagement('en')
    importCodebook(b, file)
    const ids = (e: typeof a) => e.codebook.get().codes.map((c) => c.id)
    const imported = [
      '30000000-0000-0000-0000-000000000001',
      '30000000-0000-0000-0000-000000000002',
      '30000000-0000-0000-0000-000000000003',
    ].map(terrainIdOf)
    for (const e of [a, b]) for (const id of imported) expect(ids(e)).toContain(id)
  })

  it('reads the CodeBook of a project (.qde): categories become families, nesting is kept', () => {
    const e = tempEngagement('en')
    const summary = importCodebook(e, SAMPLE)
    expect(summary).toMatchObject({
      format: 'qdc',
      codes: { added: 3, updated: 0, unchanged: 0 },
      families: { added: 1 },
      addedKeys: ['TOPICS.HEALTH', 'TOPICS.DIET', 'TOPICS.WELLBEING'],
    })
    const topics = e.codebook.families().find((f) => f.key === 'TOPICS')!
    const health = e.codebook.codeByKey('TOPICS.HEALTH')!
    const diet = e.codebook.codeByKey('TOPICS.DIET')!
    // Its guid is not an RFC 4122 UUID: its id is derived from it, the same on every import.
    expect(health.id).not.toBe('20000000-0000-0000-0000-000000000002')
    expect(health.id).toBe(terrainIdOf('20000000-0000-0000-0000-000000000002'))
    expect(health).toMatchObject({
      familyId: topics.id,
      parentId: null,
      color: '#33CC33',
      name: { fr: 'Health', en: 'Health' },
      definition: { en: 'Anything about physical or mental health' },
      shortcut: null,
    })
    expect(diet).toMatchObject({ parentId: health.id, familyId: topics.id, color: '#DC0000' })
    expect(e.codebook.codes()).toHaveLength(28)
    expect(importCodebook(e, SAMPLE)).toMatchObject({ codes: { added: 0, updated: 0, unchanged: 3 } })
  })

  it('accepts a BOM, CRLF line ends, #RGB colours and a namespace variant', () => {
    const e = tempEngagement('en')
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\r\n<CodeBook xmlns="urn:QDA-XML:codebook:1:0">\r\n<Codes>\r\n' +
      '<Code guid="{0F8FAD5B-D9CB-469F-A165-70867728950E}" name="Santé" isCodable="true" color="#abc">' +
      '<Description>Line one\r\nline two</Description></Code>\r\n' +
      '<Code guid="aaaaaaaa-0000-0000-0000-000000000002" name="Santé" isCodable="true"/>\r\n</Codes></CodeBook>'
    const file = write('qualcoder.qdc', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]))
    const summary = importCodebook(e, file)
    // The second "Santé" is not the first one again: both are added, with unique keys.
    expect(summary.addedKeys).toEqual(['SANTE', 'SANTE-2'])
    expect(e.codebook.codeByKey('SANTE')).toMatchObject({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      color: '#AABBCC',
      definition: { en: 'Line one\nline two' },
      familyId: null,
    })
  })

  it('reads the codebook of a whole REFI-QDA project (.qdpx), and refuses an archive that holds none', () => {
    const project = fs.readFileSync(SAMPLE)
    const qdpx = path.join(tempDir(), 'projet.qdpx')
    fs.writeFileSync(qdpx, zipSync({ 'project.qde': new Uint8Array(project), 'sources/a.txt': strToU8('texte') }))
    const e = tempEngagement('en')
    expect(importCodebook(e, qdpx)).toMatchObject({ format: 'qdc', codes: { added: 3 }, families: { added: 1 } })
    const f = tempEngagement('en')
    importCodebook(f, SAMPLE)
    // The same codes, with the same ids, as from the project's .qde itself.
    const ids = (x: typeof e) => new Set(x.codebook.get().codes.map((c) => c.id))
    expect(ids(e)).toEqual(ids(f))
    const empty = path.join(tempDir(), 'vide.qdpx')
    fs.writeFileSync(empty, zipSync({ 'sources/a.txt': strToU8('texte') }))
    expect(refusal(e, empty).problems[0]).toMatchObject({ key: 'codebookTransfer.problem.noProject' })
    const notZip = path.join(tempDir(), 'faux.qdpx')
    fs.writeFileSync(notZip, 'not an archive at all, only text')
    expect(refusal(e, notZip).problems[0]).toMatchObject({ key: 'codebookTransfer.problem.notZip' })
  })

  it('updates a code it recognises by guid, or else by name, and never changes its key', () => {
    const e = tempEngagement('en')
    const find = e.codebook.codeByKey('OUT.FIND')!
    const eff = e.codebook.codeByKey('OUT.EFF')!
    const file = write(
      'edited.qdc',
      `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
        <Code guid="${find.id}" name="Finding answers" isCodable="true" color="#000000">
          <Description>Where things are.

Key: SOMETHING.ELSE</Description>
          <Code guid="bbbbbbbb-0000-0000-0000-000000000001" name="Simple, efficient tools" isCodable="true"/>
        </Code>
      </Codes></CodeBook>`,
    )
    expect(importCodebook(e, file).codes).toEqual({ added: 0, updated: 2, unchanged: 0 })
    expect(e.codebook.code(find.id)).toMatchObject({
      key: 'OUT.FIND',
      name: { en: 'Finding answers', fr: find.name.fr },
      definition: { en: 'Where things are.', fr: find.definition.fr },
      color: '#000000',
      familyId: find.familyId,
      shortcut: find.shortcut,
    })
    // Matched by its English name, nested as the file says, its key and diagnosis roles kept.
    expect(e.codebook.code(eff.id)).toMatchObject({ key: 'OUT.EFF', parentId: find.id, diagnosis: eff.diagnosis })
    expect(e.codebook.codes()).toHaveLength(25)
  })
})

describe('files that are refused, with nothing written', () => {
  const qdc = (codes: string, root = '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">') =>
    `<?xml version="1.0"?>\n${root}\n<Codes>\n${codes}\n</Codes>\n</${root.slice(1).split(/[\s>]/)[0]}>`
  const code = (attrs: string) => `<Code ${attrs}/>`
  const json = (codes: object[]) =>
    JSON.stringify({ id: 'x', name: { fr: 'x', en: 'x' }, families: [{ id: 'F', name: { fr: 'F', en: 'F' }, codes }] })
  const c = (key: string, extra: object = {}) => ({ key, name: { fr: key, en: key }, ...extra })
  const cases: [string, string, string, string | null, Record<string, unknown>?][] = [
    ['text that is not XML', 'notes.qdc', 'Just some notes', 'notXml'],
    ['XML without its end', 'cut.qdc', '<CodeBook><Codes><Code name="a" isCodable="true">', 'notXml'],
    ['another root element', 'other.qdc', '<Project2><Codes/></Project2>', 'wrongRoot', { root: 'Project2' }],
    ['another namespace', 'ns.qdc', qdc(code('name="a"'), '<CodeBook xmlns="http://example.com/x">'), 'wrongNamespace'],
    [
      'a codebook without codes',
      'empty.qdc',
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
      'noCodes',
    ],
    [
      'a code without a name',
      'noname.qdc',
      qdc(code('guid="aaaaaaaa-0000-0000-0000-000000000001" isCodable="true"')),
      'missingName',
      { line: 4 },
    ],
    [
      'a colour that is not one',
      'colour.qdc',
      qdc(code('name="a" isCodable="true" color="red"')),
      'badColour',
      { value: 'red' },
    ],
    ['a guid that is not one', 'guid.qdc', qdc(code('guid="12" name="a" isCodable="true"')), 'badGuid'],
    ['isCodable that is not a boolean', 'codable.qdc', qdc(code('name="a" isCodable="yes"')), 'badCodable'],
    ['a file that is not JSON', 'broken.json', '{ "families": [', 'notJson'],
    ['JSON of another shape', 'shape.json', JSON.stringify({ codes: [] }), 'jsonShape'],
    ['a key that is not one', 'key.json', json([c('bad key!')]), 'badKey'],
    ['a key given twice', 'twice.json', json([c('A'), c('A')]), 'duplicateKey'],
    ['a code without a name (JSON)', 'name.json', json([{ key: 'A', name: { fr: ' ', en: '' } }]), 'missingName'],
    ['an unknown parent', 'parent.json', json([c('A', { parent: 'NOWHERE' })]), 'unknownParent'],
    ['nesting in a circle', 'cycle.json', json([c('A', { parent: 'B' }), c('B', { parent: 'A' })]), 'cycle'],
    ['a colour that is not one (JSON)', 'colour.json', json([c('A', { color: '#12345' })]), 'badColour'],
    ['a file of another kind', 'codes.txt', 'OUT.FIND', 'unsupportedFile'],
  ]
  it.each(cases)('%s', (_, name, text, problem, params) => {
    const e = tempEngagement('en')
    const err = refusal(e, write(name, text))
    expect(err.file).toBe(name)
    expect(err.problems[0]).toMatchObject({ key: `codebookTransfer.problem.${problem}` })
    if (params) expect(err.problems[0]!.params).toMatchObject(params)
    expect(err.message.length).toBeGreaterThan(20)
  })

  it('lists every problem of a file by line', () => {
    const e = tempEngagement('en')
    const err = refusal(
      e,
      write(
        'many.qdc',
        qdc([code('name="" isCodable="true"'), code('name="b" isCodable="true" color="blue"')].join('\n')),
      ),
    )
    expect(err.problems.map((p) => [p.line, p.key])).toEqual([
      [4, 'codebookTransfer.problem.missingName'],
      [5, 'codebookTransfer.problem.badColour'],
    ])
  })

  it('refuses a missing file as FILE_MISSING', () => {
    expect(() => importCodebook(tempEngagement('en'), path.join(tempDir(), 'none.qdc'))).toThrow(
      expect.objectContaining({ code: 'FILE_MISSING' }),
    )
  })
})

describe('a JSON codebook with a bad shortcut or a key differing only by case', () => {
  it('is refused for the shortcut, and a key in another case matches the existing code', () => {
    const e = tempEngagement('en')
    const dir = tempDir()
    const exported = path.join(dir, 'codebook.json')
    exportCodebook(e, exported, 'json')
    const json = JSON.parse(fs.readFileSync(exported, 'utf8')) as {
      families: { codes: { key: string; shortcut?: string | null }[] }[]
    }
    json.families[0]!.codes[0]!.shortcut = 'Ctrl+Q'
    const bad = path.join(dir, 'bad.json')
    fs.writeFileSync(bad, JSON.stringify(json, null, 2))
    const before = fileHash(e.path)
    expect(() => importCodebook(e, bad)).toThrow()
    expect(fileHash(e.path)).toBe(before)

    json.families[0]!.codes[0]!.shortcut = null
    json.families[0]!.codes[0]!.key = json.families[0]!.codes[0]!.key.toLowerCase()
    const lower = path.join(dir, 'lower.json')
    fs.writeFileSync(lower, JSON.stringify(json, null, 2))
    const summary = importCodebook(e, lower)
    expect(summary.codes.added).toBe(0)
  })
})
