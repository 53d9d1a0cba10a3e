import type { Engagement } from '../engagement/engagement'
import type { Language } from '../../../shared/domain/groups'
import { reportInput } from './report-input'
import { refKey } from '../../../shared/report/report-input'
import { verbatimCandidates, type VerbatimSection } from '../../../shared/report/verbatim-candidates'

type Span = { documentId: string; start: number; end: number }

/**
 * The quotes a section may carry: the consultant's picks first, then what the interviewer marked
 * as key on site, then the rest in the diagnosis' order; the same words listed once.
 */
export function reportCandidates(e: Engagement, section: VerbatimSection, language: Language) {
  const input = reportInput(e, language)
  const picked = new Set((input.picks[section] ?? []).map(refKey))
  const respondentOf = new Map(input.respondents.map((r) => [r.id, r]))
  const refs = [...(input.picks[section] ?? []), ...verbatimCandidates(input.diagnosis)[section]]
  // One line per quote: the same words (coded twice, or by two coders) are listed once.
  const seen = new Set<string>()
  const words = (r: Span) => (input.excerpts[refKey(r)] ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
  const marks = new Map<string, { start: number; end: number }[]>()
  const isKey = (r: Span) => {
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
  const rank = (c: { picked: boolean; key: boolean }) => (c.picked ? 0 : c.key ? 1 : 2)
  return candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c)
}
