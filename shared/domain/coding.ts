import { z } from 'zod'
import { Id, Offset, Timestamp } from './ids'
import { Group, Stance, Valence } from './groups'

export const Intensity = z.union([z.literal(1), z.literal(2), z.literal(3)])

/**
 * What a coder may tick on a coding beyond its attributes, where its code allows it (the code's
 * flags): activityOnly on EXE.GOV, governance that measures activity only (DIAGNOSIS.md, E and R12).
 */
export const CODING_FLAGS = ['activityOnly'] as const
export const CodingFlag = z.enum(CODING_FLAGS)
export type CodingFlag = z.infer<typeof CodingFlag>

export const Coding = z.object({
  id: Id,
  documentId: Id,
  start: Offset,
  end: Offset,
  /** The selected words, kept so that a coding can be re-anchored after an edit. */
  text: z.string(),
  codeId: Id,
  coderId: Id,
  stance: Stance,
  target: Group.nullable(),
  valence: Valence,
  intensity: Intensity.nullable(),
  flags: z.array(z.string()),
  memo: z.string(),
  needsReview: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Coding = z.infer<typeof Coding>

export const CODER_KINDS = ['person', 'consensus'] as const

/** A memo's title that says a coding was left out of the consensus (its body is the reason). */
export const LEFT_OUT_OF_CONSENSUS = 'consensus:left-out'
export const Coder = z.object({
  id: Id,
  name: z.string(),
  initials: z.string(),
  kind: z.enum(CODER_KINDS),
})
export type Coder = z.infer<typeof Coder>
