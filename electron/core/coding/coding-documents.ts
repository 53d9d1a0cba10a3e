import type { CodingDocument, CodingDocumentRow } from '../../../shared/api/coding'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'
import { codingDefaults } from './apply-coding'

/**
 * Every text that can be coded (answers, transcripts, imported excerpts), by respondent and in the
 * guide's order, with how much of it is coded and how many codings wait for review.
 */
export function codingDocuments(e: Engagement): CodingDocumentRow[] {
  return e.db
    .prepare<[], CodingDocumentRow>(
      `SELECT d.id, d.kind, d.title, d.interview_id AS interviewId, d.respondent_id AS respondentId,
              r.code AS respondentCode, r.group_key AS "group",
              (SELECT count(*) FROM codings c WHERE c.document_id = d.id) AS codings,
              (SELECT count(*) FROM codings c WHERE c.document_id = d.id AND c.needs_review = 1) AS needsReview
       FROM documents d
       LEFT JOIN respondents r ON r.id = d.respondent_id
       LEFT JOIN questions q ON q.id = d.question_id
       WHERE d.kind <> 'notes'
       ORDER BY r.code COLLATE NOCASE, d.kind = 'transcript', q.position, d.created_at`,
    )
    .all()
}

/** One document opened for coding: its text, its codings, and the defaults its question gives. */
export function codingDocument(e: Engagement, documentId: string): CodingDocument {
  const document = e.documents.get(documentId) ?? fail('NOT_FOUND', `No document ${documentId}.`)
  const respondent = document.respondentId ? e.respondents.get(document.respondentId) : undefined
  return {
    document,
    codings: e.codings.ofDocument(documentId),
    defaults: codingDefaults(e, document.questionId),
    respondentCode: respondent?.code ?? null,
    group: respondent?.group ?? null,
    keyVerbatims: e.keyVerbatims.ofDocument(documentId).map(({ start, end }) => ({ start, end })),
  }
}
