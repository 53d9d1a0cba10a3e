import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Which tables the writes of one call touched, noted by temporary triggers: they live on this
 * connection only (nothing is added to the file), and a rolled-back transaction takes its notes
 * with it. FTS tables are written by their own triggers from `documents`, which is noted.
 */
export class ChangeTracker {
  constructor(private readonly db: Database) {
    // No key, hence no conflict: an outer statement's own conflict policy (OR ROLLBACK, OR FAIL)
    // would override a trigger's OR IGNORE, and a write would fail for a note.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS changed_tables (name TEXT NOT NULL)')
    const tables = db
      .prepare(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'",
      )
      .pluck()
      .all() as string[]
    for (const t of tables)
      for (const op of ['INSERT', 'UPDATE', 'DELETE'])
        db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS "changed_${t}_${op}" AFTER ${op} ON main."${t}" ` +
            `BEGIN INSERT INTO temp.changed_tables SELECT '${t}' ` +
            `WHERE NOT EXISTS (SELECT 1 FROM temp.changed_tables WHERE name = '${t}'); END`,
        )
  }

  /** The tables written since the last call, and forgets them. */
  take(): string[] {
    const names = this.db
      .prepare('SELECT DISTINCT name FROM temp.changed_tables ORDER BY name')
      .pluck()
      .all() as string[]
    if (names.length) this.db.exec('DELETE FROM temp.changed_tables')
    return names
  }
}
