import type { Database } from 'better-sqlite3-multiple-ciphers'
import { dataVersion } from './diagnosis-view'

/** The coders behind a coding on an answer two or more coders coded; undefined elsewhere. */
export type CodersOf = (codingId: string) => ReadonlySet<string> | undefined

const cache = new WeakMap<Database, { version: string; codersOf: CodersOf }>()

/**
 * For each coding on an answer that two or more coders coded, the coders who applied its code on
 * those very words: the diagnosis keeps one of such twins, which stands for all of them. The
 * co-occurrence heatmap pairs codings that share a coder. Read once per state of the data, as the
 * diagnosis is.
 */
export function codersOnSharedAnswers(db: Database): CodersOf {
  const version = dataVersion(db)
  const cached = cache.get(db)
  if (cached?.version === version) return cached.codersOf
  const codersOf = read(db)
  cache.set(db, { version, codersOf })
  return codersOf
}

function read(db: Database): CodersOf {
  // Most engagements have one coder: then no answer is shared, and the coder index says so at once.
  if (db.prepare('SELECT DISTINCT coder_id FROM codings LIMIT 2').pluck().all().length < 2) return () => undefined
  const rows = db
    .prepare(
      `SELECT id, document_id, start, end, code_id, coder_id FROM codings WHERE document_id IN
         (SELECT document_id FROM codings GROUP BY document_id HAVING count(DISTINCT coder_id) > 1)`,
    )
    .raw(true)
    .all() as [string, string, number, number, string, string][]
  const twins = new Map<string, Set<string>>()
  const twinOf = new Map<string, string>()
  for (const [id, document, start, end, code, coder] of rows) {
    const key = `${document}|${start}|${end}|${code}`
    const coders = twins.get(key) ?? new Set<string>()
    coders.add(coder)
    twins.set(key, coders)
    twinOf.set(id, key)
  }
  return (id) => {
    const key = twinOf.get(id)
    return key === undefined ? undefined : twins.get(key)
  }
}
