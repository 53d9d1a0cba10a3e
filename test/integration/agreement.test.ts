import { describe, expect, it } from 'vitest'
import { agreementReport } from '../../electron/core/agreement/agreement-report'
import { agreementDisagreements } from '../../electron/core/agreement/agreement-disagreements'
import { diagnosisInput } from '../../electron/core/diagnosis/diagnosis-input'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { tempEngagement } from '../helpers/temp-engagement'
import { demoContractSession } from '../helpers/contract-session'
import type { AgreementReport, DisagreementExcerpt } from '../../shared/api/agreement'

const ANSWER = 'Je cherche une réponse vite, puis je la partage avec l’équipe, et je retourne au travail.'
const DOCS = 10

/** Which documents (0-9) each coder coded with a code. */
type Plan = Record<string, { alice: number[]; bob: number[] }>

/**
 * Ten employees' answers that Alice and Bob both coded: each codes OUT.EFF in every answer (so every
 * answer is a unit for both), then the plan's codes. An eleventh answer only Alice coded, and a
 * consensus coding, are not units.
 */
function study(plan: Plan, e: Engagement = tempEngagement()) {
  const alice = e.coders.add('Alice Martin')
  const bob = e.coders.add('Bob Durand')
  const consensus = e.coders.add('Consensus', 'consensus')
  const codeId = (key: string) => e.codebook.codeByKey(key)!.id
  const docs = Array.from({ length: DOCS + 1 }, (_, i) => {
    const r = e.respondents.add({ code: `E${String(i + 1).padStart(2, '0')}`, group: 'employee' })
    // Imported excerpts put their respondents in the population the diagnosis counts.
    return e.documents.add({ kind: 'imported', respondentId: r.id, title: `Answer of E${i + 1}`, text: ANSWER })
  })
  const code = (doc: number, key: string, coderId: string, start = 0, end = 20) =>
    e.codings.add({
      documentId: docs[doc]!.id,
      start,
      end,
      codeId: codeId(key),
      coderId,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    })
  for (let d = 0; d < DOCS; d++) {
    code(d, 'OUT.EFF', alice.id, 30, 50)
    code(d, 'OUT.EFF', bob.id, 30, 50)
  }
  for (const [key, { alice: a, bob: b }] of Object.entries(plan)) {
    for (const d of a) code(d, key, alice.id)
    for (const d of b) code(d, key, bob.id)
  }
  code(DOCS, 'APP.BEL', alice.id)
  code(0, 'APP.MEAN', consensus.id)
  return { e, alice, bob, docs, code }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i)
/** OUT.FIND: perfect; APP.BEL: 5/24 (kappa 1/6); OUT.FLOW: 72/91. */
const PLAN: Plan = {
  'OUT.FIND': { alice: range(5), bob: range(5) },
  'APP.BEL': { alice: [0, 1, 2, 3], bob: [0, 1, 4, 5] },
  'OUT.FLOW': { alice: range(4), bob: range(3) },
}
const close = (actual: number | null | undefined, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-9)

