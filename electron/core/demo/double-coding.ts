import type { Coder, Coding } from '../../../shared/domain/coding'
import type { Language } from '../../../shared/domain/groups'
import { DEFAULT_THETA } from '../../../shared/domain/agreement/segment-matching'
import type { Engagement } from '../engagement/engagement'
import { agreementDisagreements } from '../agreement/agreement-disagreements'
import { decideConsensus } from '../agreement/consensus'
import type { DemoEngagement } from './demo-content'
import { SeededRandom } from './seeded-random'

/** One double-coded interview: who interviewed (and coded first), and what they coded. */
export interface FirstCoding {
  coderId: string
  codings: Coding[]
}

/**
 * The demo's team work: the second consultant codes some interviews again, blind, with the
 * disagreements two coders really have (a community read as a project group, overload as
 * fragmentation, a few codings missed); the team then settles two codes by consensus, keeping
 * what the interviewer coded, with a reason. The Agreement tab and the diagnosis' reliability
 * gate show this from the first start.
 */
export function doubleCodeDemo(
  e: Engagement,
  plan: DemoEngagement['doubleCoding'],
  lang: Language,
  coders: readonly Coder[],
  interviews: readonly FirstCoding[],
): void {
  const rng = new SeededRandom(plan.seed)
  const codeKeys = new Map(e.codebook.codes().map((c) => [c.id, c.key]))
  const codeIds = new Map(e.codebook.codes().map((c) => [c.key, c.id]))
  const settled = new Set(plan.consensus.codes)
  const confusion = new Map(plan.confusions.map((c) => [c.key, c]))
  /** The first coder's code that each second coding stands for, for the consensus' reason. */
  const readAs = new Map<string, string>()

  for (const interview of interviews) {
    const second = coders.find((c) => c.id !== interview.coderId)!
    const byDocument = new Map<string, Coding[]>()
    for (const c of interview.codings) byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c])
    for (const codings of byDocument.values()) {
      // Answers the team settles hold disagreements on the settled codes only: the story of the
      // demo's consensus stays that of communities and project groups.
      const toSettle = codings.some((c) => settled.has(codeKeys.get(c.codeId)!))
      for (const c of codings) {
        const key = codeKeys.get(c.codeId)!
        const confused = confusion.get(key)
        if (toSettle && !settled.has(key)) {
          readAs.set(copy(e, c, second.id, c.codeId).id, key)
          continue
        }
        if (confused && rng.chance(confused.share)) {
          readAs.set(copy(e, c, second.id, codeIds.get(confused.as)!).id, key)
          continue
        }
        if (!toSettle && rng.chance(plan.missed)) continue
        readAs.set(copy(e, c, second.id, c.codeId).id, key)
      }
    }
  }

  const [a, b] = coders
  const interviewerOf = new Map(interviews.flatMap((i) => i.codings.map((c) => [c.documentId, i.coderId])))
  for (const codeKey of plan.consensus.codes) {
    const { onlyA, onlyB } = agreementDisagreements(e, { codeKey, coderA: a!.id, coderB: b!.id, theta: DEFAULT_THETA })
    for (const excerpt of [...onlyA, ...onlyB]) {
      const coding = e.codings.get(excerpt.codingId)!
      const byInterviewer = interviewerOf.get(coding.documentId) === coding.coderId
      const heard = byInterviewer ? codeKey : readAs.get(coding.id)
      const reason = heard ? plan.consensus.reasons[heard]?.[lang] : undefined
      if (!reason) continue
      decideConsensus(e, {
        codingId: coding.id,
        decision: byInterviewer ? 'keep' : 'leave',
        reason,
        coderA: a!.id,
        coderB: b!.id,
        theta: DEFAULT_THETA,
      })
    }
  }
}

function copy(e: Engagement, c: Coding, coderId: string, codeId: string): Coding {
  return e.codings.add({
    documentId: c.documentId,
    start: c.start,
    end: c.end,
    codeId,
    coderId,
    stance: c.stance,
    target: c.target,
    valence: c.valence,
    intensity: c.intensity,
    flags: c.flags,
  })
}
