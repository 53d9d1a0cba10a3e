import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementDisagreements } from '../../electron/core/agreement/agreement-disagreements'
import { agreementReport } from '../../electron/core/agreement/agreement-report'
import { decideConsensus } from '../../electron/core/agreement/consensus'
import { buildDemo } from '../../electron/core/demo/build-demo'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { diagnosisInput } from '../../electron/core/diagnosis/diagnosis-input'
import { tempDir, track } from '../helpers/temp-engagement'

/** An answer of the demo that only its interviewer coded (the demo's team settled others already). */
function singleCoded() {
  const e = track(buildDemo(path.join(tempDir(), 'demo.terrain'), 'en'))
  const [a, b] = e.coders.list().filter((c) => c.kind === 'person')
  const doc = e.db
    .prepare<[string], { id: string }>(
      `SELECT document_id AS id FROM codings GROUP BY document_id
       HAVING count(*) >= 3 AND count(DISTINCT coder_id) = 1 AND min(coder_id) = ?
         AND count(DISTINCT code_id) < count(*) LIMIT 1`,
    )
    .get(a!.id)!.id
  return { e, a: a!, b: b!, doc }
}

/** The second consultant codes one answer of the first one's too, leaving one coding out. */
function doubleCoded() {
  const { e, a, b, doc } = singleCoded()
  const theirs = e.codings.ofDocument(doc)
  // Left out by the second coder: a coding of a code both apply elsewhere in the answer.
  const missing = theirs.find((c) => theirs.filter((x) => x.codeId === c.codeId).length > 1)!
  theirs.filter((c) => c.id !== missing.id).forEach((c) => e.codings.add({ ...c, coderId: b.id }))
  return { e, a, b, doc, missing, theirs }
}

describe('consensus', () => {
  it('keeps a disagreement with its reason, the agreed codings first; the coders’ own codings stay', () => {
    const { e, a, b, doc, missing, theirs } = doubleCoded()
    const own = e.codings.ofDocument(doc).length
    const before = JSON.stringify(engagementDiagnosis(e))
    const settledBefore = agreementReport(e, { coderIds: [a.id, b.id], theta: 0.5 }).againstConsensus.map(
      (r) => r.units,
    )
    const key = e.codebook.code(missing.codeId)!.key
    const excerpt = () =>
      agreementDisagreements(e, { codeKey: key, coderA: a.id, coderB: b.id, theta: 0.5 }).onlyA.find(
        (x) => x.codingId === missing.id,
      )
    expect(excerpt()).toMatchObject({ consensus: null })
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
    // The agreed codings of that code and the one kept, with its reason; nothing of the other codes.
    const sameCode = theirs.filter((c) => c.codeId === missing.codeId)
    expect(set).toHaveLength(sameCode.length)
    expect(set.every((c) => c.codeId === missing.codeId)).toBe(true)
    expect(set.find((c) => c.start === missing.start && c.codeId === missing.codeId)!.memo).toBe('Asked for twice.')
    expect(e.codings.ofDocument(doc).filter((c) => c.coderId !== consensus.id)).toHaveLength(own)
    expect(excerpt()).toMatchObject({ consensus: 'kept', consensusReason: 'Asked for twice.' })
    // The diagnosis reads that code from the consensus set on this answer, the others from the coders.
    const fed = diagnosisInput(e).codings.filter((c) => c.documentId === doc)
    expect(fed.filter((c) => c.codeId === missing.codeId).map((c) => e.codings.get(c.id)!.coderId)).toEqual(
      sameCode.map(() => consensus.id),
    )
    expect(fed.filter((c) => c.codeId !== missing.codeId).map((c) => e.codings.get(c.id)!.coderId)).toEqual(
      theirs.filter((c) => c.codeId !== missing.codeId).map(() => a.id),
    )
    const report = agreementReport(e, { coderIds: [a.id, b.id], theta: 0.5 })
    expect(report.againstConsensus.map((r) => [r.name, r.units])).toEqual([
      [a.name, settledBefore[0]! + 1],
      [b.name, settledBefore[1]! + 1],
    ])
    // Undone: the consensus set goes, and the diagnosis is what it was.
    e.history.undo()
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
      agreementDisagreements(e, { codeKey: key, coderA: a.id, coderB: b.id, theta: 0.5 }).onlyA.find(
        (x) => x.codingId === missing.id,
      ),
    ).toMatchObject({ consensus: 'left', consensusReason: 'Not about tools.' })
    expect(e.memos.of('coding', missing.id).map((m) => m.body)).toEqual(['Not about tools.'])
  })

  it('settles an answer where the coders agreed on nothing: one left out, the other kept, and Undo gives both back', () => {
    const { e, a, b, doc } = singleCoded()
    const [first] = e.codings.ofDocument(doc)
    // The second consultant read the same words as another code: no coding in common on this answer.
    for (const c of e.codings.ofDocument(doc)) if (c.id !== first!.id) e.codings.remove(c.id)
    const other = e.codebook.codes().find((c) => c.id !== first!.codeId)!
    const theirs = e.codings.add({ ...first!, codeId: other.id, coderId: b.id })
    const fed = () =>
      diagnosisInput(e)
        .codings.filter((c) => c.documentId === doc)
        .map((c) => c.id)
    expect(fed().sort()).toEqual([first!.id, theirs.id].sort())
    const before = JSON.stringify(engagementDiagnosis(e))

    const input = { coderA: a.id, coderB: b.id, theta: 0.5 }
    decideConsensus(e, { ...input, codingId: first!.id, decision: 'leave', reason: 'Not what was said.' })
    // The consensus set holds nothing of that code on this answer, and yet the code is settled: the
    // reading left out no longer feeds the diagnosis; the other code, not yet settled, still does.
    expect(fed()).toEqual([theirs.id])
    decideConsensus(e, { ...input, codingId: theirs.id, decision: 'keep', reason: 'This reading holds.' })
    const consensus = e.coders.list().find((c) => c.kind === 'consensus')!
    expect(fed().map((id) => [e.codings.get(id)!.coderId, e.codings.get(id)!.codeId])).toEqual([
      [consensus.id, other.id],
    ])
    expect(
      e.codings
        .ofDocument(doc)
        .filter((c) => c.coderId !== consensus.id)
        .map((c) => c.id)
        .sort(),
    ).toEqual([first!.id, theirs.id].sort())

    e.history.undo()
    e.history.undo()
    expect(fed().sort()).toEqual([first!.id, theirs.id].sort())
    expect(JSON.stringify(engagementDiagnosis(e))).toBe(before)
  })
})
