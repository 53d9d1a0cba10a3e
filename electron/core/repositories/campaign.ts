import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { CampaignTarget, CampaignTargetInput } from '../../../shared/domain/campaign/campaign'
import type { Group } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'

interface Row {
  id: string
  group_key: Group
  unit: string | null
  site: string | null
  quota: number
  planned_from: string | null
  planned_to: string | null
  place: string | null
}
const toTarget = (r: Row): CampaignTarget => ({
  id: r.id,
  group: r.group_key,
  unit: r.unit,
  site: r.site,
  quota: r.quota,
  plannedFrom: r.planned_from,
  plannedTo: r.planned_to,
  place: r.place,
})

/** The campaign plan's lines. */
export function campaignRepository(db: Database) {
  const get = (id: string) => {
    const r = db.prepare<[string], Row>('SELECT * FROM campaign_targets WHERE id = ?').get(id)
    return r && toTarget(r)
  }
  return {
    get,
    list: (): CampaignTarget[] =>
      db.prepare<[], Row>('SELECT * FROM campaign_targets ORDER BY position, created_at').all().map(toTarget),
    add(t: CampaignTargetInput, id = newId()): CampaignTarget {
      const time = now()
      const position = (db.prepare('SELECT count(*) AS n FROM campaign_targets').get() as { n: number }).n
      db.prepare(
        `INSERT INTO campaign_targets (id, group_key, unit, site, quota, planned_from, planned_to, place, position, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, t.group, t.unit, t.site, t.quota, t.plannedFrom, t.plannedTo, t.place, position, time, time)
      return get(id)!
    },
    update(id: string, t: CampaignTargetInput): CampaignTarget {
      const changes = db
        .prepare(
          `UPDATE campaign_targets SET group_key = ?, unit = ?, site = ?, quota = ?, planned_from = ?, planned_to = ?, place = ?,
           updated_at = ? WHERE id = ?`,
        )
        .run(t.group, t.unit, t.site, t.quota, t.plannedFrom, t.plannedTo, t.place, now(), id).changes
      if (changes === 0) fail('NOT_FOUND', `No campaign target ${id}.`)
      return get(id)!
    },
    remove(id: string): void {
      if (db.prepare('DELETE FROM campaign_targets WHERE id = ?').run(id).changes === 0)
        fail('NOT_FOUND', `No campaign target ${id}.`)
    },
  }
}
