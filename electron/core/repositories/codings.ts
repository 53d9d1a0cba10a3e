import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Coding } from '../../../shared/domain/coding'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { readJson, writeJson } from './json-column'
import { reanchor } from '../../../shared/domain/reanchor'

interface Row {
  id: string
  document_id: string
  start: number
  end: number
  text: string
  code_id: string
  coder_id: string
  stance: Coding['stance']
  target: Coding['target']
  valence: Coding['valence']
  intensity: Coding['intensity']
  flags: string
  memo: string
  needs_review: number
  created_at: string
  updated_at: string
}
const toCoding = (r: Row): Coding => ({
  id: r.id,
  documentId: r.document_id,
  start: r.start,
  end: r.end,
  text: r.text,
  codeId: r.code_id,
  coderId: r.coder_id,
  stance: r.stance,
  target: r.target,
  valence: r.valence,
  intensity: r.intensity,
  flags: readJson<string[]>(r.flags, []),
  memo: r.memo,
  needsReview: r.needs_review === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export type NewCoding = Omit<Coding, 'id' | 'text' | 'createdAt' | 'updatedAt' | 'needsReview' | 'flags' | 'memo'> &
  Partial<Pick<Coding, 'flags' | 'memo'>>

export function codingRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM codings WHERE id = ?')
  const docText = db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO codings (id, document_id, start, end, text, code_id, coder_id, stance, target, valence, intensity,
       flags, memo, needs_review, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const write = (c: Coding): void =>
    void insert.run(
      c.id,
      c.documentId,
      c.start,
      c.end,
      c.text,
      c.codeId,
      c.coderId,
      c.stance,
      c.stance === 'ATTR' ? c.target : null,
      c.valence,
      c.intensity,
      writeJson(c.flags),
      c.memo,
      c.needsReview ? 1 : 0,
      c.createdAt,
      c.updatedAt,
    )
  const get = (id: string): Coding | undefined => {
    const r = byId.get(id)
    return r && toCoding(r)
  }
  // Fields passed straight to the statement: a spread copy of each coding, made by hundreds of
  // thousands in one import, outlived V8's young generation and tripled the import's memory.
  const insertNew = (c: NewCoding, id: string, documentText?: string): string => {
    const text = documentText ?? (docText.get(c.documentId) ?? fail('NOT_FOUND', `No document ${c.documentId}.`)).text
    if (c.start >= c.end || c.end > text.length) {
      fail('INVALID_INPUT', `The span [${c.start}, ${c.end}) is not inside the document (${text.length} characters).`)
    }
    const t = now()
    const target = c.stance === 'ATTR' ? c.target : null
    const flags = writeJson(c.flags ?? [])
    const words = text.slice(c.start, c.end)
    insert.run(
      id,
      c.documentId,
      c.start,
      c.end,
      words,
      c.codeId,
      c.coderId,
      c.stance,
      target,
      c.valence,
      c.intensity,
      flags,
      c.memo ?? '',
      0,
      t,
      t,
    )
    return id
  }
  return {
    get,
    /**
     * Stores the span's words with the coding, from the document's current text (pass it when it is
     * at hand: reading a long transcript again costs more than the insert).
     */
    add(c: NewCoding, id = newId(), documentText?: string): Coding {
      insertNew(c, id, documentText)
      return get(id)!
    },
    /**
     * Puts back a coding exactly as it was (undo of a removal): same id, coder and attributes. If its
     * words moved since, it goes back on them; if they are gone, it returns flagged for review.
     */
    restore(c: Coding): Coding {
      const doc = docText.get(c.documentId) ?? fail('NOT_FOUND', `No document ${c.documentId}.`)
      const span = reanchor(doc.text, c)
      const start = span?.start ?? Math.min(c.start, Math.max(0, doc.text.length - 1))
      const end = span?.end ?? Math.min(doc.text.length, start + 1)
      if (end <= start) fail('INVALID_RANGE', `The document of coding ${c.id} is now empty.`)
      write({
        ...c,
        start,
        end,
        text: span ? c.text : doc.text.slice(start, end),
        // Anywhere but its own place (the history keeps it on its words), a person must look.
        needsReview: !span || span.start !== c.start || c.needsReview,
        updatedAt: now(),
      })
      return get(c.id)!
    },
    /** The same code already on the same words by the same coder (applying it twice adds nothing). */
    findSame(c: Pick<Coding, 'documentId' | 'start' | 'end' | 'codeId' | 'coderId'>): Coding | undefined {
      const r = db
        .prepare<[string, number, number, string, string], Row>(
          // The unary + keeps SQLite on the (document, start) index: a coder's index spans every coding.
          'SELECT * FROM codings WHERE document_id = ? AND start = ? AND end = ? AND +code_id = ? AND +coder_id = ?',
        )
        .get(c.documentId, c.start, c.end, c.codeId, c.coderId)
      return r && toCoding(r)
    },
    ofDocument: (documentId: string): Coding[] =>
      db
        .prepare<[string], Row>('SELECT * FROM codings WHERE document_id = ? ORDER BY start, end')
        .all(documentId)
        .map(toCoding),
    ofCode: (codeId: string): Coding[] =>
      db.prepare<[string], Row>('SELECT * FROM codings WHERE code_id = ?').all(codeId).map(toCoding),
    update(
      id: string,
      patch: Partial<Pick<Coding, 'stance' | 'target' | 'valence' | 'intensity' | 'flags' | 'memo' | 'needsReview'>>,
    ): Coding {
      const cur = get(id) ?? fail('NOT_FOUND', `No coding ${id}.`)
      const n = { ...cur, ...patch }
      db.prepare(
        `UPDATE codings SET stance = ?, target = ?, valence = ?, intensity = ?, flags = ?, memo = ?, needs_review = ?,
           updated_at = ? WHERE id = ?`,
      ).run(
        n.stance,
        n.stance === 'ATTR' ? n.target : null,
        n.valence,
        n.intensity,
        writeJson(n.flags),
        n.memo,
        n.needsReview ? 1 : 0,
        now(),
        id,
      )
      return get(id)!
    },
    /** Moves a coding after an edit of its document (the words it stores move with it). */
    moveSpan(id: string, span: { start: number; end: number; text: string; needsReview: boolean }): void {
      db.prepare('UPDATE codings SET start = ?, end = ?, text = ?, needs_review = ?, updated_at = ? WHERE id = ?').run(
        span.start,
        span.end,
        span.text,
        span.needsReview ? 1 : 0,
        now(),
        id,
      )
    },
    remove(id: string): void {
      if (db.prepare('DELETE FROM codings WHERE id = ?').run(id).changes === 0) fail('NOT_FOUND', `No coding ${id}.`)
    },
    /** Puts a coding on another code (a merge of codes), keeping its id, words and attributes. */
    recode(id: string, codeId: string): void {
      db.prepare('UPDATE codings SET code_id = ?, updated_at = ? WHERE id = ?').run(codeId, now(), id)
    },
  }
}
