import type { Engagement } from '../engagement/engagement'
import { refKey } from '../../../shared/report/report-input'
import { MAX_VERBATIMS, type VerbatimSection } from '../../../shared/report/verbatim-candidates'
import { fail } from '../../../shared/domain/terrain-error'

type Span = { documentId: string; start: number; end: number }

/** The verbatims a section quotes, as the consultant ticked them; each must be words of a document. */
export function setVerbatims(e: Engagement, section: VerbatimSection, refs: readonly Span[]): void {
  refs.forEach((ref) => requireExcerpt(e, ref))
  e.transaction(() => e.reportChoices.setVerbatims(section, [...refs]))
}

/** One more verbatim for a section (from the evidence of a figure); the section's picks after it. */
export function addVerbatim(e: Engagement, section: VerbatimSection, ref: Span): Span[] {
  requireExcerpt(e, ref)
  return e.transaction(() => {
    const picks = e.reportChoices.verbatims()[section] ?? []
    if (picks.some((p) => refKey(p) === refKey(ref))) return picks
    if (picks.length >= MAX_VERBATIMS)
      fail('CONFLICT', `The section already quotes ${MAX_VERBATIMS} verbatims; untick one in the Report tab first.`)
    const next = [...picks, ref]
    e.reportChoices.setVerbatims(section, next)
    return next
  })
}

/** A verbatim is words of a document of this engagement: its span lies inside the text. */
function requireExcerpt(e: Engagement, ref: Span): void {
  const doc = e.documents.get(ref.documentId) ?? fail('NOT_FOUND', `No document ${ref.documentId}.`)
  if (ref.end > doc.text.length)
    fail('INVALID_RANGE', `The verbatim ends at ${ref.end}, past the end of its document (${doc.text.length}).`)
}
