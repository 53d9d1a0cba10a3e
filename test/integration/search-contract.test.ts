import { describe, expect, it } from 'vitest'
import type { AutocodePreview, BulkCodingResult, SearchResult } from '../../shared/api/search'
import type { HistoryStep } from '../../shared/api/coding'
import { contractSession } from '../helpers/contract-session'

/** One answer with "élève" twice, and the id of a code, in an engagement driven through the contract. */
async function session() {
  const s = await contractSession()
  const e = s.session.requireEngagement()
  const r = e.respondents.add({ code: 'R01', group: 'employee' })
  e.documents.add({ kind: 'answer', respondentId: r.id, text: 'Un élève. Deux élèves ? Un autre élève.' })
  return { ...s, e, codeId: e.codebook.codes()[0]!.id }
}

describe('search and autocoding through the contract', () => {
  it('searches, codes all hits, and undoes them as one step', async () => {
    const { run, codeId, e } = await session()
    const found = await run<SearchResult>('search.run', { query: '  ELEVE ' })
    expect(found).toMatchObject({ total: 2, documents: 1 })
    const coded = await run<BulkCodingResult>('search.codeHits', { query: 'eleve', scope: 'match', codeIds: [codeId] })
    expect(coded).toMatchObject({ spans: 2, codings: 2, history: { undo: { action: 'codeHits', count: 2 } } })
    const step = await run<HistoryStep>('codings.undo', {})
    expect(step.label).toMatchObject({ action: 'codeHits', count: 2 })
    expect(e.db.prepare('SELECT count(*) AS n FROM codings').get()).toEqual({ n: 0 })
  })

  it('previews and applies autocoding, and refuses a bad pattern with a message that says why', async () => {
    const { run, refused, codeId } = await session()
    const input = { matcher: { kind: 'regex', pattern: 'élèves?' }, scope: 'sentence', codeIds: [codeId] }
    const preview = await run<AutocodePreview>('autocode.preview', input)
    expect(preview.spans.map((s) => s.text)).toEqual(['Un élève.', 'Deux élèves ?', 'Un autre élève.'])
    expect(await run<BulkCodingResult>('autocode.apply', input)).toMatchObject({ spans: 3, codings: 3 })
    const bad = await refused('autocode.preview', { ...input, matcher: { kind: 'regex', pattern: '(\\w+)*x' } })
    expect(bad).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/repeated group contains a repeat/),
    })
    expect(await refused('search.run', { query: '   ' })).toMatchObject({ code: 'INVALID_INPUT' })
    expect(await refused('autocode.apply', { ...input, matcher: { kind: 'keywords', keywords: [] } })).toMatchObject({
      code: 'INVALID_INPUT',
    })
  })
})
