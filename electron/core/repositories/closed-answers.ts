import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { ClosedValue } from '../../../shared/domain/interview'
import { ClosedValue as ClosedValueSchema } from '../../../shared/domain/interview'
import { newId, now } from '../db/clock'

export interface ClosedAnswer {
  interviewId: string
  questionId: string
  value: ClosedValue
}

export function closedAnswerRepository(db: Database) {
  return {
    /** One answer per interview and question; answering again replaces it. */
    set(a: ClosedAnswer): void {
      const value = ClosedValueSchema.parse(a.value)
      db.prepare(
        `INSERT INTO closed_answers (id, interview_id, question_id, value, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(interview_id, question_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(newId(), a.interviewId, a.questionId, JSON.stringify(value), now())
    },
    get(interviewId: string, questionId: string): ClosedValue | undefined {
      const r = db
        .prepare<[string, string], { value: string }>(
          'SELECT value FROM closed_answers WHERE interview_id = ? AND question_id = ?',
        )
        .get(interviewId, questionId)
      return r && (JSON.parse(r.value) as ClosedValue)
    },
    ofQuestion(questionId: string): ClosedAnswer[] {
      return db
        .prepare<[string], { interview_id: string; question_id: string; value: string }>(
          'SELECT interview_id, question_id, value FROM closed_answers WHERE question_id = ?',
        )
        .all(questionId)
        .map((r) => ({
          interviewId: r.interview_id,
          questionId: r.question_id,
          value: JSON.parse(r.value) as ClosedValue,
        }))
    },
    remove(interviewId: string, questionId: string): void {
      db.prepare('DELETE FROM closed_answers WHERE interview_id = ? AND question_id = ?').run(interviewId, questionId)
    },
  }
}
