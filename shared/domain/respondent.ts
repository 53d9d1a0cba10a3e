import { z } from 'zod'
import { Id, Timestamp } from './ids'
import { Group } from './groups'

/** Pseudonymous code shown everywhere (R01); the real name lives apart (RespondentIdentity). */
export const RespondentCode = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}._-]+$/u)

export const Respondent = z.object({
  id: Id,
  code: RespondentCode,
  group: Group,
  unit: z.string().nullable(),
  site: z.string().nullable(),
  role: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Respondent = z.infer<typeof Respondent>

export const RespondentInput = z.object({
  code: RespondentCode,
  group: Group,
  unit: z.string().trim().max(120).nullable().default(null),
  site: z.string().trim().max(120).nullable().default(null),
  role: z.string().trim().max(160).nullable().default(null),
})
export type RespondentInput = z.input<typeof RespondentInput>

export const RespondentIdentity = z.object({
  respondentId: Id,
  realName: z.string().nullable(),
  contact: z.string().nullable(),
})
export type RespondentIdentity = z.infer<typeof RespondentIdentity>

export const VARIABLE_TYPES = ['text', 'number', 'boolean', 'date', 'choice'] as const
export const VariableType = z.enum(VARIABLE_TYPES)
export type VariableType = z.infer<typeof VariableType>

export const Variable = z.object({
  id: Id,
  key: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  type: VariableType,
  options: z.array(z.string()),
  position: z.number().int(),
})
export type Variable = z.infer<typeof Variable>

/** A variable's value, typed by the variable's type. */
export const VariableValue = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type VariableValue = z.infer<typeof VariableValue>

/** The n-th pseudonymous code: R01, R02, ... R100. */
export const respondentCode = (n: number): string => `R${String(n).padStart(2, '0')}`

/** The next free pseudonymous code of the form R01, R02, ... (case-insensitive). */
export function nextRespondentCode(taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.toUpperCase()))
  for (let n = 1; ; n++) {
    const code = respondentCode(n)
    if (!used.has(code)) return code
  }
}
