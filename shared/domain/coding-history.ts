import { z } from 'zod'

/** What an undoable coding action was, for the Undo and Redo menu items: a message key and its figures. */
export const HISTORY_ACTIONS = [
  'apply',
  'remove',
  'change',
  'mergeCodes',
  'autocode',
  'codeHits',
  'clearReview',
  'consensus',
] as const
export const HistoryLabel = z.object({
  action: z.enum(HISTORY_ACTIONS),
  /** How many codings the action touched. */
  count: z.number().int().nonnegative(),
  /** Which action of the session it is (two actions may read the same). */
  id: z.number().int().positive(),
})
export type HistoryLabel = z.infer<typeof HistoryLabel>

export const HistoryState = z.object({ undo: HistoryLabel.nullable(), redo: HistoryLabel.nullable() })
export type HistoryState = z.infer<typeof HistoryState>
