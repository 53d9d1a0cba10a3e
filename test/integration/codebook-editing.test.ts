import { describe, expect, it } from 'vitest'
import type { Code, Codebook } from '../../shared/domain/codebook'
import type { CreateCodeInput, DeleteImpact, MergeResult } from '../../shared/api/codebook'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { mergeCodes } from '../../electron/core/codebook/merge-codes'
import { deleteCode, deleteImpact } from '../../electron/core/codebook/delete-code'
import { moveCode } from '../../electron/core/codebook/move-code'
import { editDocument } from '../../electron/core/coding/edit-document'
import { fileHash, tempEngagement } from '../helpers/temp-engagement'
import { contractSession } from '../helpers/contract-session'

const TEXT = 'Je veux des outils simples. Les réunions durent trop. On ne trouve jamais le bon document.'
const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length })

const fields = (en: string): Omit<CreateCodeInput, 'familyId' | 'parentId'> => ({
  name: { fr: '', en },
  definition: { fr: 'Définition', en: 'Definition' },
  include: { fr: 'réunions', en: 'meetings' },
  exclude: { fr: '', en: '' },
  example: { fr: '', en: '' },
  color: '#336699',
  shortcut: null,
  diagnosis: { pragmatism: null, idealism: null },
})

/** An engagement driven through the contract, with its codebook at hand. */
async function codebook() {
  const s = await contractSession('codebook.terrain')
  const read = () => s.run<Codebook>('codebook.get')
  const { families } = await read()
  const out = families.find((f) => f.key === 'OUT')!
  const code = async (key: string) => (await read()).codes.find((c) => c.key === key)!
  return { ...s, read, out, code, families }
}

/** A coded answer: a document with codings of the given codes on fixed words. */
function codedAnswer() {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  const q = e.guides
    .list()
    .flatMap((g) => g.questions)
    .find((x) => x.stance === 'SELF' && x.type === 'open')!
  const d = e.documents.add({ kind: 'answer', respondentId: r.id, questionId: q.id, text: TEXT })
  const eff = e.codebook.codeByKey('OUT.EFF')!
  const find = e.codebook.codeByKey('OUT.FIND')!
  return { e, d, eff, find }
}

describe('creating codes', () => {
  it('creates a code with a made-up key, then a sub-code under it, each last among its siblings', async () => {
    const s = await codebook()
    const made = await s.run<Code>('codebook.createCode', {
      ...fields('Meetings that waste time'),
      familyId: s.out.id,
      parentId: null,
      shortcut: 'Q',
      diagnosis: { pragmatism: 'pragmatic', idealism: null },
    })
    expect(made).toMatchObject({
      key: 'OUT.MEETINGS',
      shortcut: 'q',
      familyId: s.out.id,
      parentId: null,
      // A name in one language is used in both.
      name: { fr: 'Meetings that waste time', en: 'Meetings that waste time' },
      diagnosis: { pragmatism: 'pragmatic', idealism: null },
    })
    const sub = await s.run<Code>('codebook.createCode', {
      ...fields('Réunions sans ordre du jour'),
      familyId: s.out.id,
      parentId: made.id,
      key: 'OUT.MEETINGS.AGENDA',
    })
    expect(sub).toMatchObject({ key: 'OUT.MEETINGS.AGENDA', parentId: made.id, familyId: s.out.id })
    const { codes } = await s.read()
    const out = codes.filter((c) => c.familyId === s.out.id)
    // Tree order: the family's codes, then the new one, then its sub-code; positions 0..n-1 overall.
    expect(out.slice(-2).map((c) => c.key)).toEqual(['OUT.MEETINGS', 'OUT.MEETINGS.AGENDA'])
    expect(codes.map((c) => c.position)).toEqual(codes.map((_, i) => i))
    // A second code with the same name gets a key of its own.
    const twin = await s.run<Code>('codebook.createCode', {
      ...fields('Meetings again'),
      familyId: s.out.id,
      parentId: null,
    })
    expect(twin.key).toBe('OUT.MEETINGS2')
  })

  it('refuses a taken key, a taken shortcut, a bad colour and unknown ids, writing nothing', async () => {
    const s = await codebook()
    const hash = fileHash(s.file)
    const base = { ...fields('New code'), familyId: s.out.id, parentId: null }
    expect(await s.refused('codebook.createCode', { ...base, key: 'out.find' })).toMatchObject({
      code: 'CONFLICT',
      subject: 'out.find',
    })
    const one = await s.code('OUT.EFF')
    expect(await s.refused('codebook.createCode', { ...base, shortcut: one.shortcut })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('OUT.EFF'),
    })
    expect((await s.refused('codebook.createCode', { ...base, shortcut: '0' })).code).toBe('INVALID_INPUT')
    expect((await s.refused('codebook.createCode', { ...base, color: 'green' })).code).toBe('INVALID_INPUT')
    expect((await s.refused('codebook.createCode', { ...base, name: { fr: ' ', en: '' } })).code).toBe('INVALID_INPUT')
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await s.refused('codebook.createCode', { ...base, familyId: unknown })).code).toBe('NOT_FOUND')
    expect((await s.refused('codebook.createCode', { ...base, parentId: unknown })).code).toBe('NOT_FOUND')
    // A parent in another family.
    const bel = await s.code('APP.BEL')
    expect((await s.refused('codebook.createCode', { ...base, parentId: bel.id })).code).toBe('CONFLICT')
    s.session.close()
    expect(fileHash(s.file)).toBe(hash)
  })
})

