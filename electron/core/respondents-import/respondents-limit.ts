import type { Engagement } from '../engagement/engagement'
import { MAX_RESPONDENTS } from '../files/limits'
import { refuseLimit } from '../files/refuse-limit'

/** Counts the respondents a file would bring into the engagement, to hold it to MAX_RESPONDENTS. */
export interface RespondentsLimit {
  /** Counts a data row by its code cell (null: empty, a new code is given); false once the count is past the limit. */
  admit(code: string | null): boolean
  /** Refuses the file (LimitRefusal) if its rows would bring the engagement past the limit. */
  check(): void
}

/**
 * A row adds a respondent unless its code is already in the engagement (an update) or on an
 * earlier row (refused anyway as a repetition). Past the limit the reader keeps nothing of the
 * rows, only counts them, so that the refusal says how many respondents the file would make.
 */
export function respondentsLimit(e: Engagement, file: string): RespondentsLimit {
  const existing = new Set(e.respondents.list().map((r) => r.code.toUpperCase()))
  const added = new Set<string>()
  let blank = 0
  const total = () => existing.size + added.size + blank
  return {
    admit(code) {
      if (code === null) blank++
      else if (!existing.has(code.toUpperCase())) added.add(code.toUpperCase())
      return total() <= MAX_RESPONDENTS
    },
    check() {
      if (total() > MAX_RESPONDENTS) refuseLimit('MAX_RESPONDENTS', file, total())
    },
  }
}
