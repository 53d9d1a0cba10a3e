import { z } from 'zod'
import source from '../../../resources/guides.json'
import { Bilingual, Group } from '../../../shared/domain/groups'
import { Question } from '../../../shared/domain/guide'
import type { Engagement } from '../engagement/engagement'
import { TERRAIN_NAMESPACE, uuidV5 } from '../codebook/uuid-v5'

const SourceGuides = z.object({
  id: z.string(),
  consent: Bilingual,
  guides: z.array(
    z.object({
      key: z.string(),
      group: Group,
      name: Bilingual,
      intro: Bilingual,
      /** A guide's own consent text (the customers' names the brand); else the common one. */
      consent: Bilingual.optional(),
      questions: z.array(Question.omit({ id: true, guideId: true, position: true }).extend({ key: z.string() })),
    }),
  ),
})
export type SourceGuides = z.infer<typeof SourceGuides>

export const defaultGuides = (): SourceGuides => SourceGuides.parse(source)

/**
 * Loads the default guides (one per group, both languages) into an engagement, with ids derived
 * from the guides' id and each key, so that engagements made from them agree when merged.
 */
export function loadGuides(e: Engagement, g: SourceGuides = defaultGuides()): void {
  for (const guide of g.guides) {
    const { id } = e.guides.add(
      { key: guide.key, group: guide.group, name: guide.name, intro: guide.intro, consent: guide.consent ?? g.consent },
      uuidV5(`${g.id}/guide/${guide.key}`, TERRAIN_NAMESPACE),
    )
    for (const q of guide.questions) e.guides.addQuestion(id, q, uuidV5(`${g.id}/question/${q.key}`, TERRAIN_NAMESPACE))
  }
}
