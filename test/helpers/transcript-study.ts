import path from 'node:path'
import { expect } from 'vitest'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { importTranscript } from '../../electron/core/transcripts/import-transcript'
import type { InterviewStatus } from '../../shared/domain/interview'
import { TerrainError } from '../../shared/domain/terrain-error'
import { TranscriptProblem } from '../../shared/api/transcripts'
import { translate } from '../../shared/i18n/translate'
import { tempEngagement } from './temp-engagement'

/** An engagement with one respondent and one interview of them, not yet done. */
export function study(status: InterviewStatus = 'planned') {
  const e = tempEngagement('fr')
  const respondent = e.respondents.add({ code: 'R01', group: 'employee' })
  const interview = e.interviews.add({ respondentId: respondent.id, status })
  return { e, respondent, interview }
}

/** The imported transcript as the consultant would read it: each turn with the words its span covers. */
export function transcript(e: Engagement, documentId: string) {
  const doc = e.documents.get(documentId)!
  const turns = e.transcriptTurns.ofDocument(documentId)
  return { doc, turns: turns.map((t) => ({ ...t, words: doc.text.slice(t.start, t.end) })) }
}

const turnsCount = (e: Engagement) =>
  (e.db.prepare('SELECT count(*) AS n FROM transcript_turns').get() as { n: number }).n

/** The import must refuse, write nothing at all, and say why in a way the UI can translate. */
export function expectRefused(e: Engagement, interviewId: string, file: string, code = 'INVALID_INPUT') {
  const before = { counts: e.counts(), turns: turnsCount(e), interview: e.interviews.get(interviewId) }
  let error: unknown
  try {
    importTranscript(e, interviewId, file)
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(TerrainError)
  const refused = error as TerrainError
  expect(refused.code).toBe(code)
  expect({ counts: e.counts(), turns: turnsCount(e), interview: e.interviews.get(interviewId) }).toEqual(before)
  for (const p of refused.problems ?? []) {
    expect(TranscriptProblem.parse(p)).toEqual(p)
    expect(p.params.file).toBe(path.basename(file))
    for (const lang of ['en', 'fr'] as const) {
      const message = translate(lang, TranscriptProblem.parse(p).key, p.params)
      expect(message).not.toMatch(/\{\w+\}/)
    }
  }
  return refused
}
