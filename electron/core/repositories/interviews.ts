import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Interview, InterviewStatus } from '../../../shared/domain/interview'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { refuseIfReferenced } from './constraint'

interface Row {
  id: string
  respondent_id: string
  guide_id: string | null
  interviewer_id: string | null
  place: string | null
  started_at: string | null
  ended_at: string | null
  status: InterviewStatus
  consent_given: number
  consent_at: string | null
  notes: string
  active_ms: number
}
const toInterview = (r: Row): Interview => ({
  id: r.id,
  respondentId: r.respondent_id,
  guideId: r.guide_id,
  interviewerId: r.interviewer_id,
  place: r.place,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  status: r.status,
  consentGiven: r.consent_given === 1,
  consentAt: r.consent_at,
  notes: r.notes,
  activeMs: r.active_ms,
})

export type NewInterview = Pick<Interview, 'respondentId'> &
  Partial<Omit<Interview, 'id' | 'respondentId' | 'activeMs'>>

export function interviewRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM interviews WHERE id = ?')
  const get = (id: string): Interview | undefined => {
    const r = byId.get(id)
    return r && toInterview(r)
  }
  return {
    get,
    list: (): Interview[] =>
      db.prepare<[], Row>('SELECT * FROM interviews ORDER BY coalesce(started_at, created_at)').all().map(toInterview),
    ofRespondent: (respondentId: string): Interview[] =>
      db
        .prepare<[string], Row>('SELECT * FROM interviews WHERE respondent_id = ? ORDER BY created_at')
        .all(respondentId)
        .map(toInterview),
    /** Interviews that count as done: completed on site or imported. */
    countDone: (): number =>
      db
        .prepare<[], { n: number }>("SELECT count(*) AS n FROM interviews WHERE status IN ('completed', 'imported')")
        .get()!.n,
    /** Per respondent: how many interviews, and how many done. */
    statsByRespondent(): Map<string, { interviews: number; done: number }> {
      const rows = db
        .prepare<[], { id: string; n: number; done: number }>(
          `SELECT respondent_id AS id, count(*) AS n, sum(status IN ('completed', 'imported')) AS done
           FROM interviews GROUP BY respondent_id`,
        )
        .all()
      return new Map(rows.map((r) => [r.id, { interviews: r.n, done: r.done }]))
    },
    add(i: NewInterview, id = newId()): Interview {
      const t = now()
      db.prepare(
        `INSERT INTO interviews (id, respondent_id, guide_id, interviewer_id, place, started_at, ended_at, status,
           consent_given, consent_at, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        i.respondentId,
        i.guideId ?? null,
        i.interviewerId ?? null,
        i.place ?? null,
        i.startedAt ?? null,
        i.endedAt ?? null,
        i.status ?? 'planned',
        i.consentGiven ? 1 : 0,
        i.consentAt ?? null,
        i.notes ?? '',
        t,
        t,
      )
      return get(id)!
    },
    /** Time spent in the interview's screen, added as it passes. */
    addActiveTime(id: string, ms: number): Interview {
      const changed = db
        .prepare('UPDATE interviews SET active_ms = active_ms + ?, updated_at = ? WHERE id = ?')
        .run(Math.max(0, Math.round(ms)), now(), id).changes
      if (changed === 0) fail('NOT_FOUND', `No interview ${id}.`)
      return get(id)!
    },
    update(id: string, patch: Partial<Omit<Interview, 'id' | 'respondentId' | 'activeMs'>>): Interview {
      const cur = get(id) ?? fail('NOT_FOUND', `No interview ${id}.`)
      const n = { ...cur, ...patch }
      db.prepare(
        `UPDATE interviews SET guide_id = ?, interviewer_id = ?, place = ?, started_at = ?, ended_at = ?, status = ?,
           consent_given = ?, consent_at = ?, notes = ?, updated_at = ? WHERE id = ?`,
      ).run(
        n.guideId,
        n.interviewerId,
        n.place,
        n.startedAt,
        n.endedAt,
        n.status,
        n.consentGiven ? 1 : 0,
        n.consentAt,
        n.notes,
        now(),
        id,
      )
      return get(id)!
    },
    /** Refused while the interview has documents: they hold what the respondent said. */
    remove(id: string): void {
      const changes = refuseIfReferenced(
        () => db.prepare('DELETE FROM interviews WHERE id = ?').run(id).changes,
        'This interview still has answers or transcripts; delete those first.',
      )
      if (changes === 0) fail('NOT_FOUND', `No interview ${id}.`)
    },
  }
}
