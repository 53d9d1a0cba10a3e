import { z } from 'zod'
import { Id } from './ids'
import { Bilingual, Valence, type Language } from './groups'

export const PragmatismRole = z.enum(['pragmatic', 'relational'])
export const IdealismRole = z.enum(['pragmatic', 'relational'])

/** A code's roles in the diagnosis (method/DIAGNOSIS.md); null roles are inherited from the parent. */
export const DiagnosisRoles = z.object({
  pragmatism: PragmatismRole.nullable(),
  idealism: IdealismRole.nullable(),
})
export type DiagnosisRoles = z.infer<typeof DiagnosisRoles>

/** Stable code key: OUT.FIND, or one the consultant gives a new code. */
export const CodeKey = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)

export const CodeFamily = z.object({
  id: Id,
  key: z.string(),
  name: Bilingual,
  pole: z.string().nullable(),
  color: z.string(),
  position: z.number().int(),
  /** Its codes are mutually exclusive categories: an answer takes one of them at most (agreement by family). */
  exclusive: z.boolean(),
})
export type CodeFamily = z.infer<typeof CodeFamily>

export const Code = z.object({
  id: Id,
  key: CodeKey,
  familyId: Id.nullable(),
  parentId: Id.nullable(),
  name: Bilingual,
  definition: Bilingual,
  /** What to code with it, and what to code instead, in each language. */
  include: Bilingual,
  exclude: Bilingual,
  example: Bilingual,
  color: z.string(),
  shortcut: z.string().nullable(),
  diagnosis: DiagnosisRoles,
  /**
   * The valence a new coding of this code takes: negative for the codes whose measure counts only
   * complaints (the attention load reads ATT.* excerpts of valence "-"), neutral otherwise.
   */
  defaultValence: Valence,
  analystOnly: z.boolean(),
  flags: z.array(z.string()),
  ibmItems: z.array(z.string()),
  position: z.number().int(),
})
export type Code = z.infer<typeof Code>

/**
 * A decision rule of the codebook, in both languages. Files and engagements made before rules had
 * two languages hold one string: the English rule.
 */
export const DecisionRule = z.union([
  z.string().transform((en) => ({ fr: '', en })),
  z.object({ fr: z.string(), en: z.string() }),
])
export type DecisionRule = z.output<typeof DecisionRule>

export const Codebook = z.object({
  sourceId: z.string().nullable(),
  name: Bilingual,
  note: z.string(),
  decisionRules: z.array(DecisionRule),
  families: z.array(CodeFamily),
  codes: z.array(Code),
})
export type Codebook = z.infer<typeof Codebook>

/**
 * A code's rule in the language asked, else in the other: a consultant's own code may have its
 * rules in one language only, and a rule in the other language says more than none.
 */
export const ruleIn = (rule: Bilingual, lang: Language): string => rule[lang] || rule[lang === 'fr' ? 'en' : 'fr']
