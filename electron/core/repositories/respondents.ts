import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Respondent, RespondentIdentity } from '../../../shared/domain/respondent'
import { RespondentInput, nextRespondentCode } from '../../../shared/domain/respondent'
import type { Group } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { refuseIfReferenced } from './constraint'

interface Row {
  id: string
  code: string
  group_key: Group
  unit: string | null
  site: string | null
  role: string | null
  created_at: string
  updated_at: string
}
const toRespondent = (r: Row): Respondent => ({
  id: r.id,
  code: r.code,
  group: r.group_key,
  unit: r.unit,
  site: r.site,
  role: r.role,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function respondentRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM respondents WHERE id = ?')
  const byCode = db.prepare<[string], Row>('SELECT * FROM respondents WHERE code = ?')
  const get = (id: string): Respondent | undefined => {
    const r = byId.get(id)
    return r && toRespondent(r)
  }
  return {
    get,
    byCode: (code: string): Respondent | undefined => {
      const r = byCode.get(code)
      return r && toRespondent(r)
    },
    list: (): Respondent[] =>
      db.prepare<[], Row>('SELECT * FROM respondents ORDER BY code COLLATE NOCASE').all().map(toRespondent),
    add(input: RespondentInput, id = newId()): Respondent {
      const r = RespondentInput.parse(input)
      if (byCode.get(r.code)) fail('CONFLICT', `A respondent with code ${r.code} already exists.`)
      const t = now()
      db.prepare(
        `INSERT INTO respondents (id, code, group_key, unit, site, role, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, r.code, r.group, r.unit, r.site, r.role, t, t)
      return get(id)!
    },
    update(id: string, patch: Partial<RespondentInput>): Respondent {
      const cur = get(id) ?? fail('NOT_FOUND', `No respondent ${id}.`)
      const next = RespondentInput.parse({ ...cur, ...patch })
      const clash = byCode.get(next.code)
      if (clash && clash.id !== id) fail('CONFLICT', `A respondent with code ${next.code} already exists.`)
      db.prepare(
        'UPDATE respondents SET code = ?, group_key = ?, unit = ?, site = ?, role = ?, updated_at = ? WHERE id = ?',
      ).run(next.code, next.group, next.unit, next.site, next.role, now(), id)
      return get(id)!
    },
    /** Refused while the respondent has interviews or documents: those are deleted explicitly first. */
    remove(id: string): void {
      const changes = refuseIfReferenced(
        () => db.prepare('DELETE FROM respondents WHERE id = ?').run(id).changes,
        'This respondent still has interviews or documents; delete those first.',
      )
      if (changes === 0) fail('NOT_FOUND', `No respondent ${id}.`)
    },
    /** How many respondents each group has (groups without any are absent). */
    countByGroup: (): Partial<Record<Group, number>> =>
      Object.fromEntries(
        db
          .prepare<[], { g: Group; n: number }>('SELECT group_key AS g, count(*) AS n FROM respondents GROUP BY g')
          .all()
          .map((r) => [r.g, r.n]),
      ),
    nextCode: (): string =>
      nextRespondentCode(
        db
          .prepare<[], { code: string }>('SELECT code FROM respondents')
          .all()
          .map((r) => r.code),
      ),
  }
}

/** Real names live in their own table and are read only where a screen needs them. */
export function identityRepository(db: Database) {
  return {
    get(respondentId: string): RespondentIdentity | undefined {
      const r = db
        .prepare<[string], { respondent_id: string; real_name: string | null; contact: string | null }>(
          'SELECT * FROM respondent_identities WHERE respondent_id = ?',
        )
        .get(respondentId)
      return r && { respondentId: r.respondent_id, realName: r.real_name, contact: r.contact }
    },
    set(i: RespondentIdentity): void {
      db.prepare(
        `INSERT INTO respondent_identities (respondent_id, real_name, contact) VALUES (?, ?, ?)
         ON CONFLICT(respondent_id) DO UPDATE SET real_name = excluded.real_name, contact = excluded.contact`,
      ).run(i.respondentId, i.realName, i.contact)
    },
    /** Every known real name, for the report's check of verbatims. */
    realNames: (): string[] =>
      db
        .prepare<[], { real_name: string }>('SELECT real_name FROM respondent_identities WHERE real_name IS NOT NULL')
        .all()
        .map((r) => r.real_name),
  }
}
