import type { CollectiveCard } from '../../../shared/api/collectives'
import type { Collective } from '../../../shared/domain/collective'
import { copVerdict } from '../../../shared/domain/diagnosis/collectives'
import { readEngagementSettings, resolveDiagnosisSettings } from '../../../shared/domain/diagnosis-settings'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { collectiveExcerptRepository } from '../repositories/collective-excerpts'

/** Every collective the respondents named, as a card: label, C1-C5, verdict, evidence. */
export function collectiveCards(e: Engagement): CollectiveCard[] {
  const evidence = collectiveExcerptRepository(e.db).evidenceByCollective()
  // The engagement's own thresholds, so that the card agrees with the diagnosis.
  const thresholds = resolveDiagnosisSettings(readEngagementSettings(e.info.settings()).diagnosis).collectives
  return e.collectives.list().map((c) => toCard(c, evidence.get(c.id) ?? [], thresholds))
}

/** One card, after a change to it. */
export function collectiveCard(e: Engagement, collectiveId: string): CollectiveCard {
  return collectiveCards(e).find((c) => c.id === collectiveId) ?? fail('NOT_FOUND', `No collective ${collectiveId}.`)
}

export function existingCollective(e: Engagement, collectiveId: string): Collective {
  return e.collectives.get(collectiveId) ?? fail('NOT_FOUND', `No collective ${collectiveId}.`)
}

function toCard(
  c: Collective,
  evidence: CollectiveCard['evidence'],
  thresholds: Parameters<typeof copVerdict>[2],
): CollectiveCard {
  return {
    id: c.id,
    name: c.name,
    label: c.label,
    criteria: c.criteria,
    notes: c.notes,
    respondents: new Set(evidence.flatMap((x) => (x.respondentId ? [x.respondentId] : []))).size,
    verdict: copVerdict(c.label, c.criteria, thresholds),
    evidence,
  }
}
