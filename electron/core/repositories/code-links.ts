import type { Database } from 'better-sqlite3-multiple-ciphers'

/** A coding's place in a collective's evidence, kept to put it back (undo of a merge). */
export interface EvidenceLink {
  collectiveId: string
  codingId: string
  /** The criterion (1-5) the excerpt supports, if one was chosen. */
  criterion?: number | null
}

/** A report verbatim pick, by section and span. */
export interface ReportPick {
  section: string
  documentId: string
  start: number
  end: number
  position: number
}

/**
 * What hangs on codes besides their codings: collective evidence, the report's verbatim picks and
 * memos. The codebook editor counts these before a delete and carries them through a merge.
 */
export function codeLinkRepository(db: Database) {
  const marks = (ids: readonly string[]) => ids.map(() => '?').join(', ')
  return {
    evidenceOf(codingIds: readonly string[]): EvidenceLink[] {
      if (codingIds.length === 0) return []
      return db
        .prepare<string[], { collective_id: string; coding_id: string; criterion: number | null }>(
          `SELECT collective_id, coding_id, criterion FROM collective_evidence WHERE coding_id IN (${marks(codingIds)})`,
        )
        .all(...codingIds)
        .map((r) => ({ collectiveId: r.collective_id, codingId: r.coding_id, criterion: r.criterion }))
    },
    linkEvidence(links: readonly EvidenceLink[]): void {
      const insert = db.prepare(
        'INSERT OR IGNORE INTO collective_evidence (collective_id, coding_id, criterion) VALUES (?, ?, ?)',
      )
      for (const l of links) insert.run(l.collectiveId, l.codingId, l.criterion ?? null)
    },
    /**
     * The report picks on the words of these codings that no other code's coding covers: deleting
     * the codings leaves them quoting words that nothing codes any more.
     */
    picksLeftBy(codingIds: readonly string[]): ReportPick[] {
      if (codingIds.length === 0) return []
      return db
        .prepare<string[], ReportPick>(
          `SELECT DISTINCT p.section, p.document_id AS documentId, p.start, p.end, p.position
             FROM report_verbatims p JOIN codings c
               ON c.document_id = p.document_id AND c.start = p.start AND c.end = p.end
            WHERE c.id IN (${marks(codingIds)})
              AND NOT EXISTS (SELECT 1 FROM codings o WHERE o.document_id = p.document_id AND o.start = p.start
                              AND o.end = p.end AND o.id NOT IN (${marks(codingIds)}))`,
        )
        .all(...codingIds, ...codingIds)
    },
    removePicks(picks: readonly ReportPick[]): void {
      const del = db.prepare(
        'DELETE FROM report_verbatims WHERE section = ? AND document_id = ? AND start = ? AND end = ?',
      )
      for (const p of picks) del.run(p.section, p.documentId, p.start, p.end)
    },
    memoIdsOf(codeIds: readonly string[]): string[] {
      if (codeIds.length === 0) return []
      return db
        .prepare<string[], { id: string }>(
          `SELECT id FROM memos WHERE subject_type = 'code' AND subject_id IN (${marks(codeIds)})`,
        )
        .all(...codeIds)
        .map((r) => r.id)
    },
    moveMemos(memoIds: readonly string[], codeId: string): void {
      const move = db.prepare("UPDATE memos SET subject_id = ? WHERE id = ? AND subject_type = 'code'")
      for (const id of memoIds) move.run(codeId, id)
    },
    removeMemos(memoIds: readonly string[]): void {
      const del = db.prepare('DELETE FROM memos WHERE id = ?')
      for (const id of memoIds) del.run(id)
    },
  }
}
