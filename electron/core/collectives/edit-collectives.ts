import type { CollectiveCard } from '../../../shared/api/collectives'
import type { Collective, CollectiveLabel, CriterionNumber } from '../../../shared/domain/collective'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { collectiveCard, existingCollective } from './collective-cards'

type Score = Collective['criteria'][number]

/** A new card, not yet assessed: every criterion unknown. */
export function createCollective(e: Engagement, name: string, label: CollectiveLabel): CollectiveCard {
  const made = e.transaction(() => {
    refuseTakenName(e, name)
    return e.collectives.add({ name: name.trim(), label, criteria: [null, null, null, null, null] })
  })
  return collectiveCard(e, made.id)
}

export function updateCollective(
  e: Engagement,
  collectiveId: string,
  patch: Partial<Pick<Collective, 'name' | 'label' | 'notes'>>,
): CollectiveCard {
  e.transaction(() => {
    existingCollective(e, collectiveId)
    if (patch.name !== undefined) refuseTakenName(e, patch.name, collectiveId)
    e.collectives.update(collectiveId, { ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}) })
  })
  return collectiveCard(e, collectiveId)
}

export function setCriterion(
  e: Engagement,
  collectiveId: string,
  criterion: CriterionNumber,
  value: Score,
): CollectiveCard {
  e.transaction(() => {
    const criteria = [...existingCollective(e, collectiveId).criteria] as Collective['criteria']
    criteria[criterion - 1] = value
    e.collectives.update(collectiveId, { criteria })
  })
  return collectiveCard(e, collectiveId)
}

/** Deletes a card; its evidence links go with it, the codings stay. */
export function removeCollective(e: Engagement, collectiveId: string): { unlinked: number } {
  return e.transaction(() => {
    const unlinked = existingCollective(e, collectiveId).evidenceCodingIds.length
    e.collectives.remove(collectiveId)
    return { unlinked }
  })
}

export function linkEvidence(
  e: Engagement,
  collectiveId: string,
  codingId: string,
  criterion: CriterionNumber | null,
): CollectiveCard {
  e.transaction(() => {
    existingCollective(e, collectiveId)
    if (!e.codings.get(codingId)) fail('NOT_FOUND', `No coding ${codingId}.`)
    if (!e.collectives.linkEvidence(collectiveId, codingId, criterion))
      fail('CONFLICT', `This excerpt is already linked to the collective; unlink it first to link it again.`)
  })
  return collectiveCard(e, collectiveId)
}

export function setEvidenceCriterion(
  e: Engagement,
  collectiveId: string,
  codingId: string,
  criterion: CriterionNumber | null,
): CollectiveCard {
  e.transaction(() => e.collectives.setEvidenceCriterion(collectiveId, codingId, criterion))
  return collectiveCard(e, collectiveId)
}

export function unlinkEvidence(e: Engagement, collectiveId: string, codingId: string): CollectiveCard {
  e.transaction(() => {
    existingCollective(e, collectiveId)
    if (!e.collectives.unlinkEvidence(collectiveId, codingId))
      fail('NOT_FOUND', `Coding ${codingId} is not linked to this collective.`)
  })
  return collectiveCard(e, collectiveId)
}

/** Two cards with one name could not be told apart by the consultant or by the suggestions. */
function refuseTakenName(e: Engagement, name: string, self?: string): void {
  const other = e.collectives.named(name)
  if (other && other.id !== self)
    fail('CONFLICT', `A collective named “${other.name}” already exists; choose another name.`, other.name)
}
