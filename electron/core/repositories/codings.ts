import type { Database } from 'better-sqlite3'
import type { Coding } from '../../../shared/domain/coding'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { readJson, writeJson } from './json-column'

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
       flags, memo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const get = (id: string): Coding | undefined => {
    const r = byId.get(id)
    return r && toCoding(r)
  }
  return {
    get,
    /** Stores the span's words with the coding, from the document's current text. */
    add(c: NewCoding, id = newId()): Coding {
      const doc = docText.get(c.documentId) ?? fail('NOT_FOUND', `No document ${c.documentId}.`)
      if (c.start >= c.end || c.end > doc.text.length) {
        fail(
          'INVALID_INPUT',
          `The span [${c.start}, ${c.end}) is not inside the document (${doc.text.length} characters).`,
        )
      }
      const t = now()
      insert.run(
        id,
        c.documentId,
        c.start,
        c.end,
        doc.text.slice(c.start, c.end),
        c.codeId,
        c.coderId,
        c.stance,
        c.stance === 'ATTR' ? c.target : null,
        c.valence,
        c.intensity,
        writeJson(c.flags ?? []),
        c.memo ?? '',
        t,
        t,
      )
      return get(id)!
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
      patch: Partial<Pick<Coding, 'stance' | 'target' | 'valence' | 'intensity' | 'flags' | 'memo'>>,
    ): Coding {
      const cur = get(id) ?? fail('NOT_FOUND', `No coding ${id}.`)
      const n = { ...cur, ...patch }
      db.prepare(
        'UPDATE codings SET stance = ?, target = ?, valence = ?, intensity = ?, flags = ?, memo = ?, updated_at = ? WHERE id = ?',
      ).run(
        n.stance,
        n.stance === 'ATTR' ? n.target : null,
        n.valence,
        n.intensity,
        writeJson(n.flags),
        n.memo,
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
  }
}
