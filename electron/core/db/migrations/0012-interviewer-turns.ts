import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * Which turns of a transcript are the interviewer's (chosen among the file's speakers when it is
 * imported), so that what the respondent said can be told from the questions put to them.
 * Transcripts imported before keep every turn as the respondent's, as they were read.
 */
export default function migrate(db: Database): void {
  db.exec(
    'ALTER TABLE transcript_turns ADD COLUMN by_interviewer INTEGER NOT NULL DEFAULT 0 CHECK (by_interviewer IN (0, 1))',
  )
}
