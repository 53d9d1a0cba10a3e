import type { Corpus } from './corpus'
import { gt, lt, percent } from './compare'
import type { Collectives, CollectivesBand, CollectiveScore, CopBand } from './result'

/**
 * D. Collective clarity: each collective's CoP score C1 + ... + C5 (null until all five are
 * assessed), the mislabels, and MisRate over the collectives the organisation calls communities.
 */
export function collectives(corpus: Corpus): Collectives {
  const t = corpus.settings.collectives
  const codingsById = corpus.collectiveEvidence()
  const items = corpus.input.collectives.map((c): CollectiveScore => {
    const { score, band, mislabel } = copVerdict(c.label, c.criteria, t)
    const evidence = c.evidenceCodingIds
      .map((id) => codingsById.get(id))
      .filter((x) => x !== undefined)
      .map((x) => ({ documentId: x.documentId, start: x.start, end: x.end, respondentId: x.respondentId }))
    return {
      id: c.id,
      name: c.name,
      label: c.label,
      score,
      band,
      mislabel,
      evidenceCodingIds: c.evidenceCodingIds,
      evidence,
    }
  })
  const communities = items.filter((c) => c.label === 'community' && c.score !== null)
  const inDisguise = communities.filter((c) => c.mislabel === 'projectGroupInDisguise').length
  const misRate = percent(inDisguise, communities.length)
  return { misRate, band: collectivesBand(misRate, t), communityLabelled: communities.length, inDisguise, items }
}

export type CopThresholds = { genuineAt: number; hybridAt: number }

/**
 * One collective's CoP score, band and mislabel from its label and C1-C5: the same verdict the
 * diagnosis gives, for the collective cards too.
 */
export function copVerdict(
  label: string,
  criteria: readonly (0 | 1 | null)[],
  t: CopThresholds,
): Pick<CollectiveScore, 'score' | 'band' | 'mislabel'> {
  const assessed = criteria.length === 5 && criteria.every((x) => x === 0 || x === 1)
  const score = assessed ? criteria.reduce<number>((s, x) => s + (x ?? 0), 0) : null
  const band: CopBand | null =
    score === null ? null : score >= t.genuineAt ? 'genuineCommunity' : score >= t.hybridAt ? 'hybrid' : 'projectGroup'
  const mislabel =
    score === null
      ? null
      : label === 'community' && score < t.hybridAt
        ? 'projectGroupInDisguise'
        : (label === 'project' || label === 'work_group') && score >= t.genuineAt
          ? 'communityCalledProject'
          : null
  return { score, band, mislabel }
}

export function collectivesBand(
  misRate: number | null,
  t: { blurredAt: number; disguiseAbove: number },
): CollectivesBand | null {
  if (misRate === null) return null
  if (lt(misRate, t.blurredAt)) return 'clear'
  return gt(misRate, t.disguiseAbove) ? 'projectGroupsInDisguise' : 'blurred'
}
