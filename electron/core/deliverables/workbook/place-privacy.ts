import type { Database } from 'better-sqlite3-multiple-ciphers'
import { SMALL_GROUP } from '../../../../shared/report/report-context'

/**
 * The unit and site a row may show, as the report's rule has it: a unit or a site of fewer than
 * three respondents of the group points at a person, and so does a unit and site that three share
 * apart but fewer together; the site goes first (the unit says more of the work).
 */
export function placePrivacy(
  db: Database,
): (group: string, unit: string | null, site: string | null) => { unit: string | null; site: string | null } {
  const counts = new Map<string, number>()
  const rows = db.prepare('SELECT group_key, unit, site FROM respondents').raw(true).all() as [
    string,
    string | null,
    string | null,
  ][]
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  for (const [group, unit, site] of rows) {
    if (unit) count(`${group}\u0000u\u0000${unit}`)
    if (site) count(`${group}\u0000s\u0000${site}`)
    if (unit && site) count(`${group}\u0000us\u0000${unit}\u0000${site}`)
  }
  const enough = (key: string) => (counts.get(key) ?? 0) >= SMALL_GROUP
  return (group, unit, site) => {
    const u = unit && enough(`${group}\u0000u\u0000${unit}`) ? unit : null
    const s = site && enough(`${group}\u0000s\u0000${site}`) ? site : null
    if (u && s && !enough(`${group}\u0000us\u0000${u}\u0000${s}`)) return { unit: u, site: null }
    return { unit: u, site: s }
  }
}
