import type { Database } from 'better-sqlite3-multiple-ciphers'
import { defaultCodebook } from '../../codebook/default-codebook'

/**
 * The codebook's decision rules in French and in English. Engagements were made with the method's
 * English rules, a list of strings: where the list is still exactly that one, it takes the default
 * codebook's rules in both languages; a list the consultant changed keeps its strings, which read
 * as English rules until they write the French.
 */
export default function migrate(db: Database): void {
  const cb = defaultCodebook()
  const english = JSON.stringify(cb.decisionRules.map((r) => r.en))
  db.prepare('UPDATE codebook SET decision_rules = ? WHERE decision_rules = ?').run(
    JSON.stringify(cb.decisionRules),
    english,
  )
}