describe('updating codes', () => {
  it('renames, recolours, redefines and changes a shortcut and roles; a default key stays', async () => {
    const s = await codebook()
    const find = await s.code('OUT.FIND')
    const updated = await s.run<Code>('codebook.updateCode', {
      codeId: find.id,
      name: { fr: 'Trouver', en: 'Finding' },
      color: '#aa0000',
      shortcut: 'z',
      include: { fr: 'recherche, annuaires', en: 'search, directories' },
      diagnosis: { pragmatism: null, idealism: 'pragmatic' },
    })
    expect(updated).toMatchObject({
      key: 'OUT.FIND',
      name: { fr: 'Trouver', en: 'Finding' },
      color: '#AA0000',
      shortcut: 'z',
      include: { fr: 'recherche, annuaires', en: 'search, directories' },
      definition: find.definition,
      diagnosis: { pragmatism: null, idealism: 'pragmatic' },
    })
    expect(await s.refused('codebook.updateCode', { codeId: find.id, key: 'OUT.SEARCH' })).toMatchObject({
      code: 'FORBIDDEN',
      subject: 'OUT.FIND',
    })
    // A consultant's own code may change key while it stays unique.
    const own = await s.run<Code>('codebook.createCode', { ...fields('Meetings'), familyId: s.out.id, parentId: null })
    expect((await s.run<Code>('codebook.updateCode', { codeId: own.id, key: 'OUT.MEET' })).key).toBe('OUT.MEET')
    expect((await s.refused('codebook.updateCode', { codeId: own.id, key: 'OUT.EFF' })).code).toBe('CONFLICT')
    expect((await s.refused('codebook.updateCode', { codeId: own.id, shortcut: 'z' })).code).toBe('CONFLICT')
    // Clearing a shortcut frees it for another code.
    await s.run('codebook.updateCode', { codeId: find.id, shortcut: null })
    expect((await s.run<Code>('codebook.updateCode', { codeId: own.id, shortcut: 'z' })).shortcut).toBe('z')
  })
})

describe('moving codes', () => {
  it('nests a code, moves it to another family with its sub-codes, reorders, and refuses a cycle', async () => {
    const s = await codebook()
    const eff = await s.code('OUT.EFF')
    const find = await s.code('OUT.FIND')
    await s.run('codebook.moveCode', { codeId: find.id, familyId: s.out.id, parentId: eff.id })
    expect(await s.code('OUT.FIND')).toMatchObject({ parentId: eff.id, familyId: s.out.id })
    const hash = fileHash(s.file)
    expect(
      await s.refused('codebook.moveCode', { codeId: eff.id, familyId: s.out.id, parentId: find.id }),
    ).toMatchObject({ code: 'CONFLICT', subject: 'OUT.FIND' })
    expect((await s.refused('codebook.moveCode', { codeId: eff.id, familyId: s.out.id, parentId: eff.id })).code).toBe(
      'CONFLICT',
    )
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await s.refused('codebook.moveCode', { codeId: unknown, familyId: s.out.id, parentId: null })).code).toBe(
      'NOT_FOUND',
    )
    expect(fileHash(s.file)).toBe(hash)

    const app = s.families.find((f) => f.key === 'APP')!
    await s.run('codebook.moveCode', { codeId: eff.id, familyId: app.id, parentId: null, index: 0 })
    const { codes } = await s.read()
    const inApp = codes.filter((c) => c.familyId === app.id)
    expect(inApp.slice(0, 2).map((c) => c.key)).toEqual(['OUT.EFF', 'OUT.FIND'])
    expect(codes.find((c) => c.key === 'OUT.FIND')!.parentId).toBe(eff.id)

    // Up one among the top-level codes of APP: the second becomes first.
    const top = codes.filter((c) => c.familyId === app.id && c.parentId === null)
    await s.run('codebook.moveCode', { codeId: top[1]!.id, familyId: app.id, parentId: null, index: 0 })
    const after = (await s.read()).codes.filter((c) => c.familyId === app.id && c.parentId === null)
    expect(after.map((c) => c.key)).toEqual([top[1]!.key, top[0]!.key, ...top.slice(2).map((c) => c.key)])
  })

  it('moves a code to top level again', () => {
    const { e, eff, find } = codedAnswer()
    moveCode(e, { codeId: find.id, familyId: eff.familyId!, parentId: eff.id })
    moveCode(e, { codeId: find.id, familyId: eff.familyId!, parentId: null })
    expect(e.codebook.code(find.id)!.parentId).toBeNull()
  })
})

