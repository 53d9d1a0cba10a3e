import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementDisagreements } from '../../electron/core/agreement/agreement-disagreements'
import { agreementReport } from '../../electron/core/agreement/agreement-report'
import { decideConsensus } from '../../electron/core/agreement/consensus'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { tempDir, track } from '../helpers/temp-engagement'

/** The demo with its second consultant coding one of the first one's answers, leaving one coding out. */
function doubleCoded() {
  const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
  const [a, b] = e.coders.list().filter((c) => c.kind === 'person')
  const doc = e.db
    .prepare<[string], { id: string }>(
      `SELECT document_id AS id FROM codings WHERE coder_id = ? GROUP BY document_id HAVING count(*) >= 3 LIMIT 1`,
    )
    .get(a!.id)!.id
  const theirs = e.codings.ofDocument(doc)
  theirs.slice(1).forEach((c) => e.codings.add({ ...c, coderId: b!.id }))
  return { e, a: a!, b: b!, doc, missing: theirs[0]! }
}

describe('consensus', () => {
  it('keeps a disagreement with its reason, the agreed codings first; the coders’ own codings stay', () => {
    const { e, a, b, doc, missing } = doubleCoded()
    const own = e.codings.ofDocument(doc).length
    const before = JSON.stringify(engagementDiagnosis(e))
    const key = e.codebook.code(missing.codeId)!.key
    expect(agreementDisagreements(e, { codeKey: key, coderA: a.id, coderB: b.id, theta: 0.5 }).onlyA[0]).toMatchObject({
      codingId: missing.id,
      consensus: null,
    })
    decideConsensus(e, {
      codingId: missing.id,
      decision: 'keep',
      reason: 'Asked for twice.',
      coderA: a.id,
      coderB: b.id,
      theta: 0.5,
    })
    const consensus = e.coders.list().find((c) => c.kind === 'consensus')!
    const set = e.codings.ofDocument(doc).filter((c) => c.coderId === consensus.id)
    // The two agreed codings and the one kept, with its reason.
    expect(set).toHaveLength(own - (own - 1) / 2)
    expect(set.find((c) => c.start === missing.start && c.codeId === missing.codeId)!.memo).toBe('Asked for twice.')
    expect(e.codings.ofDocument(doc).filter((c) => c.coderId !== consensus.id)).toHaveLength(own)
    expect(
      agreementDisagreements(e, { codeKey: key, coderA: a.id, coderB: b.id, theta: 0.5 }).onlyA[0]!.consensus,
    ).toBe('kept')
    const report = agreementReport(e, { coderIds: [a.id, b.id], theta: 0.5 })
    expect(report.againstConsensus.map((r) => [r.name, r.units])).toEqual([
      [a.name, 1],
      [b.name, 1],
    ])
    // Undone: the consensus set goes, and the diagnosis is what it was.
    e.history.undo().undo()
    expect(e.codings.ofDocument(doc).filter((c) => c.coderId === consensus.id)).toEqual([])
    expect(JSON.stringify(engagementDiagnosis(e))).toBe(before)
  })

  it('leaves one out with its reason, and refuses a decision without one', () => {
    const { e, a, b, missing } = doubleCoded()
    const input = { codingId: missing.id, coderA: a.id, coderB: b.id, theta: 0.5 }
    expect(() => decideConsensus(e, { ...input, decision: 'leave', reason: '  ' })).toThrow(/Say why/)
    decideConsensus(e, { ...input, decision: 'leave', reason: 'Not about tools.' })
    const key = e.codebook.code(missing.codeId)!.key
    expect(
      agreementDisagreements(e, { codeKey: key, coderA: a.id, coderB: b.id, theta: 0.5 }).onlyA[0]!.consensus,
    ).toBe('left')
    expect(e.memos.of('coding', missing.id).map((m) => m.body)).toEqual(['Not about tools.'])
  })
})
