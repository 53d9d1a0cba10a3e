import { LEFT_OUT_OF_CONSENSUS, type Coding } from '../../../shared/domain/coding'
import { segmentAgreementByCode } from '../../../shared/domain/agreement/code-segments'
import { fail } from '../../../shared/domain/terrain-error'
import { translate } from '../../../shared/i18n/translate'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings } from './agreement-codings'

export type ConsensusDecision = 'keep' | 'leave'

/** The coder that holds the consensus set: created the first time a disagreement is settled. */
export function consensusCoderId(e: Engagement): string {
  const found = e.coders.list().find((c) => c.kind === 'consensus')
  return found?.id ?? e.coders.add(translate(e.info.get().language, 'agreement.consensusCoder'), 'consensus').id
}

/**
 * Settles one disagreement between two coders: the excerpt one coded and the other did not is
 * kept in the consensus set or left out of it, with a reason. From its first decision on an
 * answer, a code is read there from the consensus set (DESIGN.md): the codings of that code both
 * coders agree on (matched segments) are put in it too, so that the answer keeps them. The other
 * codes of the answer are read from the coders until they are settled. The coders' own codings
 * stay for the record. One undoable action.
 */
export function decideConsensus(
  e: Engagement,
  input: {
    codingId: string
    decision: ConsensusDecision
    reason: string
    coderA: string
    coderB: string
    theta: number
  },
): { added: number } {
  const reason = input.reason.trim()
  if (!reason) fail('INVALID_INPUT', 'Say why: a consensus decision keeps its reason.')
  const decided = e.codings.get(input.codingId) ?? fail('NOT_FOUND', `No coding ${input.codingId}.`)
  return e.transaction(() => {
    const consensus = consensusCoderId(e)
    const added: Coding[] = []
    const add = (c: Coding, memo = '') => {
      if (e.codings.findSame({ ...c, coderId: consensus })) return
      added.push(
        e.codings.add({
          documentId: c.documentId,
          start: c.start,
          end: c.end,
          codeId: c.codeId,
          coderId: consensus,
          stance: c.stance,
          target: c.target,
          valence: c.valence,
          intensity: c.intensity,
          flags: c.flags,
          memo,
        }),
      )
    }
    // The codings both coders agree on, of this code on this answer, go in with its first
    // decision (again on later ones: what is there already is not added twice).
    const key = e.codebook.code(decided.codeId)?.key
    const onDocument = agreementCodings(e.db).filter((c) => c.documentId === decided.documentId)
    const match = key ? segmentAgreementByCode(onDocument, input.coderA, input.coderB, input.theta).get(key) : undefined
    for (const pair of match?.matched ?? []) add(e.codings.get(pair.a.id)!)
    let memoId: string | null = null
    if (input.decision === 'keep') add(decided, reason)
    else
      memoId = e.memos.add({
        subjectType: 'coding',
        subjectId: decided.id,
        title: LEFT_OUT_OF_CONSENSUS,
        body: reason,
        authorId: null,
      }).id
    const memo = memoId ? e.memos.get(memoId)! : null
    e.history.record({
      label: { action: 'consensus', count: added.length + (memo ? 1 : 0) },
      documentIds: [decided.documentId],
      codings: added,
      undo: () =>
        e.transaction(() => {
          for (const c of added) if (e.codings.get(c.id)) e.codings.remove(c.id)
          if (memo && e.memos.get(memo.id)) e.memos.remove(memo.id)
        }),
      redo: () =>
        e.transaction(() => {
          for (const c of added) if (!e.codings.get(c.id)) e.codings.restore(c)
          if (memo && !e.memos.get(memo.id)) e.memos.add(memo, memo.id)
        }),
    })
    return { added: added.length }
  })
}

/** What was decided on a coding, and why: kept in the consensus set, left out of it, or nothing yet. */
export function consensusOf(
  e: Engagement,
  c: Pick<Coding, 'id' | 'documentId' | 'start' | 'end' | 'codeId'>,
): { decision: 'kept' | 'left'; reason: string } | null {
  const consensus = e.coders.list().find((x) => x.kind === 'consensus')
  const kept = consensus ? e.codings.findSame({ ...c, coderId: consensus.id }) : undefined
  if (kept) return { decision: 'kept', reason: kept.memo }
  const left = e.memos.of('coding', c.id).find((m) => m.title === LEFT_OUT_OF_CONSENSUS)
  return left ? { decision: 'left', reason: left.body } : null
}