describe('merging codes', () => {
  it('moves codings and sub-codes to the target, drops duplicates, and undoes and redoes it', () => {
    const { e, d, eff, find } = codedAnswer()
    applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [eff.id, find.id] })
    const other = e.coders.add('Second coder')
    applyCoding(e, { documentId: d.id, ...span('le bon document'), codeIds: [eff.id] })
    applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [eff.id], coderId: other.id })
    const sub = e.codebook.codeByKey('OUT.FLOW')!
    moveCode(e, { codeId: sub.id, familyId: eff.familyId!, parentId: eff.id })
    const dup = e.codings
      .ofCode(eff.id)
      .find((c) => c.start === span('des outils simples').start && c.coderId !== other.id)!
    const collective = e.collectives.add({ name: 'Réseau qualité', label: 'community', criteria: [1, 1, 1, 1, 1] })
    e.collectives.linkEvidence(collective.id, dup.id)
    e.memos.add({ subjectType: 'code', subjectId: eff.id, title: 'Note', body: 'À revoir', authorId: null })
    const before = e.codebook.codes()

    const result: MergeResult = mergeCodes(e, eff.id, find.id)
    expect(result).toEqual({ moved: 2, dropped: 1, children: 1 })
    expect(e.codebook.code(eff.id)).toBeUndefined()
    expect(e.codings.ofCode(find.id)).toHaveLength(3)
    expect(e.codebook.code(sub.id)!.parentId).toBe(find.id)
    // The kept twin carries the evidence of the dropped coding; the memo follows the code.
    const twin = e.codings.findSame({ ...dup, codeId: find.id })!
    expect(e.collectives.get(collective.id)!.evidenceCodingIds).toEqual([twin.id])
    expect(e.memos.of('code', find.id)).toHaveLength(1)
    expect(e.history.state().undo).toMatchObject({ action: 'mergeCodes', count: 3 })

    e.history.undo()
    expect(e.codebook.codes()).toEqual(before.map((c) => expect.objectContaining({ ...c, position: c.position })))
    expect(e.codings.ofCode(eff.id)).toHaveLength(3)
    expect(e.codings.ofCode(find.id)).toHaveLength(1)
    expect(e.codings.get(dup.id)).toBeDefined()
    expect(e.collectives.get(collective.id)!.evidenceCodingIds).toEqual([dup.id])
    expect(e.memos.of('code', eff.id)).toHaveLength(1)
    expect(e.codebook.code(sub.id)!.parentId).toBe(eff.id)

    e.history.redo()
    expect(e.codebook.code(eff.id)).toBeUndefined()
    expect(e.codings.ofCode(find.id)).toHaveLength(3)
    expect(e.codebook.code(sub.id)!.parentId).toBe(find.id)
  })

  it('refuses a merge into itself or into its own sub-code, writing nothing', async () => {
    const s = await codebook()
    const eff = await s.code('OUT.EFF')
    const find = await s.code('OUT.FIND')
    await s.run('codebook.moveCode', { codeId: find.id, familyId: s.out.id, parentId: eff.id })
    const hash = fileHash(s.file)
    expect((await s.refused('codebook.mergeCodes', { sourceId: eff.id, targetId: eff.id })).code).toBe('CONFLICT')
    expect(await s.refused('codebook.mergeCodes', { sourceId: eff.id, targetId: find.id })).toMatchObject({
      code: 'CONFLICT',
      subject: 'OUT.FIND',
    })
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await s.refused('codebook.mergeCodes', { sourceId: unknown, targetId: find.id })).code).toBe('NOT_FOUND')
    expect(fileHash(s.file)).toBe(hash)
    expect(s.session.requireEngagement().history.state().undo).toBeNull()
  })
})

