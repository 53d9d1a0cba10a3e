import { z } from 'zod'

/** Respondent groups; also the values of an ATTR coding's target. */
export const GROUPS = ['employee', 'manager', 'leadership', 'customer', 'other'] as const
export const Group = z.enum(GROUPS)
export type Group = z.infer<typeof Group>

export const STANCES = ['SELF', 'ATTR'] as const
export const Stance = z.enum(STANCES)
export type Stance = z.infer<typeof Stance>

export const VALENCES = ['+', '-', '0'] as const
export const Valence = z.enum(VALENCES)
export type Valence = z.infer<typeof Valence>

export const LANGUAGES = ['fr', 'en'] as const
export const Language = z.enum(LANGUAGES)
export type Language = z.infer<typeof Language>

/** A text in both languages of the product. */
export const Bilingual = z.object({ fr: z.string(), en: z.string() })
export type Bilingual = z.infer<typeof Bilingual>
