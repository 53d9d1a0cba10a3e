import { z } from 'zod'

/** A coding shortcut: one digit 1-9 or one letter, stored lower-case. */
export const CodeShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[1-9a-z]$/, 'A shortcut is one digit from 1 to 9 or one letter.')
export type CodeShortcut = z.infer<typeof CodeShortcut>

/** A code or family colour: #RRGGBB, stored upper-case. */
export const CodeColour = z
  .string()
  .trim()
  .regex(/^#[0-9A-Fa-f]{6}$/, 'A colour is written #RRGGBB.')
  .toUpperCase()
