import { describe, expect, it } from 'vitest'
import { demoContractSession } from '../helpers/contract-session'
import { saidAround } from '../../shared/domain/said-around'
import type { CollectiveCard, EvidenceCandidate } from '../../shared/api/collectives'
import type { Dashboard } from '../../shared/api/diagnosis'

/** The demo engagement through the contract, with what the collective cards read and write. */
function demoSession() {
  const { session, run, refused } = demoContractSession()
  const e = () => session.requireEngagement()
  /** Every row the collective calls write, to show that a refusal wrote none. */
  const snapshot = () => ({
    collectives: e().db.prepare('SELECT * FROM collectives ORDER BY id').all(),
    evidence: e().db.prepare('SELECT * FROM collective_evidence ORDER BY collective_id, coding_id').all(),
    codings: e().db.prepare('SELECT count(*) FROM codings').pluck().get(),
  })
  const cards = () => run<CollectiveCard[]>('collectives.list')
  const card = async (name: string) => (await cards()).find((c) => c.name === name)!
  return { session, e, run, refused, snapshot, cards, card }
}

const UNKNOWN = '00000000-0000-4000-8000-000000000000'

describe('collective cards', () => {
  it('lists the demo’s collectives with their label, C1-C5, verdict, people and evidence', async () => {
    const { run, cards, e } = demoSession()
    const list = await cards()
    expect(list).toHaveLength(6)
    const experts = list.find((c) => c.name === 'Building Experts Community')!
    expect(experts).toMatchObject({
      label: 'community',
      criteria: [1, 1, 1, 1, 0],
      verdict: { score: 4, band: 'genuineCommunity', mislabel: null },
    })
    const claims = list.find((c) => c.name === 'Claims Quality Community')!
    expect(claims.verdict).toEqual({ score: 0, band: 'projectGroup', mislabel: 'projectGroupInDisguise' })

    const withEvidence = list.filter((c) => c.evidence.length > 0)
    expect(withEvidence.length).toBeGreaterThanOrEqual(3)
    for (const c of withEvidence) {
      expect(c.respondents).toBe(new Set(c.evidence.map((x) => x.respondentId)).size)
      for (const x of c.evidence) {
        expect(x.codeKey).toMatch(/^COL\./)
        expect(x.respondentCode).toMatch(/\S/)
        expect(x.group).toMatch(/employee|manager|leadership|customer|other/)
        expect(x.criterion).toBeNull()
        expect(e().documents.get(x.documentId)!.text.slice(x.start, x.end)).toBe(x.text)
      }
    }
    // The cards say what the diagnosis says.
    const { diagnosis } = await run<Dashboard>('diagnosis.dashboard')
    for (const item of diagnosis.collectives.items) {
      const c = list.find((x) => x.id === item.id)!
      expect(c.verdict).toEqual({ score: item.score, band: item.band, mislabel: item.mislabel })
      expect(c.evidence.map((x) => x.codingId).sort()).toEqual([...item.evidenceCodingIds].sort())
    }
  })

  it('creates, renames, relabels and annotates a collective, criteria unknown until set', async () => {
    const { run, e } = demoSession()
    const made = await run<CollectiveCard>('collectives.create', { name: '  Lean network ', label: 'other' })
    expect(made).toMatchObject({
      name: 'Lean network',
      label: 'other',
      criteria: [null, null, null, null, null],
      respondents: 0,
      evidence: [],
      verdict: { score: null, band: null, mislabel: null },
    })
    const renamed = await run<CollectiveCard>('collectives.update', {
      collectiveId: made.id,
      patch: { name: 'Lean Community', label: 'community', notes: 'Sponsored by the COO.' },
    })
    expect(renamed).toMatchObject({ name: 'Lean Community', label: 'community', notes: 'Sponsored by the COO.' })
    expect(e().collectives.get(made.id)).toMatchObject({ name: 'Lean Community', notes: 'Sponsored by the COO.' })
    // Its own name, in another case, is not someone else's.
    await run('collectives.update', { collectiveId: made.id, patch: { name: 'lean community' } })
  })

  it('sets each criterion to yes, no or unknown, and the verdict follows as the diagnosis reads it', async () => {
    const { run, e } = demoSession()
    const c = await run<CollectiveCard>('collectives.create', { name: 'Safety circle', label: 'community' })
    let after = c
    for (const criterion of [1, 2, 3, 4, 5]) {
      after = await run<CollectiveCard>('collectives.setCriterion', { collectiveId: c.id, criterion, value: 0 })
    }
    expect(after.verdict).toEqual({ score: 0, band: 'projectGroup', mislabel: 'projectGroupInDisguise' })
    after = await run<CollectiveCard>('collectives.setCriterion', { collectiveId: c.id, criterion: 3, value: 1 })
    expect(after.criteria).toEqual([0, 0, 1, 0, 0])
    after = await run<CollectiveCard>('collectives.setCriterion', { collectiveId: c.id, criterion: 5, value: null })
    expect(after.criteria).toEqual([0, 0, 1, 0, null])
    expect(after.verdict.score).toBeNull()
    expect(e().collectives.get(c.id)!.criteria).toEqual([0, 0, 1, 0, null])
    const { diagnosis } = await run<Dashboard>('diagnosis.dashboard')
    expect(diagnosis.collectives.items.find((x) => x.id === c.id)).toMatchObject({ score: null, band: null })
  })

  it('links a coding, says which criterion it bears on, and unlinks it; the coding stays', async () => {
    const { run, card, e } = demoSession()
    const claims = await card('Claims Quality Community')
    const [first] = claims.evidence
    let after = await run<CollectiveCard>('collectives.unlinkEvidence', {
      collectiveId: claims.id,
      codingId: first!.codingId,
    })
    expect(after.evidence.map((x) => x.codingId)).not.toContain(first!.codingId)
    expect(e().codings.get(first!.codingId)).toBeDefined()

    after = await run<CollectiveCard>('collectives.linkEvidence', {
      collectiveId: claims.id,
      codingId: first!.codingId,
      criterion: 2,
    })
    expect(after.evidence.find((x) => x.codingId === first!.codingId)).toMatchObject({ criterion: 2 })
    after = await run<CollectiveCard>('collectives.setEvidenceCriterion', {
      collectiveId: claims.id,
      codingId: first!.codingId,
      criterion: null,
    })
    expect(after.evidence.find((x) => x.codingId === first!.codingId)!.criterion).toBeNull()
    expect(after.evidence).toHaveLength(claims.evidence.length)
  })

  it('deletes a collective with its links, never its codings', async () => {
    const { run, card, e, cards } = demoSession()
    const claims = await card('Claims Quality Community')
    const codings = e().db.prepare('SELECT count(*) FROM codings').pluck().get()
    expect(await run('collectives.remove', { collectiveId: claims.id })).toEqual({
      unlinked: claims.evidence.length,
    })
    expect((await cards()).map((c) => c.id)).not.toContain(claims.id)
    expect(
      e().db.prepare('SELECT count(*) FROM collective_evidence WHERE collective_id = ?').pluck().get(claims.id),
    ).toBe(0)
    expect(e().db.prepare('SELECT count(*) FROM codings').pluck().get()).toBe(codings)
    for (const x of claims.evidence) expect(e().codings.get(x.codingId)).toBeDefined()
  })

  it('suggests the COL codings that name the collective around their words, and finds any coding by search', async () => {
    const { run, card, e } = demoSession()
    const claims = await card('Claims Quality Community')
    // One said in the same breath as the name.
    const unlinked = claims.evidence.find((x) => {
      const text = e().documents.get(x.documentId)!.text
      const { from, to } = saidAround(text, x.start, x.end)
      return text.slice(from, to).includes('Claims Quality Community')
    })!
    await run('collectives.unlinkEvidence', { collectiveId: claims.id, codingId: unlinked.codingId })
    const suggested = await run<EvidenceCandidate[]>('collectives.suggestions', { collectiveId: claims.id })
    expect(suggested.map((x) => x.codingId)).toContain(unlinked.codingId)
    const linked = new Set(claims.evidence.filter((x) => x !== unlinked).map((x) => x.codingId))
    for (const x of suggested) {
      expect(x.codeKey).toMatch(/^COL\./)
      expect(linked.has(x.codingId)).toBe(false)
      expect(`${x.before}${x.text}${x.after}`.toLowerCase()).toContain('claims quality community')
    }

    // Case and a word's beginning are enough; codings linked to the collective are not offered again.
    const experts = await card('Building Experts Community')
    const query = { query: 'MANAGER put' }
    const found = await run<EvidenceCandidate[]>('collectives.searchCodings', { collectiveId: experts.id, ...query })
    expect(found.length).toBeGreaterThan(0)
    for (const x of found) expect(x.text.toLowerCase()).toMatch(/manager/)
    const again = await run<EvidenceCandidate[]>('collectives.searchCodings', { collectiveId: claims.id, ...query })
    for (const x of again) expect(linked.has(x.codingId)).toBe(false)
    // Accents aside: "MÀNAGER" is "manager".
    const accented = await run<EvidenceCandidate[]>('collectives.searchCodings', {
      collectiveId: experts.id,
      query: 'MÀNAGER pút',
    })
    expect(accented.map((x) => x.codingId)).toEqual(found.map((x) => x.codingId))
    expect(await run('collectives.searchCodings', { collectiveId: claims.id, query: ' ?! ' })).toEqual([])
  })

  it('refuses what it cannot do, writing nothing', async () => {
    const { run, refused, snapshot, card } = demoSession()
    const claims = await card('Claims Quality Community')
    const linkedId = claims.evidence[0]!.codingId
    const before = snapshot()

    expect((await refused('collectives.create', { name: 'claims quality COMMUNITY' })).code).toBe('CONFLICT')
    expect((await refused('collectives.create', { name: '   ' })).code).toBe('INVALID_INPUT')
    expect((await refused('collectives.create', { name: 'X', label: 'tribe' })).code).toBe('INVALID_INPUT')
    expect(
      (await refused('collectives.update', { collectiveId: claims.id, patch: { name: 'Managers’ Club' } })).code,
    ).toBe('CONFLICT')
    expect((await refused('collectives.update', { collectiveId: UNKNOWN, patch: { notes: 'x' } })).code).toBe(
      'NOT_FOUND',
    )
    expect((await refused('collectives.setCriterion', { collectiveId: claims.id, criterion: 6, value: 1 })).code).toBe(
      'INVALID_INPUT',
    )
    expect((await refused('collectives.setCriterion', { collectiveId: claims.id, criterion: 1, value: 2 })).code).toBe(
      'INVALID_INPUT',
    )
    expect((await refused('collectives.setCriterion', { collectiveId: UNKNOWN, criterion: 1, value: 1 })).code).toBe(
      'NOT_FOUND',
    )
    expect((await refused('collectives.remove', { collectiveId: UNKNOWN })).code).toBe('NOT_FOUND')
    expect((await refused('collectives.linkEvidence', { collectiveId: claims.id, codingId: UNKNOWN })).code).toBe(
      'NOT_FOUND',
    )
    expect((await refused('collectives.linkEvidence', { collectiveId: UNKNOWN, codingId: linkedId })).code).toBe(
      'NOT_FOUND',
    )
    expect((await refused('collectives.linkEvidence', { collectiveId: claims.id, codingId: linkedId })).code).toBe(
      'CONFLICT',
    )
    expect((await refused('collectives.unlinkEvidence', { collectiveId: claims.id, codingId: UNKNOWN })).code).toBe(
      'NOT_FOUND',
    )
    expect(
      (await refused('collectives.setEvidenceCriterion', { collectiveId: claims.id, codingId: UNKNOWN, criterion: 1 }))
        .code,
    ).toBe('NOT_FOUND')
    expect((await refused('collectives.suggestions', { collectiveId: UNKNOWN })).code).toBe('NOT_FOUND')
    expect((await refused('collectives.searchCodings', { collectiveId: UNKNOWN, query: 'a' })).code).toBe('NOT_FOUND')
    expect(snapshot()).toEqual(before)
    await run('collectives.list')
  })

  it('answers NO_ENGAGEMENT_OPEN when no engagement is open', async () => {
    const { refused, session } = demoSession()
    session.close()
    expect((await refused('collectives.list', {})).code).toBe('NO_ENGAGEMENT_OPEN')
  })
})
