import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyAutocode, previewAutocode } from '../../electron/core/search/autocode'
import { guardedPatternMatches } from '../../electron/core/search/guarded-pattern-matches'
import type { AutocodeInput } from '../../shared/api/search'
import { fileHash, tempEngagement } from '../helpers/temp-engagement'

function engagement() {
  const e = tempEngagement('fr')
  const emp = e.respondents.add({ code: 'R01', group: 'employee' })
  const man = e.respondents.add({ code: 'M01', group: 'manager' })
  const [q1, q2] = e.guides.list()[0]!.questions.filter((x) => x.type === 'open')
  const a = e.documents.add({
    kind: 'answer',
    respondentId: emp.id,
    questionId: q1!.id,
    text: 'Le réseau aide. M. Durand dit « le Réseau ? Jamais. » Puis il part.\nLe télétravail aussi.',
  })
  const b = e.documents.add({ kind: 'answer', respondentId: man.id, questionId: q2!.id, text: 'Mon réseau est loin.' })
  const t = e.documents.add({ kind: 'transcript', respondentId: man.id, text: 'Le reseau, encore.' })
  e.coders.add('Camille')
  const find = e.codebook.codeByKey('OUT.FIND')!
  return { e, a, b, t, q1: q1!, find }
}

const keywords = (codeId: string, extra: Partial<AutocodeInput> = {}): AutocodeInput => ({
  matcher: { kind: 'keywords', keywords: ['reseau', 'teletravail'] },
  scope: 'match',
  codeIds: [codeId],
  ...extra,
})

describe('autocoding', () => {
  it('previews without writing anything, and applies exactly what it previewed', async () => {
    const { e, find } = engagement()
    e.db.pragma('wal_checkpoint(TRUNCATE)')
    const hash = fileHash(e.path)
    const walSize = fs.statSync(`${e.path}-wal`).size
    const preview = await previewAutocode(e, keywords(find.id))
    expect(preview).toMatchObject({ total: 5, documents: 3, skipped: 0, capped: false })
    expect(preview.spans.map((s) => s.text)).toEqual(['réseau', 'reseau', 'réseau', 'Réseau', 'télétravail'])
    expect(fileHash(e.path)).toBe(hash)
    expect(fs.statSync(`${e.path}-wal`).size).toBe(walSize)
    expect(e.history.state().undo).toBeNull()

    const applied = await applyAutocode(e, keywords(find.id))
    expect(applied).toMatchObject({ spans: 5, codings: 5, history: { undo: { action: 'autocode', count: 5 } } })
    const coded = e.db.prepare('SELECT document_id AS documentId, start, end FROM codings ORDER BY rowid').all() as {
      documentId: string
      start: number
      end: number
    }[]
    expect(coded).toEqual(preview.spans.map(({ documentId, start, end }) => ({ documentId, start, end })))
  })

  it('skips what the coder already coded with the code, and undo and redo the whole action', async () => {
    const { e, a, find } = engagement()
    await applyAutocode(e, keywords(find.id, { documentKind: 'transcript' }))
    expect(await previewAutocode(e, keywords(find.id))).toMatchObject({ total: 4, skipped: 1 })
    await applyAutocode(e, keywords(find.id))
    const all = e.codings.ofDocument(a.id).map((c) => c.id)
    e.history.undo()
    expect(e.codings.ofDocument(a.id)).toEqual([])
    expect(e.history.state().undo).toMatchObject({ action: 'autocode', count: 1 })
    e.history.redo()
    expect(e.codings.ofDocument(a.id).map((c) => c.id)).toEqual(all)
  })

  it('codes whole sentences, French quotes and abbreviations kept whole, or whole answers', async () => {
    const { e, a, find } = engagement()
    const regex = (scope: AutocodeInput['scope']): AutocodeInput => ({
      matcher: { kind: 'regex', pattern: 'r[ée]seau' },
      scope,
      codeIds: [find.id],
      documentKind: 'answer',
      group: 'employee',
    })
    const sentences = (await previewAutocode(e, regex('sentence'))).spans
    expect(sentences.map((s) => s.text)).toEqual(['Le réseau aide.', 'M. Durand dit « le Réseau ? Jamais. »'])
    // The words that matched are marked inside each sentence.
    expect(sentences.map((s) => s.marks.map((m) => s.text.slice(m.start, m.end)))).toEqual([['réseau'], ['Réseau']])
    const whole = await previewAutocode(e, regex('document'))
    expect(whole.spans).toHaveLength(1)
    expect(a.text.slice(whole.spans[0]!.start, whole.spans[0]!.end)).toBe(a.text)
  })

  it('restricts to one question, one group or one kind of document', async () => {
    const { e, b, t, q1, find } = engagement()
    expect((await previewAutocode(e, keywords(find.id, { questionId: q1.id }))).documents).toBe(1)
    expect((await previewAutocode(e, keywords(find.id, { group: 'manager' }))).spans.map((s) => s.documentId)).toEqual([
      b.id,
      t.id,
    ])
    expect((await previewAutocode(e, keywords(find.id, { documentKind: 'transcript' }))).total).toBe(1)
  })

  it('refuses an invalid or dangerous regular expression with a clear message, writing nothing', async () => {
    const { e, find } = engagement()
    const pattern = (p: string): AutocodeInput => ({
      matcher: { kind: 'regex', pattern: p },
      scope: 'match',
      codeIds: [find.id],
    })
    await expect(previewAutocode(e, pattern('r(eseau'))).rejects.toThrow(
      /regular expression is refused.*Unterminated group/,
    )
    await expect(applyAutocode(e, pattern('(\\w+\\s?)+$'))).rejects.toThrow(/repeated group contains a repeat/)
    await expect(applyAutocode(e, pattern('x?'))).rejects.toThrow(/matches an empty text/)
    expect(e.history.state().undo).toBeNull()
  })

  it('caps a pattern that matches everywhere', async () => {
    const { e, find } = engagement()
    e.documents.add({ kind: 'answer', text: 'a '.repeat(1_000) })
    const p = await previewAutocode(e, { matcher: { kind: 'regex', pattern: 'a' }, scope: 'match', codeIds: [find.id] })
    expect(p).toMatchObject({ capped: true })
    expect(p.total).toBeLessThanOrEqual(200 + 20)
  })
})

describe('a regular expression that runs without end', () => {
  it('is stopped in its worker after its time, and an ordinary one finds what it should', async () => {
    const slow = /(a|a)*$b/giu // exponential on the a's, past any static check: built here, not typed
    const t0 = Date.now()
    const out = await guardedPatternMatches(slow, [`${'a'.repeat(40)}!`], 10, 300)
    expect(out).toBeNull()
    expect(Date.now() - t0).toBeLessThan(5_000)
    // A pattern that is merely ordinary runs in the worker and finds what it should.
    expect(await guardedPatternMatches(/a{3}/giu, ['aaaaaa'], 10, 5_000)).toEqual([
      {
        spans: [
          { start: 0, end: 3 },
          { start: 3, end: 6 },
        ],
        capped: false,
      },
    ])
  })
})
