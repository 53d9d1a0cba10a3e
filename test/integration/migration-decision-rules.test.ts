import path from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import m1 from '../../electron/core/db/migrations/0001-initial'
import m2 from '../../electron/core/db/migrations/0002-report-choices'
import m3 from '../../electron/core/db/migrations/0003-transcript-turns'
import m4 from '../../electron/core/db/migrations/0004-campaign-plan'
import m5 from '../../electron/core/db/migrations/0005-key-verbatims'
import m6 from '../../electron/core/db/migrations/0006-evidence-criterion'
import m7 from '../../electron/core/db/migrations/0007-code-rules-in-both-languages'
import m8 from '../../electron/core/db/migrations/0008-code-default-valence'
import m9 from '../../electron/core/db/migrations/0009-answer-titles'
import { migrate } from '../../electron/core/db/migrate'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { defaultCodebook } from '../../electron/core/codebook/default-codebook'
import { tempDir, track } from '../helpers/temp-engagement'

/** A file at schema 9 whose codebook holds these decision rules, as strings. */
function fileWithRules(rules: string[]): string {
  const file = path.join(tempDir(), 'v9.terrain')
  const db = new Database(file)
  migrate(db, [m1, m2, m3, m4, m5, m6, m7, m8, m9])
  db.prepare(
    `INSERT INTO codebook (singleton, source_id, name_fr, name_en, note, decision_rules) VALUES (1, 'x', 'n', 'n', '', ?)`,
  ).run(JSON.stringify(rules))
  db.close()
  return file
}

describe('migration 0010: the codebook’s decision rules in French and in English', () => {
  const defaults = defaultCodebook().decisionRules

  it('gives an engagement made with the method’s English rules the default rules in both languages', () => {
    const e = track(openEngagementFile(fileWithRules(defaults.map((r) => r.en))))
    expect(e.codebook.get().decisionRules).toEqual(defaults)
    expect(defaults.every((r) => r.fr.length > 0 && r.en.length > 0)).toBe(true)
  })

  it('keeps rules the consultant changed, as English rules with no French yet', () => {
    const mine = ['Code frustration with the intranet as ATT.FRAG.', ...defaults.slice(1).map((r) => r.en)]
    const e = track(openEngagementFile(fileWithRules(mine)))
    expect(e.codebook.get().decisionRules).toEqual(mine.map((en) => ({ fr: '', en })))
  })
})
