import type { Database } from 'better-sqlite3-multiple-ciphers'
import { defaultCodebook, sourceCodeId } from '../../codebook/default-codebook'

/**
 * A code's include and exclude rules in French and in English, as its name, definition and example
 * already are. The single columns hold what engagements were made with: the method's English text,
 * so they become the English rules. A default code whose English rule is still the default's gets
 * the default's French rule; a rule the consultant rewrote keeps no French until they write one.
 * The default codebook's EXE.GOV definition named a raw flag ("Marquer activityOnly"): where it is
 * still the text it was made with, it takes the default's current wording.
 */
export default function migrate(db: Database): void {
  db.exec(`
ALTER TABLE codes RENAME COLUMN include_rule TO include_en;
ALTER TABLE codes RENAME COLUMN exclude_rule TO exclude_en;
ALTER TABLE codes ADD COLUMN include_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN exclude_fr TEXT NOT NULL DEFAULT '';
`)
  const cb = defaultCodebook()
  const rule = (column: 'include' | 'exclude') =>
    db.prepare(`UPDATE codes SET ${column}_fr = @fr WHERE id = @id AND ${column}_en = @en AND ${column}_fr = ''`)
  const include = rule('include')
  const exclude = rule('exclude')
  const definition = db.prepare(
    `UPDATE codes SET definition_fr = @fr, definition_en = @en
     WHERE id = @id AND definition_fr = @oldFr AND definition_en = @oldEn`,
  )
  for (const c of cb.families.flatMap((f) => f.codes)) {
    const id = sourceCodeId(cb.id, c.key)
    include.run({ id, ...c.include })
    exclude.run({ id, ...c.exclude })
    const old = SUPERSEDED_DEFINITIONS[c.key]
    if (old) definition.run({ id, ...c.definition, oldFr: old.fr, oldEn: old.en })
  }
}

/** Default definitions as engagements were made with them, before their current wording. */
const SUPERSEDED_DEFINITIONS: Record<string, { fr: string; en: string }> = {
  'EXE.GOV': {
    fr: "Indicateurs, sponsors, budget, feuille de route. Marquer activityOnly quand les indicateurs ne sont que de l'activité (connexions, posts, membres).",
    en: 'KPIs, sponsors, budget, roadmap. Flag activityOnly when the metrics are only activity (logins, posts, members).',
  },
}
