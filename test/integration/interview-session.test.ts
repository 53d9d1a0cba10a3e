import { describe, expect, it } from 'vitest'
import {
  finishInterview,
  recordConsent,
  saveAnswer,
  saveClosedAnswer,
  startInterview,
} from '../../electron/core/interviews/live-interview'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { tempEngagement } from '../helpers/temp-engagement'

const UNKNOWN = '00000000-0000-4000-8000-000000000000'
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

function respondentOf(group: 'employee' | 'manager' | 'leadership' | 'other', site: string | null = 'Lyon') {
  const e = tempEngagement('fr')
  const r = e.respondents.add({ code: 'R01', group, site })
  return { e, r }
}

describe('starting an interview', () => {
  it('uses the guide of the respondent’s group, at their site, in progress from now', () => {
    const { e, r } = respondentOf('manager')
    const interview = startInterview(e, r.id)
    expect(interview).toMatchObject({
      respondentId: r.id,
      guideId: e.guides.list().find((g) => g.group === 'manager')!.id,
      place: 'Lyon',
      interviewerId: null,
      status: 'in_progress',
      consentGiven: false,
      endedAt: null,
    })
    expect(interview.startedAt).toMatch(ISO_UTC)
    expect(e.interviews.get(interview.id)).toEqual(interview)
  })

  it('takes the guide, place and interviewer it is given instead', () => {
    const { e, r } = respondentOf('employee')
    const guide = e.guides.list().find((g) => g.group === 'customer')!
    const me = e.coders.add('Claire Dubois')
    const interview = startInterview(e, r.id, { guideId: guide.id, place: 'Visio', interviewerId: me.id })
    expect(interview).toMatchObject({ guideId: guide.id, place: 'Visio', interviewerId: me.id })
  })

  it('has no guide when the respondent’s group has none, and no place when none is known', () => {
    const { e, r } = respondentOf('other', null)
    expect(startInterview(e, r.id)).toMatchObject({ guideId: null, place: null })
  })

  it('is refused for an unknown respondent, writing nothing', () => {
    const { e } = respondentOf('employee')
    expect(() => startInterview(e, UNKNOWN)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No respondent ${UNKNOWN}.` }),
    )
    expect(e.interviews.list()).toEqual([])
  })
})

describe('the course of an interview', () => {
  it('keeps the respondent’s consent with its time', () => {
    const { e, r } = respondentOf('employee')
    const interview = startInterview(e, r.id)
    const consented = recordConsent(e, interview.id)
    expect(consented).toMatchObject({ consentGiven: true, status: 'in_progress' })
    expect(consented.consentAt).toMatch(ISO_UTC)
    expect(e.interviews.get(interview.id)).toEqual(consented)
  })

  it('keeps a closed answer’s value', () => {
    const { e, r } = respondentOf('leadership')
    const interview = startInterview(e, r.id)
    const choice = e.guides.get(interview.guideId!)!.questions.find((q) => q.type === 'choice')!
    const value = { kind: 'choice' as const, ticked: ['a', 'c'], ranked: ['c'] }
    saveClosedAnswer(e, interview.id, choice.id, value)
    expect(e.closedAnswers.get(interview.id, choice.id)).toEqual(value)
  })

  it('ends completed, with its end time', () => {
    const { e, r } = respondentOf('employee')
    const interview = startInterview(e, r.id)
    const done = finishInterview(e, interview.id)
    expect(done).toMatchObject({ status: 'completed', startedAt: interview.startedAt })
    expect(done.endedAt).toMatch(ISO_UTC)
    expect(e.interviews.get(interview.id)).toEqual(done)
  })
})

describe('saving a typed answer', () => {
  function interview() {
    const { e, r } = respondentOf('employee')
    const i = startInterview(e, r.id)
    const q = e.guides.get(i.guideId!)!.questions[0]!
    return { e, r, i, q }
  }

  it('makes the answer a document of the respondent, titled by the question in the engagement’s language, saved now', () => {
    const { e, r, i, q } = interview()
    const saved = saveAnswer(e, i.id, q.id, 'On cherche les dossiers.')
    const doc = e.documents.get(saved.documentId)!
    expect(doc).toMatchObject({
      kind: 'answer',
      interviewId: i.id,
      respondentId: r.id,
      questionId: q.id,
      title: q.text.fr,
      text: 'On cherche les dossiers.',
    })
    expect(saved.savedAt).toBe(doc.updatedAt)
  })

  it('saves the same document again as the answer grows, codings staying on their words', () => {
    const { e, i, q } = interview()
    const { documentId } = saveAnswer(e, i.id, q.id, 'les dossiers')
    const code = e.codebook.codeByKey('OUT.FIND')!
    const [c] = applyCoding(e, { documentId, start: 4, end: 12, codeIds: [code.id] })
    const again = saveAnswer(e, i.id, q.id, 'On cherche les dossiers')
    expect(again.documentId).toBe(documentId)
    expect(again.savedAt).toBe(e.documents.get(documentId)!.updatedAt)
    expect(e.codings.get(c!.id)).toMatchObject({ start: 15, end: 23, text: 'dossiers' })
  })

  it('changes nothing when the text is saved unchanged', () => {
    const { e, i, q } = interview()
    const first = saveAnswer(e, i.id, q.id, 'Rien de neuf.')
    expect(saveAnswer(e, i.id, q.id, 'Rien de neuf.')).toEqual(first)
  })

  it('is refused for an unknown interview or question, writing nothing', () => {
    const { e, i, q } = interview()
    expect(() => saveAnswer(e, UNKNOWN, q.id, 'x')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No interview ${UNKNOWN}.` }),
    )
    expect(() => saveAnswer(e, i.id, UNKNOWN, 'x')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: `No question ${UNKNOWN}.` }),
    )
    expect(e.documents.ofInterview(i.id)).toEqual([])
  })
})
