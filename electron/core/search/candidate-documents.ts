import type { AutocodeRestriction, SpanRow } from '../../../shared/api/search'
import type { TextSpan } from '../../../shared/domain/search/find-hits'
import { spanInContext } from '../../../shared/domain/search/hit-context'
import type { Engagement } from '../engagement/engagement'

/** A codable document with what a result list shows about it. */
export interface CandidateDocument {
  id: string
  text: string
  title: string
  kind: SpanRow['kind']
  respondentCode: string | null
  group: SpanRow['group']
}

/**
 * The codable documents (not the interviewer's notes) that an FTS5 expression finds, or all of them,
 * within the restriction; in the coding navigator's order: by respondent, answers in the guide's
 * order, transcripts last. Read lazily, so that a big engagement is never held in memory at once.
 */
export function* candidateDocuments(
  e: Engagement,
  ftsMatch: string | null,
  restriction: AutocodeRestriction = {},
): Generator<CandidateDocument> {
  const fts = ftsMatch ? 'AND d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match)' : ''
  const rows = e.db
    .prepare(
      `SELECT d.id, d.text, d.title, d.kind, r.code AS respondentCode, r.group_key AS "group"
       FROM documents d
       LEFT JOIN respondents r ON r.id = d.respondent_id
       LEFT JOIN questions q ON q.id = d.question_id
       WHERE d.kind <> 'notes' ${fts}
         AND (@question IS NULL OR d.question_id = @question)
         AND (@grp IS NULL OR r.group_key = @grp)
         AND (@kind IS NULL OR d.kind = @kind)
       ORDER BY r.code COLLATE NOCASE, d.kind = 'transcript', q.position, d.created_at`,
    )
    .iterate({
      match: ftsMatch,
      question: restriction.questionId ?? null,
      grp: restriction.group ?? null,
      kind: restriction.documentKind ?? null,
    })
  yield* rows as Iterable<CandidateDocument>
}

/** A span of a candidate document as a result list shows it, with the matches inside it marked. */
export function spanRow(doc: CandidateDocument, span: TextSpan, matches: readonly TextSpan[] = []): SpanRow {
  return {
    documentId: doc.id,
    start: span.start,
    end: span.end,
    ...spanInContext(doc.text, span),
    marks: matches
      .filter((m) => m.start >= span.start && m.end <= span.end && (m.start > span.start || m.end < span.end))
      .map((m) => ({ start: m.start - span.start, end: m.end - span.start })),
    title: doc.title,
    kind: doc.kind,
    respondentCode: doc.respondentCode,
    group: doc.group,
  }
}
