import type { Database } from 'better-sqlite3-multiple-ciphers'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'

export const MEMO_SUBJECTS = [
  'engagement',
  'respondent',
  'interview',
  'document',
  'code',
  'coding',
  'collective',
] as const
export type MemoSubject = (typeof MEMO_SUBJECTS)[number]

export interface Memo {
  id: string
  subjectType: MemoSubject
  subjectId: string | null
  title: string
  body: string
  authorId: string | null
  updatedAt: string
}
interface Row {
  id: string
  subject_type: MemoSubject
  subject_id: string | null
  title: string
  body: string
  author_id: string | null
  updated_at: string
}
const toMemo = (r: Row): Memo => ({
  id: r.id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  title: r.title,
  body: r.body,
  authorId: r.author_id,
  updatedAt: r.updated_at,
})

export function memoRepository(db: Database) {
  const get = (id: string): Memo | undefined => {
    const r = db.prepare<[string], Row>('SELECT * FROM memos WHERE id = ?').get(id)
    return r && toMemo(r)
  }
  return {
    get,
    add(m: Omit<Memo, 'id' | 'updatedAt'>, id = newId()): Memo {
      const t = now()
      db.prepare(
        `INSERT INTO memos (id, subject_type, subject_id, title, body, author_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, m.subjectType, m.subjectId, m.title, m.body, m.authorId, t, t)
      return get(id)!
    },
    of: (subjectType: MemoSubject, subjectId: string | null): Memo[] =>
      db
        .prepare<[string, string | null], Row>(
          'SELECT * FROM memos WHERE subject_type = ? AND subject_id IS ? ORDER BY created_at',
        )
        .all(subjectType, subjectId)
        .map(toMemo),
    update(id: string, patch: Partial<Pick<Memo, 'title' | 'body'>>): Memo {
      const cur = get(id) ?? fail('NOT_FOUND', `No memo ${id}.`)
      db.prepare('UPDATE memos SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(
        patch.title ?? cur.title,
        patch.body ?? cur.body,
        now(),
        id,
      )
      return get(id)!
    },
    remove(id: string): void {
      if (db.prepare('DELETE FROM memos WHERE id = ?').run(id).changes === 0) fail('NOT_FOUND', `No memo ${id}.`)
    },
  }
}
