import type { Engagement } from '../engagement/engagement'
import type { Language } from '../../../shared/domain/groups'
import { reportHtml } from './export-report'

/**
 * The report as the Report tab previews it: the HTML, its sections, the names it would show, and
 * the summary the generator writes when the consultant has written none (the draft to start from).
 */
export function reportPreview(e: Engagement, language: Language) {
  const { html, doc } = reportHtml(e, language, { forPrint: false })
  // Built once: the document carries the generated summary beside the consultant's own.
  const draftSummary = doc.draftSummary.blocks
    .map((b) => (b.kind === 'p' ? b.text : b.kind === 'list' ? b.items.map((i, n) => `${n + 1}. ${i}`).join('\n') : ''))
    .filter(Boolean)
    .join('\n\n')
  return {
    html,
    sections: doc.sections.map((s) => ({ id: s.id, title: s.title })),
    warnings: doc.warnings,
    draftSummary,
  }
}
