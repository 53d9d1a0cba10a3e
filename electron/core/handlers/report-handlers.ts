import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import type { Engagement } from '../engagement/engagement'
import { reportHtml } from '../report/export-report'
import { reportInput } from '../report/report-input'
import { buildReport } from '../../../shared/report/build-report'
import { refKey } from '../../../shared/report/report-input'
import { MAX_VERBATIMS, verbatimCandidates } from '../../../shared/report/verbatim-candidates'
import { fail } from '../../../shared/domain/terrain-error'

type ReportHandlers = Pick<
  CoreHandlers,
  | 'report.preview'
  | 'report.texts'
  | 'report.setText'
  | 'report.candidates'
  | 'report.setVerbatims'
  | 'report.addVerbatim'
>

export function reportHandlers(session: Session): ReportHandlers {
  return {
    'report.preview': ({ language }) => {
      const e = session.requireEngagement()
      const input = reportInput(e, language)
      const { html, doc } = reportHtml(e, language, { forPrint: false, input })
      // The draft is what the generator writes when the consultant has written nothing.
      const draft = buildReport({ ...input, texts: {} }).sections.find((s) => s.id === 'executiveSummary')!
      const draftSummary = draft.blocks
        .map((b) =>
          b.kind === 'p' ? b.text : b.kind === 'list' ? b.items.map((i, n) => `${n + 1}. ${i}`).join('\n') : '',
        )
        .filter(Boolean)
        .join('\n\n')
      return {
        html,
        sections: doc.sections.map((s) => ({ id: s.id, title: s.title })),
        warnings: doc.warnings,
        draftSummary,
      }
    },
    'report.texts': ({ language }) => session.requireEngagement().reportChoices.texts(language),
    'report.setText': ({ section, language, body }) => {
      const e = session.requireEngagement()
      e.transaction(() => e.reportChoices.setText(section, language, body))
      return null
    },
    'report.candidates': ({ section, language }) => {
      const e = session.requireEngagement()
      const input = reportInput(e, language)
      const picked = new Set((input.picks[section] ?? []).map(refKey))
      const respondentOf = new Map(input.respondents.map((r) => [r.id, r]))
      const refs = [...(input.picks[section] ?? []), ...verbatimCandidates(input.diagnosis)[section]]
      // One line per quote: the same words (coded twice, or by two coders) are listed once.
      const seen = new Set<string>()
      const words = (r: { documentId: string; start: number; end: number }) =>
        (input.excerpts[refKey(r)] ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
      const marks = new Map<string, { start: number; end: number }[]>()
      const isKey = (r: { documentId: string; start: number; end: number }) => {
        if (!marks.has(r.documentId)) marks.set(r.documentId, e.keyVerbatims.ofDocument(r.documentId))
        return marks.get(r.documentId)!.some((k) => k.start < r.end && r.start < k.end)
      }
      const candidates = refs
        .filter((r) => words(r) !== '' && !seen.has(words(r)) && seen.add(words(r)) !== undefined)
        .map((r) => ({
          documentId: r.documentId,
          start: r.start,
          end: r.end,
          text: input.excerpts[refKey(r)] ?? '',
          group: respondentOf.get(input.documentRespondent[r.documentId] ?? '')?.group ?? 'other',
          respondentCode: respondentOf.get(input.documentRespondent[r.documentId] ?? '')?.code ?? null,
          picked: picked.has(refKey(r)),
          key: isKey(r),
        }))
      // The picks first, then what the interviewer marked as key on site, then the rest in order.
      const rank = (c: { picked: boolean; key: boolean }) => (c.picked ? 0 : c.key ? 1 : 2)
      return candidates
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
        .map(({ c }) => c)
    },
    'report.setVerbatims': ({ section, refs }) => {
      const e = session.requireEngagement()
      refs.forEach((ref) => requireExcerpt(e, ref))
      e.transaction(() => e.reportChoices.setVerbatims(section, refs))
      return null
    },
    'report.addVerbatim': ({ section, ref }) => {
      const e = session.requireEngagement()
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
    },
  }
}

/** A verbatim is words of a document of this engagement: its span lies inside the text. */
function requireExcerpt(e: Engagement, ref: { documentId: string; start: number; end: number }): void {
  const doc = e.documents.get(ref.documentId) ?? fail('NOT_FOUND', `No document ${ref.documentId}.`)
  if (ref.end > doc.text.length)
    fail('INVALID_RANGE', `The verbatim ends at ${ref.end}, past the end of its document (${doc.text.length}).`)
}
