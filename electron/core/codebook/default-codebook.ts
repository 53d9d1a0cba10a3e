import { z } from 'zod'
import source from '../../../resources/codebook.json'
import { shadeOf } from '../../../shared/domain/colour'
import { Valence } from '../../../shared/domain/groups'
import { DecisionRule } from '../../../shared/domain/codebook'
import type { Engagement } from '../engagement/engagement'
import { TERRAIN_NAMESPACE, uuidV5 } from './uuid-v5'

const Text2 = z.object({ fr: z.string(), en: z.string() })
const NO_RULE = { fr: '', en: '' }
const SourceCode = z.object({
  key: z.string(),
  name: Text2,
  definition: Text2,
  include: Text2.default(NO_RULE),
  exclude: Text2.default(NO_RULE),
  example: Text2.optional(),
  defaultValence: Valence.default('0'),
  diagnosis: z
    .object({
      pragmatism: z.enum(['pragmatic', 'relational']).optional(),
      idealism: z.enum(['pragmatic', 'relational']).optional(),
    })
    .optional(),
  analystOnly: z.boolean().optional(),
  flags: z.array(z.string()).optional(),
  ibmItems: z.array(z.string()).optional(),
})
export const SourceCodebook = z.object({
  id: z.string(),
  name: Text2,
  note: z.string().default(''),
  decisionRules: z.array(DecisionRule).default([]),
  families: z.array(
    z.object({
      id: z.string(),
      name: Text2,
      pole: z.string().nullable().optional(),
      color: z.string(),
      codes: z.array(SourceCode),
    }),
  ),
})
export type SourceCodebook = z.infer<typeof SourceCodebook>

export const defaultCodebook = (): SourceCodebook => SourceCodebook.parse(source)

/** The id a codebook's code gets in every engagement made from it. */
export const sourceCodeId = (codebookId: string, key: string): string =>
  uuidV5(`${codebookId}/code/${key}`, TERRAIN_NAMESPACE)

/** Shortcut keys of the default codes in codebook order: 1-9, then letters. */
const SHORTCUTS = '123456789abcdefghijklmnopqrstuvwxyz'

/**
 * Loads a codebook into an engagement with ids derived from the codebook id and each key, so that
 * two engagements made from the same codebook agree when merged.
 */
export function loadCodebook(e: Engagement, cb: SourceCodebook = defaultCodebook()): void {
  e.codebook.setHeader({ sourceId: cb.id, name: cb.name, note: cb.note, decisionRules: cb.decisionRules })
  let position = 0
  cb.families.forEach((f, fi) => {
    const family = e.codebook.addFamily(
      { key: f.id, name: f.name, pole: f.pole ?? null, color: f.color.toUpperCase(), position: fi, exclusive: false },
      uuidV5(`${cb.id}/family/${f.id}`, TERRAIN_NAMESPACE),
    )
    f.codes.forEach((c, ci) => {
      e.codebook.addCode(
        {
          key: c.key,
          familyId: family.id,
          parentId: null,
          name: c.name,
          definition: c.definition,
          include: c.include,
          exclude: c.exclude,
          example: c.example ?? { fr: '', en: '' },
          color: shadeOf(f.color, ci, f.codes.length),
          shortcut: SHORTCUTS[position] ?? null,
          diagnosis: { pragmatism: c.diagnosis?.pragmatism ?? null, idealism: c.diagnosis?.idealism ?? null },
          defaultValence: c.defaultValence,
          analystOnly: c.analystOnly ?? false,
          flags: c.flags ?? [],
          ibmItems: c.ibmItems ?? [],
          position,
        },
        sourceCodeId(cb.id, c.key),
      )
      position++
    })
  })
}
