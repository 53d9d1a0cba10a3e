import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { searchDocuments } from '../../electron/core/search/search-documents'
import { codeSearchHits } from '../../electron/core/search/code-hits'
import { tempDir, tempEngagement, track } from '../helpers/temp-engagement'

/** A small French engagement: two respondents, three answers and an interviewer's note. */
function engagement() {
  const e = tempEngagement('fr')
  const r1 = e.respondents.add({ code: 'R01', group: 'employee' })
  const r2 = e.respondents.add({ code: 'M01', group: 'manager' })
  const q = e.guides.list()[0]!.questions.find((x) => x.type === 'open')!
  const a = e.documents.add({
    kind: 'answer',
    respondentId: r1.id,
    questionId: q.id,
    text: '😀 Super.\r\nL’élève apprend. M. Durand aide les élèves. Fin.',
  })
  const b = e.documents.add({ kind: 'answer', respondentId: r2.id, questionId: q.id, text: 'Un ELEVE sans accent.' })
  const c = e.documents.add({ kind: 'transcript', respondentId: r2.id, text: 'Rien à voir ici.' })
  e.documents.add({ kind: 'notes', respondentId: r2.id, text: 'élève dans une note privée' })
  const find = e.codebook.codeByKey('OUT.FIND')!
  const other = e.codebook.codes().find((x) => x.key !== find.key)!
  return { e, a, b, c, find, other }
}

describe('full-text search', () => {
  it('finds accented words without accents, in any case, with exact offsets and who said them', () => {
    const { e, a, b } = engagement()
    for (const query of ['eleve', 'ELEVE', 'élève']) {
      const r = searchDocuments(e, { query })
      expect(r.total, query).toBe(2)
      expect(r.hits.map((h) => [h.documentId, h.text])).toEqual([
        [b.id, 'ELEVE'],
        [a.id, 'élève'],
      ])
    }
    const hit = searchDocuments(e, { query: 'eleve' }).hits[1]!
    expect(a.text.slice(hit.start, hit.end)).toBe('élève')
    expect(hit).toMatchObject({
      respondentCode: 'R01',
      group: 'employee',
      kind: 'answer',
      after: ' apprend. M. Durand aide les élèves. Fin.',
      before: '😀 Super.  L’',
    })
  })

  it('finds prefixes and phrases, counts every hit, and lists at most the limit', () => {
    const { e } = engagement()
    expect(searchDocuments(e, { query: 'elev*' })).toMatchObject({ total: 3, documents: 2 })
    expect(searchDocuments(e, { query: '"eleve sans accent"' }).hits.map((h) => h.text)).toEqual(['ELEVE sans accent'])
    expect(searchDocuments(e, { query: 'elev*', limit: 1 })).toMatchObject({ total: 3, hits: [expect.anything()] })
    expect(searchDocuments(e, { query: 'voir' }).hits.map((h) => h.kind)).toEqual(['transcript'])
  })

  it('finds a word written with or without its ligature', () => {
    const { e } = engagement()
    const d = e.documents.add({ kind: 'answer', text: 'Le cœur du métier, le coeur aussi.' })
    for (const query of ['coeur', 'cœur', 'CŒUR'])
      expect(searchDocuments(e, { query }).hits.map((h) => h.text)).toEqual(['cœur', 'coeur'])
    expect(searchDocuments(e, { query: 'coeur' }).hits[0]!.documentId).toBe(d.id)
  })

  it('never reads the interviewer’s notes, nor user text as FTS5 syntax', () => {
    const { e } = engagement()
    expect(searchDocuments(e, { query: 'privee' }).total).toBe(0)
    expect(searchDocuments(e, { query: '"; DROP TABLE documents; -- NEAR(' }).total).toBe(0)
    expect(searchDocuments(e, { query: '***' }).total).toBe(0)
  })
})

describe('code all hits', () => {
  it('codes every hit as one action that undo takes back exactly and redo puts back', () => {
    const { e, a, b, find, other } = engagement()
    const before = e.codings.ofDocument(a.id)
    const r = codeSearchHits(e, { query: 'elev*', scope: 'match', codeIds: [find.id, other.id] })
    expect(r).toMatchObject({ spans: 3, codings: 6, history: { undo: { action: 'codeHits', count: 6 } } })
    const coded = (id: string) => e.codings.ofDocument(id).map((c) => c.text)
    expect(coded(a.id).sort()).toEqual(['élève', 'élève', 'élèves', 'élèves'])
    const ids = [...e.codings.ofDocument(a.id), ...e.codings.ofDocument(b.id)].map((c) => c.id).sort()

    e.history.undo()
    expect(e.codings.ofDocument(a.id)).toEqual(before)
    expect(e.codings.ofDocument(b.id)).toEqual([])
    e.history.redo()
    expect([...e.codings.ofDocument(a.id), ...e.codings.ofDocument(b.id)].map((c) => c.id).sort()).toEqual(ids)
  })

  it('codes the sentence around each hit once, when asked', () => {
    const { e, a, find } = engagement()
    codeSearchHits(e, { query: 'eleve eleves', scope: 'sentence', codeIds: [find.id] })
    expect(e.codings.ofDocument(a.id).map((c) => c.text)).toEqual(['L’élève apprend.', 'M. Durand aide les élèves.'])
    // Coding the same hits again adds nothing and no undo step.
    expect(codeSearchHits(e, { query: 'eleve eleves', scope: 'sentence', codeIds: [find.id] }).codings).toBe(0)
    expect(e.history.state().undo).toMatchObject({ action: 'codeHits', count: 2 })
  })
})

describe('search on the demo engagement', () => {
  let demo: Engagement
  beforeAll(() => {
    demo = buildDemo(path.join(tempDir(), 'demo.terrain'), 'fr')
  }, 60_000)

  it('finds “réseau” from “reseau”, every hit on the accented word, quickly', () => {
    track(demo)
    const t0 = performance.now()
    const r = searchDocuments(demo, { query: 'reseau' })
    const ms = performance.now() - t0
    expect(r.total).toBeGreaterThan(20)
    for (const h of r.hits) {
      expect(h.text.toLowerCase()).toBe('réseau')
      expect(demo.documents.get(h.documentId)!.text.slice(h.start, h.end)).toBe(h.text)
    }
    expect(ms).toBeLessThan(500)
  })
})
