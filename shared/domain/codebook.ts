import { z } from 'zod'
import { Id } from './ids'
import { Bilingual } from './groups'

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
})
export type CodeFamily = z.infer<typeof CodeFamily>

export const Code = z.object({
  id: Id,
  key: CodeKey,
  familyId: Id.nullable(),
  parentId: Id.nullable(),
  name: Bilingual,
  definition: Bilingual,
  include: z.string(),
  exclude: z.string(),
  example: Bilingual,
  color: z.string(),
  shortcut: z.string().nullable(),
  diagnosis: DiagnosisRoles,
  analystOnly: z.boolean(),
  flags: z.array(z.string()),
  ibmItems: z.array(z.string()),
  position: z.number().int(),
})
export type Code = z.infer<typeof Code>

export const Codebook = z.object({
  sourceId: z.string().nullable(),
  name: Bilingual,
  note: z.string(),
  decisionRules: z.array(z.string()),
  families: z.array(CodeFamily),
  codes: z.array(Code),
})
export type Codebook = z.infer<typeof Codebook>
