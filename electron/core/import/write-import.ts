import type { ImportSummary } from '../../../shared/api/imports'
import { translate } from '../../../shared/i18n/translate'
import type { Engagement } from '../engagement/engagement'
import { layOut, type ImportPlan } from './plan-import'

/** The guide that holds the questions an import creates, found again by this key on the next import. */
export const IMPORTED_GUIDE_KEY = 'imported-questions'

export type ProgressCallback = (done: number, total: number) => void

/** Writes a plan in one transaction: all of it lands, or none. Progress counts the codings written. */
export function writeImport(
  e: Engagement,
  plan: ImportPlan,
  file: string,
  onProgress?: ProgressCallback,
): ImportSummary {
  const total = plan.codings
  const step = Math.max(1, Math.floor(total / 100))
  let done = 0
  onProgress?.(0, total)
  e.transaction(() => {
    const questionIds = new Map<string, string>()
    if (plan.newQuestions.length > 0) {
      const guideId = importedGuide(e)
      for (const text of plan.newQuestions)
        questionIds.set(text, e.guides.addQuestion(guideId, { text: { fr: text, en: text }, type: 'open' }).id)
    }
    const coderIds = new Map<string, string>()
    for (const [key, c] of plan.coders) coderIds.set(key, c.existingId ?? e.coders.add(c.name).id)
    const respondentIds = new Map<string, string>()
    for (const [key, r] of plan.respondents)
      respondentIds.set(key, r.existingId ?? e.respondents.add({ code: r.code, group: r.group }).id)

    for (const d of plan.documents) {
      // Laid out one document at a time: only the one being written has its text built.
      const { text, excerpts } = layOut(d)
      const doc = e.documents.add({
        kind: 'imported',
        respondentId: respondentIds.get(d.respondent)!,
        questionId: d.questionId ?? questionIds.get(d.questionText)!,
        title: d.questionText,
        text,
        source: file,
      })
      for (const x of excerpts) {
        for (const c of x.codings) {
          const coding = {
            documentId: doc.id,
            start: x.start,
            end: x.end,
            codeId: c.codeId,
            coderId: coderIds.get(c.coder)!,
            stance: c.stance,
            target: c.target,
            valence: c.valence,
            intensity: c.intensity,
          }
          e.codings.add(coding, undefined, text)
          done++
          if (done % step === 0 && done < total) onProgress?.(done, total)
        }
      }
    }
  })
  if (total > 0) onProgress?.(total, total)
  const created = <T extends { existingId: string | null }>(m: Map<string, T>) =>
    [...m.values()].filter((v) => v.existingId === null).length
  return {
    file,
    rows: plan.rows,
    excerpts: plan.documents.reduce((n, d) => n + d.excerpts.size, 0),
    codings: plan.codings,
    documents: plan.documents.length,
    respondentsCreated: created(plan.respondents),
    respondentsReused: plan.respondents.size - created(plan.respondents),
    questionsCreated: plan.newQuestions.length,
    questionsReused: plan.questionsReused,
    codersCreated: created(plan.coders),
    codersReused: plan.coders.size - created(plan.coders),
  }
}

/** The guide of imported questions (group other), made by the first import that needs it. */
function importedGuide(e: Engagement): string {
  const existing = e.guides.list().find((g) => g.key === IMPORTED_GUIDE_KEY)
  if (existing) return existing.id
  const name = { fr: translate('fr', 'import.guideName'), en: translate('en', 'import.guideName') }
  return e.guides.add({ key: IMPORTED_GUIDE_KEY, group: 'other', name }).id
}