describe('deleting codes', () => {
  it('counts what goes with a code, then deletes it all in one go', () => {
    const { e, d, eff, find } = codedAnswer()
    const sub = e.codebook.codeByKey('OUT.FLOW')!
    moveCode(e, { codeId: sub.id, familyId: eff.familyId!, parentId: eff.id })
    const [a] = applyCoding(e, { documentId: d.id, ...span('des outils simples'), codeIds: [eff.id] })
    const [b] = applyCoding(e, { documentId: d.id, ...span('Les réunions'), codeIds: [sub.id] })
    applyCoding(e, { documentId: d.id, ...span('le bon document'), codeIds: [find.id, sub.id] })
    const collective = e.collectives.add({ name: 'Projet X', label: 'project', criteria: [0, 0, 0, 0, 0] })
    e.collectives.linkEvidence(collective.id, a!.id)
    // One pick quotes words only OUT.EFF codes; the other's words stay coded by OUT.FIND.
    e.reportChoices.setVerbatims('pragmatism', [
      { documentId: d.id, ...span('des outils simples') },
      { documentId: d.id, ...span('le bon document') },
    ])
    e.memos.add({ subjectType: 'code', subjectId: sub.id, title: '', body: 'flux', authorId: null })

    const impact: DeleteImpact = deleteImpact(e, eff.id)
    expect(impact).toEqual({
      key: 'OUT.EFF',
      subCodes: 1,
      codings: 3,
      collectiveEvidence: 1,
      reportPicks: 1,
      memos: 1,
    })
    expect(e.codebook.code(eff.id)).toBeDefined()

    expect(deleteCode(e, eff.id)).toEqual(impact)
    expect(e.codebook.code(eff.id)).toBeUndefined()
    expect(e.codebook.code(sub.id)).toBeUndefined()
    expect(e.codings.get(b!.id)).toBeUndefined()
    expect(e.codings.ofDocument(d.id).map((c) => c.codeId)).toEqual([find.id])
    expect(e.collectives.get(collective.id)!.evidenceCodingIds).toEqual([])
    expect(e.reportChoices.verbatims()['pragmatism']).toEqual([{ documentId: d.id, ...span('le bon document') }])
    const codes = e.codebook.codes()
    expect(codes.map((c) => c.position)).toEqual(codes.map((_, i) => i))
  })

  it('refuses an unknown code, writing nothing', async () => {
    const s = await codebook()
    const hash = fileHash(s.file)
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await s.refused('codebook.deleteImpact', { codeId: unknown })).code).toBe('NOT_FOUND')
    expect((await s.refused('codebook.deleteCode', { codeId: unknown })).code).toBe('NOT_FOUND')
    s.session.close()
    expect(fileHash(s.file)).toBe(hash)
  })
})

describe('families', () => {
  it('creates, renames and recolours a family, and refuses a taken key', async () => {
    const s = await codebook()
    const made = await s.run<Codebook['families'][number]>('codebook.createFamily', {
      name: { fr: 'Réunions et rituels', en: '' },
      color: '#6a1b9a',
    })
    expect(made).toMatchObject({ key: 'REUNIONS', color: '#6A1B9A', position: s.families.length })
    const renamed = await s.run<Codebook['families'][number]>('codebook.updateFamily', {
      familyId: made.id,
      name: { fr: 'Rituels', en: 'Rituals' },
      color: '#123456',
    })
    expect(renamed).toMatchObject({ key: 'REUNIONS', name: { fr: 'Rituels', en: 'Rituals' }, color: '#123456' })
    const code = await s.run<Code>('codebook.createCode', { ...fields('Stand-up'), familyId: made.id, parentId: null })
    expect(code.key).toBe('REUNIONS.STAND')
    expect((await s.refused('codebook.createFamily', { key: 'out', name: made.name, color: '#000000' })).code).toBe(
      'CONFLICT',
    )
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect((await s.refused('codebook.updateFamily', { familyId: unknown, color: '#000000' })).code).toBe('NOT_FOUND')
  })
})

describe('a merge undone after its documents were edited', () => {
  it('puts each dropped coding back on its own words, not on an earlier look-alike', () => {
    const e = tempEngagement('en')
    const text = 'Find the expert quickly. Later: find the expert quickly.'
    const d = e.documents.add({ kind: 'answer', text })
    const coder = e.coders.add('Claire Dambrine')
    const [a, b] = [e.codebook.codeByKey('OUT.FIND')!, e.codebook.codeByKey('OUT.EFF')!]
    const at = text.lastIndexOf('find the expert')
    const span = { documentId: d.id, start: at, end: at + 'find the expert'.length, coderId: coder.id }
    const common = { stance: 'SELF', target: null, valence: '0', intensity: null } as const
    e.codings.add({ ...span, ...common, codeId: a.id })
    const twin = e.codings.add({ ...span, ...common, codeId: b.id })
    mergeCodes(e, b.id, a.id)
    expect(e.codings.get(twin.id)).toBeUndefined()
    editDocument(e, d.id, [{ from: 0, to: 0, insert: 'Well. ' }])
    e.history.undo()
    expect(e.codings.get(twin.id)).toMatchObject({ start: at + 6, text: 'find the expert', needsReview: false })
  })
})
