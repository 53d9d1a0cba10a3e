import { z } from 'zod'
import { DecisionRule, IdealismRole, PragmatismRole } from '../../../shared/domain/codebook'
import { Valence } from '../../../shared/domain/groups'

const Texts = z.object({ fr: z.string(), en: z.string() })
/**
 * A rule in both languages; files written before rules had two languages give one string, the
 * method's English (engagements were made from it), read as the English rule.
 */
const Rule = z.union([Texts.partial(), z.string().transform((en) => ({ en }))])

/** A code in Terrain's codebook file: resources/codebook.json's, plus what an engagement adds. */
export const CodebookJsonCode = z.object({
  key: z.string(),
  /** The code's UUID, kept so that engagements that exchange the file agree when merged. */
  id: z.string().optional(),
  name: Texts,
  definition: Texts.optional(),
  include: Rule.optional(),
  exclude: Rule.optional(),
  example: Texts.optional(),
  /** The valence a new coding of the code takes ("-" for overload); absent: not said (kept, or neutral for a new code). */
  defaultValence: Valence.optional(),
  color: z.string().optional(),
  shortcut: z.string().nullable().optional(),
  /** The key of the code it is nested under. */
  parent: z.string().nullable().optional(),
  diagnosis: z
    .object({ pragmatism: PragmatismRole.nullable().optional(), idealism: IdealismRole.nullable().optional() })
    .optional(),
  analystOnly: z.boolean().optional(),
  flags: z.array(z.string()).optional(),
  ibmItems: z.array(z.string()).optional(),
})
export type CodebookJsonCode = z.infer<typeof CodebookJsonCode>

export const CodebookJsonFamily = z.object({
  /** The family's key (OUT), as in resources/codebook.json. */
  id: z.string(),
  uuid: z.string().optional(),
  name: Texts,
  pole: z.string().nullable().optional(),
  color: z.string().optional(),
  /** Its codes are mutually exclusive categories (agreement is then measured over the family). */
  exclusive: z.boolean().optional(),
  codes: z.array(CodebookJsonCode),
})
export type CodebookJsonFamily = z.infer<typeof CodebookJsonFamily>

export const CodebookJson = z.object({
  id: z.string(),
  name: Texts,
  note: z.string().optional(),
  decisionRules: z.array(DecisionRule).optional(),
  families: z.array(CodebookJsonFamily),
  /** Codes outside any family. */
  codes: z.array(CodebookJsonCode).optional(),
})
export type CodebookJson = z.infer<typeof CodebookJson>