describe('agreement on answer units', () => {
  it('computes alpha, kappa and percent agreement per code exactly', () => {
    const { e } = study(PLAN)
    const r = agreementReport(e, { coderIds: [], theta: 0.5 })
    expect(r.coders.map((c) => c.name)).toEqual(['Alice Martin', 'Bob Durand'])
    expect(r.units).toBe(DOCS)
    const row = Object.fromEntries(r.codes.map((c) => [c.key, c]))
    expect(Object.keys(row)).toEqual(['APP.BEL', 'OUT.EFF', 'OUT.FIND', 'OUT.FLOW'])
    expect(row['OUT.FIND']).toMatchObject({ units: 10, applied: 10, alpha: 1, kappa: 1, percent: 1 })
    expect(row['OUT.FIND']).toMatchObject({ alphaBand: 'reliable', kappaBand: 'almostPerfect' })
    close(row['APP.BEL']!.alpha, 5 / 24)
    close(row['APP.BEL']!.kappa, 1 / 6)
    expect(row['APP.BEL']).toMatchObject({ percent: 0.6, alphaBand: 'unreliable', kappaBand: 'slight' })
    close(row['OUT.FLOW']!.alpha, 72 / 91)
    expect(row['OUT.FLOW']!.alphaBand).toBe('tentative')
    // Every coder applied it everywhere: no variation, alpha says nothing.
    expect(row['OUT.EFF']).toMatchObject({ alpha: null, kappa: null, percent: 1 })
    close(r.meanAlpha, (1 + 5 / 24 + 72 / 91) / 3)
  })

  it('gives, for two coders, Scott’s pi, Brennan-Prediger and kappa over characters (NVivo’s way)', () => {
    const { e } = study(PLAN)
    const bel = agreementReport(e, { coderIds: [], theta: 0.5 }).codes.find((c) => c.key === 'APP.BEL')!
    // Alice 1111000000, Bob 1100110000: observed 0.6; pooled 8 of 20 applied, pe = 0.4² + 0.6² = 0.52.
    close(bel.pi, (0.6 - 0.52) / (1 - 0.52))
    // Two categories, applied or not: pe = 1/2.
    close(bel.brennanPrediger, (0.6 - 0.5) / 0.5)
    // Characters: each coding covers [0, 20) of its answer; both in 2 answers, one each in 2 and 2.
    const total = DOCS * ANSWER.length
    const cells = { both: 40, aOnly: 40, bOnly: 40, neither: total - 120 }
    const ef1 = ((cells.both + cells.aOnly) * (cells.both + cells.bOnly)) / total
    const ef2 = ((cells.neither + cells.bOnly) * (cells.neither + cells.aOnly)) / total
    close(bel.characterKappa, (cells.both + cells.neither - ef1 - ef2) / (total - ef1 - ef2))
  })

  it('matches segments per code and lists the disagreements on each side', () => {
    const { e, alice, bob, docs, code } = study(PLAN)
    code(0, 'OUT.FIND', bob.id, 60, 80) // Bob alone, in a document both coded
    const r = agreementReport(e, { coderIds: [alice.id, bob.id], theta: 0.5 })
    const bel = r.codes.find((c) => c.key === 'APP.BEL')!
    expect(bel.segments).toEqual({ matched: 2, aOnly: 2, bOnly: 2, agreement: 1 / 3, holsti: 0.5 })
    const d = agreementDisagreements(e, { codeKey: 'APP.BEL', coderA: alice.id, coderB: bob.id, theta: 0.5 })
    expect(d.onlyA.map((x) => x.documentId).sort()).toEqual([docs[2]!.id, docs[3]!.id].sort())
    expect(d.onlyB.map((x) => x.documentId).sort()).toEqual([docs[4]!.id, docs[5]!.id].sort())
    expect(d.onlyA[0]).toMatchObject({
      start: 0,
      end: 20,
      text: ANSWER.slice(0, 20),
      respondentCode: expect.stringMatching(/^E0[34]$/),
    })
    const find = agreementDisagreements(e, { codeKey: 'OUT.FIND', coderA: alice.id, coderB: bob.id, theta: 0.5 })
    expect(find.onlyA).toEqual([])
    expect(find.onlyB.map((x) => [x.start, x.end, x.text])).toEqual([[60, 80, ANSWER.slice(60, 80)]])
  })

  it('compares three coders with a missing value, kappa left out', () => {
    const { e, alice, docs } = study({ 'OUT.FIND': { alice: [0, 1], bob: [0] } })
    const carole = e.coders.add('Carole Petit')
    e.codings.add({
      documentId: docs[0]!.id,
      start: 0,
      end: 10,
      codeId: e.codebook.codeByKey('OUT.FIND')!.id,
      coderId: carole.id,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    })
    const all = agreementReport(e, { coderIds: [], theta: 0.5 })
    expect(all.coders.map((c) => c.name)).toEqual(['Alice Martin', 'Bob Durand', 'Carole Petit'])
    const find = all.codes.find((c) => c.key === 'OUT.FIND')!
    expect(find.kappa).toBeNull()
    expect(find.segments).toBeNull()
    expect(find).toMatchObject({ pi: null, brennanPrediger: null, characterKappa: null })
    // Unit 0: 1,1,1; unit 1: 1,0; eight units 0,0. n1 = 4, n0 = 17, n = 21; o(1,0) = o(0,1) = 1.
    close(find.alpha, 1 - (20 * 2) / (2 * 4 * 17))
    const pair = agreementReport(e, { coderIds: [alice.id, carole.id], theta: 0.5 })
    expect(pair.units).toBe(1)
  })

  it('says nothing when fewer than two coders coded the same documents', () => {
    const e = tempEngagement()
    const alice = e.coders.add('Alice Martin')
    const r = agreementReport(e, { coderIds: [], theta: 0.5 })
    expect(r).toMatchObject({ coders: [], units: 0, codes: [], meanAlpha: null })
    expect(() =>
      agreementDisagreements(e, { codeKey: 'NO.SUCH', coderA: alice.id, coderB: alice.id, theta: 0.5 }),
    ).toThrow(/No code/)
  })
})

