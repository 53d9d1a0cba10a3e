import type { Database } from 'better-sqlite3-multiple-ciphers'

interface Replica {
  id: string
  partedFrom: string | null
  partedAt: string | null
}

export function replicaOf(db: Database): Replica {
  const r = db
    .prepare<[], { id: string; parted_from: string | null; parted_at: string | null }>('SELECT * FROM replica')
    .get()!
  return { id: r.id, partedFrom: r.parted_from, partedAt: r.parted_at }
}

const mergedWith = (db: Database, peer: string): string | null =>
  db.prepare<[string], { merged_at: string }>('SELECT merged_at FROM merges WHERE peer_id = ?').get(peer)?.merged_at ??
  null

/**
 * When the two files last held the same rows: the latest of the time one parted from the other
 * (a package, a copy for a colleague) and of their last merge either way. Null when unknown (a copy
 * made by hand keeps its origin's identity): every row that differs is then a conflict.
 */
export function mergeBase(target: Database, source: Database): string | null {
  const t = replicaOf(target)
  const s = replicaOf(source)
  if (t.id === s.id) return null
  const times = [
    mergedWith(target, s.id),
    mergedWith(source, t.id),
    s.partedFrom === t.id ? s.partedAt : null,
    t.partedFrom === s.id ? t.partedAt : null,
  ].filter((x): x is string => x !== null)
  return times.length ? times.sort().at(-1)! : null
}

/** Notes in the target that it now holds the source's rows as of `at`. */
export function recordMerge(target: Database, source: Database, at: string): void {
  target
    .prepare(
      'INSERT INTO merges (peer_id, merged_at) VALUES (?, ?) ON CONFLICT(peer_id) DO UPDATE SET merged_at = excluded.merged_at',
    )
    .run(replicaOf(source).id, at)
}

/** Makes the file a copy of its own, parted from `from` now (a package, a copy for a colleague). */
export function partFrom(db: Database, from: string, at: string): void {
  db.prepare('UPDATE replica SET id = lower(hex(randomblob(16))), parted_from = ?, parted_at = ?').run(from, at)
}
