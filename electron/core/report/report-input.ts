import type { Language } from '../../../shared/domain/groups'
import type { ReportInput } from '../../../shared/report/report-input'
import { refKey } from '../../../shared/report/report-input'
import { verbatimCandidates } from '../../../shared/report/verbatim-candidates'
import { sentenceAround } from '../../../shared/report/sentence'
import type { Engagement } from '../engagement/engagement'
import { engagementDiagnosis } from '../diagnosis/engagement-diagnosis'
import { agreementForReport } from '../agreement/agreement-for-report'

/** Everything the report is built from, read from an engagement. */
export function reportInput(e: Engagement, lang: Language, today = new Date()): ReportInput {
  const diagnosis = engagementDiagnosis(e)
  const info = e.info.get()
  const codebook = e.codebook.get()
  const families = new Map(codebook.families.map((f) => [f.id, f]))
  const guides = e.guides.list()
  const cards = guides.flatMap((g) => g.questions).find((q) => q.options?.motiveCards)
  const picks = e.reportChoices.verbatims()
  const refs = [
    ...Object.values(verbatimCandidates(diagnosis)).flat(),
    ...Object.values(picks).flat(),
    ...diagnosis.recommendations.flatMap((r) => r.supporting),
  ]

  const texts = new Map<string, { text: string; respondentId: string | null }>()
  const documentOf = (id: string) => {
    if (!texts.has(id)) {
      const d = e.documents.get(id)
      const respondentId = d
        ? (d.respondentId ?? (d.interviewId ? (e.interviews.get(d.interviewId)?.respondentId ?? null) : null))
        : null
      texts.set(id, { text: d?.text ?? '', respondentId })
    }
    return texts.get(id)!
  }
  const excerpts: Record<string, string> = {}
  const documentRespondent: Record<string, string> = {}
  for (const r of refs) {
    const doc = documentOf(r.documentId)
    excerpts[refKey(r)] = sentenceAround(doc.text, r.start, r.end)
    if (doc.respondentId) documentRespondent[r.documentId] = doc.respondentId
  }

  return {
    lang,
    generatedOn: today.toISOString().slice(0, 10),
    engagement: {
      client: info.client,
      title: info.title,
      consultants: info.consultants,
      startDate: info.startDate,
      endDate: info.endDate,
    },
    diagnosis,
    respondents: e.respondents
      .list()
      .map((r) => ({ id: r.id, code: r.code, group: r.group, unit: r.unit, site: r.site })),
    interviewsDone: e.interviews.countDone(),
    // Excerpts, not codings: the same code on the same words by two consultants is one excerpt.
    codings: e.db
      .prepare(
        `SELECT count(*) FROM (SELECT DISTINCT c.document_id, c.start, c.end, c.code_id FROM codings c
           JOIN coders p ON p.id = c.coder_id AND p.kind = 'person')`,
      )
      .pluck()
      .get() as number,
    agreement: agreementForReport(e),
    codes: codebook.codes.map((c) => {
      const f = c.familyId ? families.get(c.familyId) : undefined
      return {
        key: c.key,
        name: c.name,
        definition: c.definition,
        family: f?.key ?? null,
        familyName: f?.name ?? { fr: '', en: '' },
      }
    }),
    guides,
    cardLabels: Object.fromEntries((cards?.options?.items ?? []).map((i) => [i.key, i.label])),
    excerpts,
    documentRespondent,
    texts: e.reportChoices.texts(lang),
    picks,
    realNames: e.identities.realNames(),
  }
}
