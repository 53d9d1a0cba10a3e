import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { DocumentKind, TextDocument } from '../../../shared/domain/interview'
import { fail } from '../../../shared/domain/terrain-error'
import { parseSearchQuery, toFtsMatch } from '../../../shared/domain/search/search-query'
import { newId, now } from '../db/clock'

interface Row {
  id: string
  interview_id: string | null
  respondent_id: string | null
  question_id: string | null
  kind: DocumentKind
  title: string
  text: string
  source: string | null
  updated_at: string
}
const toDocument = (r: Row): TextDocument => ({
  id: r.id,
  interviewId: r.interview_id,
  respondentId: r.respondent_id,
  questionId: r.question_id,
  kind: r.kind,
  title: r.title,
  text: r.text,
  source: r.source,
  updatedAt: r.updated_at,
})

export type NewDocument = Pick<TextDocument, 'kind'> &
  Partial<Pick<TextDocument, 'interviewId' | 'respondentId' | 'questionId' | 'title' | 'text' | 'source'>>

export interface SearchHit {
  documentId: string
  snippet: string
}

export function documentRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM documents WHERE id = ?')
  const setText = db.prepare('UPDATE documents SET text = ?, updated_at = ? WHERE id = ?')
  const get = (id: string): TextDocument | undefined => {
    const r = byId.get(id)
    return r && toDocument(r)
  }
  return {
    get,
    ofInterview: (interviewId: string): TextDocument[] =>
      db
        .prepare<[string], Row>('SELECT * FROM documents WHERE interview_id = ? ORDER BY created_at')
        .all(interviewId)
        .map(toDocument),
    /** The answer document of one question of one interview, if it was started. */
    answerOf(interviewId: string, questionId: string): TextDocument | undefined {
      const r = db
        .prepare<[string, string], Row>(
          "SELECT * FROM documents WHERE interview_id = ? AND question_id = ? AND kind = 'answer' ORDER BY created_at LIMIT 1",
        )
        .get(interviewId, questionId)
      return r && toDocument(r)
    },
    add(d: NewDocument, id = newId()): TextDocument {
      const t = now()
      db.prepare(
        `INSERT INTO documents (id, interview_id, respondent_id, question_id, kind, title, text, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        d.interviewId ?? null,
        d.respondentId ?? null,
        d.questionId ?? null,
        d.kind,
        d.title ?? '',
        d.text ?? '',
        d.source ?? null,
        t,
        t,
      )
      return get(id)!
    },
    setText(id: string, text: string): void {
      if (setText.run(text, now(), id).changes === 0) fail('NOT_FOUND', `No document ${id}.`)
    },
    remove(id: string): void {
      if (db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes === 0)
        fail('NOT_FOUND', `No document ${id}.`)
    },
    /** Full-text search, accent- and case-insensitive; each word of the query must match. */
    search(query: string, limit = 200): SearchHit[] {
      const match = toFtsMatch(parseSearchQuery(query))
      if (!match) return []
      return db
        .prepare<[string, number], { id: string; snippet: string }>(
          `SELECT d.id, snippet(documents_fts, 0, '[', ']', '…', 12) AS snippet
           FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
           WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
        )
        .all(match, limit)
        .map((r) => ({ documentId: r.id, snippet: r.snippet }))
    },
  }
}
