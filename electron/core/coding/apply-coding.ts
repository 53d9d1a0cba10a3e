import type { ApplyCodingInput, CodingDefaults } from '../../../shared/api/coding'
import type { Coding } from '../../../shared/domain/coding'
import type { HistoryLabel } from '../../../shared/domain/coding-history'
import { fail } from '../../../shared/domain/terrain-error'
import { translate } from '../../../shared/i18n/translate'
import type { Engagement } from '../engagement/engagement'
import { UNWATCHED_JOB, type JobControl } from '../jobs/job-control'
import { recordCodingChange } from './record-coding-change'

/** One span of one document to code: what `code all hits` and autocoding apply in bulk. */
export interface CodingSpan {
  documentId: string
  start: number
  end: number
}

/** Applies one or more codes to a span: one coding per code, undoable as one action. */
export function applyCoding(e: Engagement, input: ApplyCodingInput): Coding[] {
  return applyCodingToSpans(e, [input], input, 'apply')
}

/**
 * Applies codes to many spans in one transaction and one undo step. A code already on the same
 * words by the same coder is not applied twice. Attributes not given come from each document's
 * question (its stance and target), so that "what do managers want?" is coded as ATTR manager.
 */
export function applyCodingToSpans(
  e: Engagement,
  spans: readonly CodingSpan[],
  input: Omit<ApplyCodingInput, 'documentId' | 'start' | 'end'>,
  action: HistoryLabel['action'],
  job: JobControl = UNWATCHED_JOB,
): Coding[] {
  const added = e.transaction(() => {
    const codes = new Map(
      input.codeIds.map((codeId) => [codeId, e.codebook.code(codeId) ?? fail('NOT_FOUND', `No code ${codeId}.`)]),
    )
    const coderId = input.coderId ?? defaultCoderId(e)
    if (!e.coders.get(coderId)) fail('NOT_FOUND', `No coder ${coderId}.`)
    const defaults = new Map<string, CodingDefaults>()
    const out: Coding[] = []
    for (const [i, span] of spans.entries()) {
      // Inside the transaction: a cancelled job rolls back every coding it added.
      job.step(i, spans.length)
      const doc = e.documents.get(span.documentId) ?? fail('NOT_FOUND', `No document ${span.documentId}.`)
      if (span.start >= span.end || span.end > doc.text.length)
        fail('INVALID_RANGE', `The span [${span.start}, ${span.end}) is not inside the document (${doc.text.length}).`)
      if (!defaults.has(doc.id)) defaults.set(doc.id, codingDefaults(e, doc.questionId))
      const d = defaults.get(doc.id)!
      const stance = input.stance ?? d.stance
      for (const codeId of input.codeIds) {
        if (e.codings.findSame({ ...span, codeId, coderId })) continue
        out.push(
          e.codings.add(
            {
              documentId: doc.id,
              start: span.start,
              end: span.end,
              codeId,
              coderId,
              stance,
              target: stance === 'ATTR' ? (input.target !== undefined ? input.target : d.target) : null,
              // Unless told, the code's own: overload is coded as the complaint it nearly always is.
              valence: input.valence ?? codes.get(codeId)!.defaultValence,
              intensity: input.intensity ?? null,
              memo: input.memo ?? '',
              flags: input.flags ?? [],
            },
            undefined,
            doc.text,
          ),
        )
      }
    }
    return out
  })
  recordCodingChange(e, { action }, { added, removed: [], changed: [] })
  return added
}

/** A document's question decides the stance: SELF, or ATTR with the group it asks about. */
export function codingDefaults(e: Engagement, questionId: string | null): CodingDefaults {
  const q = questionId ? e.guides.question(questionId) : undefined
  return q?.stance === 'ATTR' ? { stance: 'ATTR', target: q.target } : { stance: 'SELF', target: null }
}

/**
 * Who codes when nobody was named: the first consultant the engagement names (a coder of that name,
 * created the first time), else its first coder, else a coder named for the role.
 */
export function defaultCoderId(
  e: Engagement,
  role: 'coding.defaultCoder' | 'live.interviewerCoder' = 'coding.defaultCoder',
): string {
  const named = e.info
    .get()
    .consultants.find((c) => c.trim() !== '')
    ?.trim()
  if (named) return (e.coders.findByName(named) ?? e.coders.add(named)).id
  const first = e.coders.list().find((c) => c.kind === 'person')
  return first?.id ?? e.coders.add(translate(e.info.get().language, role)).id
}
