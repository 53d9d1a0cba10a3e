import type { DisagreementExcerpt } from '../../../shared/api/agreement'
import { segmentAgreementByCode } from '../../../shared/domain/agreement/code-segments'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { agreementCodings, type AgreementCoding } from './agreement-codings'
import { consensusOf } from './consensus'

interface DisagreementsInput {
  codeKey: string
  coderA: string
  coderB: string
  theta: number
}

/** The excerpts of a code that one of two coders coded and the other did not, for side-by-side review. */
export function agreementDisagreements(
  e: Engagement,
  input: DisagreementsInput,
): { onlyA: DisagreementExcerpt[]; onlyB: DisagreementExcerpt[] } {
  if (!e.codebook.get().codes.some((c) => c.key === input.codeKey)) fail('NOT_FOUND', `No code ${input.codeKey}.`)
  for (const id of [input.coderA, input.coderB]) if (!e.coders.get(id)) fail('NOT_FOUND', `No coder ${id}.`)
  const codings = agreementCodings(e.db)
  const match = segmentAgreementByCode(codings, input.coderA, input.coderB, input.theta).get(input.codeKey)
  if (!match) return { onlyA: [], onlyB: [] }
  return { onlyA: excerpts(e, match.aOnly), onlyB: excerpts(e, match.bOnly) }
}

function excerpts(e: Engagement, codings: AgreementCoding[]): DisagreementExcerpt[] {
  const codeIds = new Map(e.codebook.get().codes.map((c) => [c.key, c.id]))
  const codeIdOf = (key: string) => codeIds.get(key) ?? ''
  const read = e.db.prepare<[string], { title: string; text: string; code: string | null }>(
    `SELECT d.title, d.text, r.code FROM documents d
     LEFT JOIN interviews i ON i.id = d.interview_id
     LEFT JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
     WHERE d.id = ?`,
  )
  const documents = new Map<string, { title: string; text: string; code: string | null }>()
  const documentOf = (id: string) => {
    if (!documents.has(id)) documents.set(id, read.get(id) ?? { title: '', text: '', code: null })
    return documents.get(id)!
  }
  return [...codings]
    .sort((x, y) => (x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.start - y.start))
    .map((c) => {
      const d = documentOf(c.documentId)
      return {
        codingId: c.id,
        documentId: c.documentId,
        documentTitle: d.title,
        respondentCode: d.code,
        start: c.start,
        end: c.end,
        text: d.text.slice(c.start, c.end),
        ...decided(
          consensusOf(e, {
            id: c.id,
            documentId: c.documentId,
            start: c.start,
            end: c.end,
            codeId: codeIdOf(c.codeKey),
          }),
        ),
      }
    })
}

const decided = (d: ReturnType<typeof consensusOf>) => ({
  consensus: d?.decision ?? null,
  consensusReason: d?.reason ?? null,
})
