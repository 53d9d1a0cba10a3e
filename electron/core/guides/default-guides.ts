import { z } from 'zod'
import source from '../../../resources/guides.json'
import { Bilingual, Group } from '../../../shared/domain/groups'
import { Question } from '../../../shared/domain/guide'
import type { Engagement } from '../engagement/engagement'

const SourceGuides = z.object({
  id: z.string(),
  consent: Bilingual,
  guides: z.array(
    z.object({
      key: z.string(),
      group: Group,
      name: Bilingual,
      intro: Bilingual,
      questions: z.array(Question.omit({ id: true, guideId: true, position: true }).extend({ key: z.string() })),
    }),
  ),
})
export type SourceGuides = z.infer<typeof SourceGuides>

export const defaultGuides = (): SourceGuides => SourceGuides.parse(source)

/** Loads the default guides (one per group, both languages) into an engagement. */
export function loadGuides(e: Engagement, g: SourceGuides = defaultGuides()): void {
  for (const guide of g.guides) {
    const { id } = e.guides.add({ key: guide.key, group: guide.group, name: guide.name, intro: guide.intro })
    for (const q of guide.questions) e.guides.addQuestion(id, q)
  }
}
