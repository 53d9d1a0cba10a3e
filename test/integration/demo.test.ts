import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { agreementReport } from '../../electron/core/agreement/agreement-report'
import { agreementDisagreements } from '../../electron/core/agreement/agreement-disagreements'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { DEFAULT_THETA } from '../../shared/domain/agreement/segment-matching'
import { LEFT_OUT_OF_CONSENSUS } from '../../shared/domain/coding'
import { tempDir, track } from '../helpers/temp-engagement'

const demo = (lang: 'fr' | 'en') => track(buildDemo(path.join(tempDir(), `demo-${lang}.terrain`), lang))

describe('the demo engagement', () => {
  it('has every group the diagnosis needs, above its evidence floor', () => {
    const e = demo('fr')
    const byGroup: Record<string, number> = {}
    for (const r of e.respondents.list()) byGroup[r.group] = (byGroup[r.group] ?? 0) + 1
    expect(byGroup.employee).toBeGreaterThanOrEqual(8)
    expect(byGroup.manager).toBeGreaterThanOrEqual(5)
    expect(byGroup.leadership).toBeGreaterThanOrEqual(5)
    expect(byGroup.customer).toBeGreaterThanOrEqual(5)
    expect(e.info.get()).toMatchObject({
      language: 'fr',
      client: expect.stringMatching(/\S/),
      consultants: expect.arrayContaining([expect.any(String)]),
    })
  })

  it('interviews every respondent with consent, and answers every open question of their guide', () => {
    const e = demo('en')
    const guides = new Map(e.guides.list().map((g) => [g.id, g]))
    for (const r of e.respondents.list()) {
      const [interview, ...more] = e.interviews.ofRespondent(r.id)
      expect(more).toEqual([])
      expect(interview).toMatchObject({ status: 'completed', consentGiven: true })
      const open = guides.get(interview!.guideId!)!.questions.filter((q) => q.type === 'open')
      const docs = e.documents.ofInterview(interview!.id)
      expect(docs.map((d) => d.questionId).sort()).toEqual(open.map((q) => q.id).sort())
      for (const d of docs) expect(d.text.split(/\s+/).length).toBeGreaterThan(25)
    }
  })

  it('codes several hundred excerpts, each on the words it stores', () => {
    const e = demo('fr')
    const counts = e.counts()
    expect(counts.codings).toBeGreaterThan(300)
    const usedCodes = new Set<string>()
    for (const row of e.db.prepare<[], { id: string }>('SELECT id FROM documents').all()) {
      const doc = e.documents.get(row.id)!
      for (const c of e.codings.ofDocument(doc.id)) {
        expect(doc.text.slice(c.start, c.end)).toBe(c.text)
        if (c.stance === 'ATTR') expect(c.target).not.toBeNull()
        usedCodes.add(c.codeId)
      }
    }
    expect(usedCodes.size).toBe(25)
  })

  it('tells the same study in French and in English', () => {
    const fr = demo('fr')
    const en = demo('en')
    expect(fr.counts()).toEqual(en.counts())
    expect(fr.respondents.list().map((r) => [r.code, r.group])).toEqual(
      en.respondents.list().map((r) => [r.code, r.group]),
    )
    expect(fr.info.get().client).not.toBe(en.info.get().client)
  })

  it('keeps real names out of everything people said', () => {
    const e = demo('fr')
    const names = e.identities.realNames()
    expect(names.length).toBe(e.respondents.list().length)
    const allText = e.db
      .prepare<[], { text: string }>('SELECT text FROM documents')
      .all()
      .map((d) => d.text)
      .join('\n')
    for (const name of names) expect(allText).not.toContain(name)
  })

  it('has the motive cards ticked by customers and leaders, and the collectives people named', () => {
    const e = demo('en')
    const cards = e.guides.list().flatMap((g) => g.questions.filter((q) => q.options?.motiveCards))
    expect(cards).toHaveLength(2)
    for (const q of cards) {
      const answers = e.closedAnswers.ofQuestion(q.id)
      expect(answers.length).toBeGreaterThanOrEqual(4)
      for (const a of answers) {
        expect(a.value.kind).toBe('choice')
        if (a.value.kind === 'choice') expect(a.value.ranked.length).toBeLessThanOrEqual(3)
      }
    }
    const collectives = e.collectives.list()
    expect(collectives.length).toBeGreaterThanOrEqual(5)
    expect(
      collectives.some((c) => c.label === 'community' && c.criteria.reduce<number>((s, x) => s + (x ?? 0), 0) <= 1),
    ).toBe(true)
    expect(collectives.some((c) => c.criteria.reduce<number>((s, x) => s + (x ?? 0), 0) >= 4)).toBe(true)
    expect(collectives.filter((c) => c.evidenceCodingIds.length > 0).length).toBeGreaterThanOrEqual(3)
  })

  it('is a team study: six interviews coded again by the other consultant, disagreements on two codes settled', () => {
    for (const lang of ['fr', 'en'] as const) {
      const e = demo(lang)
      const [a, b] = e.coders.list().filter((c) => c.kind === 'person')
      const consensus = e.coders.list().find((c) => c.kind === 'consensus')!
      // Interviews whose answers both consultants coded: each by one as interviewer, by the other after.
      const doubled = e.db
        .prepare<[], { code: string }>(
          `SELECT DISTINCT r.code FROM codings c JOIN coders p ON p.id = c.coder_id AND p.kind = 'person'
           JOIN documents d ON d.id = c.document_id JOIN respondents r ON r.id = d.respondent_id
           GROUP BY c.document_id HAVING count(DISTINCT c.coder_id) = 2 ORDER BY r.code`,
        )
        .pluck()
        .all()
      expect(doubled).toEqual(['R03', 'R09', 'R12', 'R14', 'R17', 'R22'])

      // Realistic disagreements: most codes agree, a few do not, none below what can be discussed.
      const report = agreementReport(e, { coderIds: [], theta: DEFAULT_THETA })
      expect(report.units).toBeGreaterThan(60)
      const alpha = Object.fromEntries(report.codes.map((c) => [c.key, c.alpha]))
      for (const key of ['COL.COP', 'COL.PRJ', 'ATT.OVL']) expect(alpha[key]).toBeLessThan(0.8)
      expect(report.codes.filter((c) => c.alpha !== null && c.alpha < 0.8).length).toBeLessThan(6)
      expect(report.meanAlpha).toBeGreaterThan(0.9)

      // Every disagreement on the two settled codes is decided, with a reason; the others are open.
      for (const codeKey of ['COL.COP', 'COL.PRJ', 'ATT.OVL']) {
        const { onlyA, onlyB } = agreementDisagreements(e, {
          codeKey,
          coderA: a!.id,
          coderB: b!.id,
          theta: DEFAULT_THETA,
        })
        const decided = [...onlyA, ...onlyB].map((x) => x.consensus)
        expect(decided.length).toBeGreaterThan(0)
        if (codeKey === 'ATT.OVL') expect(decided.every((d) => d === null)).toBe(true)
        else expect(decided.every((d) => d !== null)).toBe(true)
      }
      const reasons = e.db
        .prepare(`SELECT body FROM memos WHERE title = ?`)
        .pluck()
        .all(LEFT_OUT_OF_CONSENSUS) as string[]
      const kept = e.db.prepare(`SELECT memo FROM codings WHERE coder_id = ? AND memo <> ''`).pluck().all(consensus.id)
      expect(reasons.length).toBeGreaterThan(0)
      expect(kept.length).toBeGreaterThan(0)
      for (const r of [...reasons, ...kept])
        expect(r).toMatch(lang === 'fr' ? /communauté|groupe projet/ : /community|project group/)
      expect(report.againstConsensus.map((c) => c.units)).toEqual([expect.any(Number), expect.any(Number)])
      expect(report.againstConsensus.every((c) => c.units > 0 && c.meanAlpha !== null)).toBe(true)

      // The reliability gate shows it from the first start: measures fed by those codes are tentative.
      const { reliability } = engagementDiagnosis(e)
      expect(reliability).toMatchObject({ idealismIndex: 'tentative', attentionLoad: 'tentative' })
    }
  })
})
