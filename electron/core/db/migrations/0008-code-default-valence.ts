import type { Database } from 'better-sqlite3-multiple-ciphers'
import { defaultCodebook, sourceCodeId } from '../../codebook/default-codebook'

/**
 * The valence a new coding of a code takes. Neutral unless told; the default codebook's codes whose
 * measure counts only complaints (overload and fragmentation: the attention load reads ATT.*
 * excerpts of valence "-") take the default's, so that an excerpt coded in a hurry is not silently
 * left out of the measure. Codings already made keep their valence.
 */
export default function migrate(db: Database): void {
  db.exec(
    `ALTER TABLE codes ADD COLUMN default_valence TEXT NOT NULL DEFAULT '0' CHECK (default_valence IN ('+','-','0'))`,
  )
  const cb = defaultCodebook()
  const set = db.prepare('UPDATE codes SET default_valence = ? WHERE id = ?')
  for (const c of cb.families.flatMap((f) => f.codes)) {
    if (c.defaultValence !== '0') set.run(c.defaultValence, sourceCodeId(cb.id, c.key))
  }
}
