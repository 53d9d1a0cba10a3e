import { describe, expect, it } from 'vitest'
import {
  saveAnswer,
  saveClosedAnswer,
  startInterview,
  finishInterview,
} from '../../electron/core/interviews/live-interview'
import { quickTag, toggleKeyVerbatim } from '../../electron/core/interviews/live-tags'
import { discardImpact, discardInterview } from '../../electron/core/interviews/discard-interview'
import { TerrainError } from '../../shared/domain/terrain-error'
import { tempEngagement } from '../helpers/temp-engagement'

function startedInterview() {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group: 'customer' })
  const interview = startInterview(e, r.id)
  const guide = e.guides.get(interview.guideId!)!
  return { e, r, interview, guide }
}

const count = (e: ReturnType<typeof tempEngagement>, table: string) =>
  (e.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe('discarding an interview started by mistake or abandoned', () => {
  it('says what it would delete, then deletes the interview with its answers, closed answers, notes and marks', () => {
    const { e, r, interview, guide } = startedInterview()
    const open = guide.questions.find((q) => q.type === 'open')!
    const closedQ = guide.questions.find((q) => q.type === 'choice')!
    saveAnswer(e, interview.id, open.id, 'On cherche le bon fichier.')
    saveAnswer(e, interview.id, guide.questions.filter((q) => q.type === 'open')[1]!.id, '   ')
    saveClosedAnswer(e, interview.id, closedQ.id, { kind: 'choice', ticked: ['a'], ranked: [] })
    e.interviews.update(interview.id, { notes: 'Bruit dans la salle.' })
    toggleKeyVerbatim(e, { interviewId: interview.id, questionId: open.id, start: 0, end: 0 })

    expect(discardImpact(e, interview.id)).toEqual({
      answers: 1,
      closedAnswers: 1,
      transcripts: 0,
      hasNotes: true,
      codings: 0,
    })
    discardInterview(e, interview.id)
    expect(e.interviews.get(interview.id)).toBeUndefined()
    expect(e.documents.ofInterview(interview.id)).toEqual([])
    expect(count(e, 'closed_answers')).toBe(0)
    expect(count(e, 'key_verbatims')).toBe(0)
    // The respondent stays, ready for a new interview.
    expect(e.respondents.get(r.id)?.code).toBe('R01')
    expect(startInterview(e, r.id).status).toBe('in_progress')
  })

  it('is refused, with nothing deleted, once any of its words are coded', () => {
    const { e, interview, guide } = startedInterview()
    const open = guide.questions.find((q) => q.type === 'open')!
    saveAnswer(e, interview.id, open.id, 'Je veux trouver vite.')
    const code = e.codebook.get().codes.find((c) => c.shortcut)!
    quickTag(e, { interviewId: interview.id, questionId: open.id, codeId: code.id, start: 0, end: 0 })
    finishInterview(e, interview.id)

    expect(discardImpact(e, interview.id).codings).toBe(1)
    const before = { docs: count(e, 'documents'), codings: count(e, 'codings'), interviews: count(e, 'interviews') }
    let refusal: unknown
    try {
      discardInterview(e, interview.id)
    } catch (err) {
      refusal = err
    }
    expect(refusal).toBeInstanceOf(TerrainError)
    expect((refusal as TerrainError).code).toBe('CONFLICT')
    expect((refusal as TerrainError).message).toMatch(/1 coding/)
    expect({ docs: count(e, 'documents'), codings: count(e, 'codings'), interviews: count(e, 'interviews') }).toEqual(
      before,
    )
  })

  it('refuses an interview that does not exist', () => {
    const { e } = startedInterview()
    expect(() => discardInterview(e, '00000000-0000-4000-8000-000000000000')).toThrow(/No interview/)
  })
})