describe('the diagnosis’ reliability gate reads the coders’ agreement', () => {
  it('feeds alpha by code key, and marks the measures its codes feed', () => {
    const { e } = study(PLAN)
    const alpha = diagnosisInput(e).alphaByCode!
    expect(Object.keys(alpha).sort()).toEqual(['APP.BEL', 'OUT.FIND', 'OUT.FLOW'])
    close(alpha['APP.BEL'], 5 / 24)
    close(alpha['OUT.FLOW'], 72 / 91)
    const d = engagementDiagnosis(e)
    expect(d.reliability.pragmatism).toBe('unreliable')
    expect(d.recommendations.find((r) => r.id === 'R0')!.triggered).toBe(true)
  })

  it('reads tentative when the weakest feeding code is between 0.667 and 0.8', () => {
    const { e } = study({ 'OUT.FIND': PLAN['OUT.FIND']!, 'OUT.FLOW': PLAN['OUT.FLOW']! })
    const d = engagementDiagnosis(e)
    expect(d.reliability.pragmatism).toBe('tentative')
  })

  it('changes nothing when each coder codes their own interviews', () => {
    const e = tempEngagement()
    const alice = e.coders.add('Alice Martin')
    const bob = e.coders.add('Bob Durand')
    const find = e.codebook.codeByKey('OUT.FIND')!.id
    for (const [i, coder] of [alice, bob, alice, bob, alice, bob].entries()) {
      const r = e.respondents.add({ code: `E${i}`, group: 'employee' })
      const doc = e.documents.add({ kind: 'imported', respondentId: r.id, title: 'Q', text: ANSWER })
      e.codings.add({
        documentId: doc.id,
        start: 0,
        end: 9,
        codeId: find,
        coderId: coder.id,
        stance: 'SELF',
        target: null,
        valence: '0',
        intensity: null,
      })
    }
    expect(diagnosisInput(e).alphaByCode).toBeUndefined()
    expect(engagementDiagnosis(e).reliability).toEqual({})
  })
})

describe('agreement through the contract', () => {
  it('answers the demo (a team study) over the answers both consultants coded, and refuses a pair of one coder', async () => {
    const { run, refused, session } = demoContractSession()
    const report = await run<AgreementReport>('agreement.report', {})
    expect(report.coders.map((c) => c.name).sort()).toEqual(['Antoine Soulier', 'Claire Dambrine'])
    expect(report).toMatchObject({ meanAlpha: expect.any(Number), theta: 0.5 })
    expect(report.units).toBeGreaterThan(60)
    expect(report.codes.length).toBeGreaterThan(20)
    const [coder] = session.requireEngagement().coders.list()
    const refusal = await refused('agreement.disagreements', {
      codeKey: 'OUT.FIND',
      coderA: coder!.id,
      coderB: coder!.id,
    })
    expect(refusal.code).toBe('INVALID_INPUT')
  })

  it('serves a report and disagreements that match their schemas', async () => {
    const { run, session } = demoContractSession()
    const e = session.requireEngagement()
    const [alice, bob] = e.coders.list().filter((c) => c.kind === 'person')
    const before = await run<AgreementReport>('agreement.report', { coderIds: [alice!.id, bob!.id] })
    // An answer only one of them coded until now.
    const doc = e.db
      .prepare<[string], { id: string }>(
        `SELECT document_id AS id FROM codings GROUP BY document_id
         HAVING count(DISTINCT coder_id) = 1 AND min(coder_id) = ? AND count(*) > 1 LIMIT 1`,
      )
      .get(alice!.id)!
    for (const c of e.codings.ofDocument(doc.id).slice(1)) e.codings.add({ ...c, coderId: bob!.id })
    const report = await run<AgreementReport>('agreement.report', { coderIds: [alice!.id, bob!.id] })
    expect(report.units).toBe(before.units + 1)
    const key = report.codes.find((c) => c.segments && c.segments.aOnly > 0)!.key
    const d = await run<{ onlyA: unknown[]; onlyB: unknown[] }>('agreement.disagreements', {
      codeKey: key,
      coderA: alice!.id,
      coderB: bob!.id,
    })
    expect(d.onlyA.length).toBeGreaterThan(0)
    // The demo's settled disagreements come with their decision and its reason.
    const settled = await run<{ onlyA: DisagreementExcerpt[]; onlyB: DisagreementExcerpt[] }>(
      'agreement.disagreements',
      {
        codeKey: 'COL.COP',
        coderA: alice!.id,
        coderB: bob!.id,
      },
    )
    const decided = [...settled.onlyA, ...settled.onlyB]
    expect(decided.length).toBeGreaterThan(0)
    for (const x of decided)
      expect(x).toMatchObject({
        consensus: expect.stringMatching(/^(kept|left)$/),
        consensusReason: expect.stringMatching(/\S/),
      })
  })
})
