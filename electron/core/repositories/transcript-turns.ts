import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { TranscriptTurn } from '../../../shared/domain/transcript-turn'

interface Row {
  start: number
  end: number
  speaker: string | null
  at_ms: number | null
  until_ms: number | null
  by_interviewer: number
}
const toTurn = (r: Row): TranscriptTurn => ({
  start: r.start,
  end: r.end,
  speaker: r.speaker,
  atMs: r.at_ms,
  untilMs: r.until_ms,
  byInterviewer: r.by_interviewer === 1,
})

/** The speaker turns of transcript documents, in the order they were spoken. */
export function transcriptTurnRepository(db: Database) {
  return {
    ofDocument: (documentId: string): TranscriptTurn[] =>
      db
        .prepare<[string], Row>(
          'SELECT start, end, speaker, at_ms, until_ms, by_interviewer FROM transcript_turns WHERE document_id = ? ORDER BY position',
        )
        .all(documentId)
        .map(toTurn),
    /** Replaces the document's turns with these, in this order. */
    set(documentId: string, turns: readonly TranscriptTurn[]): void {
      db.prepare('DELETE FROM transcript_turns WHERE document_id = ?').run(documentId)
      const insert = db.prepare(
        `INSERT INTO transcript_turns (document_id, position, start, end, speaker, at_ms, until_ms, by_interviewer)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      turns.forEach((t, i) =>
        insert.run(documentId, i, t.start, t.end, t.speaker, t.atMs, t.untilMs, t.byInterviewer ? 1 : 0),
      )
    },
  }
}
