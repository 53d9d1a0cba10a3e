import { describe, expect, it } from 'vitest'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import type { Guide, Question } from '../../shared/domain/guide'
import type { QuestionInput } from '../../shared/api/guides'
import { fileHash, track } from '../helpers/temp-engagement'
import { contractSession } from '../helpers/contract-session'

/** An engagement opened through the contract, with its guides at hand. */
async function study() {
  const s = await contractSession('guides.terrain')
  const guides = () => s.run<Guide[]>('guides.list')
  const guideOf = async (group: string) => (await guides()).find((g) => g.group === group)!
  return { ...s, guides, guideOf }
}

const texts = (g: Guide) => g.questions.map((q) => q.text.en)

const open = (en: string): QuestionInput => ({
  text: { fr: `${en} (fr)`, en },
  probes: { fr: [], en: [] },
  type: 'open',
  options: null,
  stance: 'SELF',
  target: null,
  expectedCodes: [],
})

describe('editing an interview guide', () => {
  it('adds a question of every type, and the live interview can ask each', async () => {
    const s = await study()
    const guide = await s.guideOf('employee')
    const before = guide.questions.length
    const scale: QuestionInput = {
      ...open('How useful is the intranet, from 1 to 5?'),
      type: 'scale',
      options: { min: 1, max: 5, labels: { fr: ['Inutile', 'Indispensable'], en: ['Useless', 'Essential'] } },
    }
    const items = ['tools', 'answers', 'colleagues'].map((key) => ({ key, label: { fr: key, en: key } }))
    const choice: QuestionInput = {
      ...open('Which of these do you use weekly?'),
      type: 'choice',
      options: { multiple: true, items },
    }
    const ranking: QuestionInput = { ...open('Rank what matters most.'), type: 'ranking', options: { items } }
    for (const q of [open('What slowed you down this week?'), scale, choice, ranking]) {
      await s.run('guides.addQuestion', { guideId: guide.id, question: q })
    }
    const after = await s.guideOf('employee')
    expect(after.questions.length).toBe(before + 4)
    expect(after.questions.slice(-4).map((q) => q.type)).toEqual(['open', 'scale', 'choice', 'ranking'])
    expect(after.questions.slice(-4).map((q) => q.position)).toEqual([before, before + 1, before + 2, before + 3])

    // An interview started now follows the edited guide and records an answer of each closed kind.
    const e = s.session.requireEngagement()
    const respondent = e.respondents.add({ code: 'R01', group: 'employee' })
    const interview = startInterview(e, respondent.id)
    const [, qScale, qChoice, qRanking] = after.questions.slice(-4) as Question[]
    e.closedAnswers.set({ interviewId: interview.id, questionId: qScale!.id, value: { kind: 'scale', value: 4 } })
    e.closedAnswers.set({
      interviewId: interview.id,
      questionId: qChoice!.id,
      value: { kind: 'choice', ticked: ['tools', 'answers'], ranked: [] },
    })
    e.closedAnswers.set({
      interviewId: interview.id,
      questionId: qRanking!.id,
      value: { kind: 'ranking', order: ['answers', 'tools', 'colleagues'] },
    })
    expect(e.closedAnswers.get(interview.id, qScale!.id)).toEqual({ kind: 'scale', value: 4 })
    s.session.close()
  })

  it('refuses a closed question the interviewer could not answer, and changes nothing', async () => {
    const s = await study()
    const guide = await s.guideOf('employee')
    const hash = fileHash(s.file)
    const bad: QuestionInput[] = [
      { ...open('Scale without bounds'), type: 'scale', options: null },
      { ...open('Inverted scale'), type: 'scale', options: { min: 5, max: 1 } },
      { ...open('Scale of a hundred steps'), type: 'scale', options: { min: 0, max: 100 } },
      { ...open('Eleven points, one without a key'), type: 'scale', options: { min: 0, max: 10 } },
      { ...open('A single item'), type: 'choice', options: { items: [{ key: 'a', label: { fr: 'a', en: 'a' } }] } },
      {
        ...open('Twice the same key'),
        type: 'ranking',
        options: {
          items: [
            { key: 'a', label: { fr: 'a', en: 'a' } },
            { key: 'a', label: { fr: 'b', en: 'b' } },
          ],
        },
      },
      { ...open('About managers, naming nobody'), stance: 'ATTR', target: null },
    ]
    for (const question of bad) {
      const error = await s.refused('guides.addQuestion', { guideId: guide.id, question })
      expect(error.code).toBe('INVALID_INPUT')
    }
    expect(fileHash(s.file)).toBe(hash)
    expect((await s.guideOf('employee')).questions.length).toBe(guide.questions.length)
    s.session.close()
  })

  it('accepts every default question as it stands, so opening one in the editor and saving changes nothing', async () => {
    const s = await study()
    for (const guide of await s.guides()) {
      for (const q of guide.questions) {
        const { text, probes, type, options, stance, target, expectedCodes } = q
        const saved = await s.run<Question>('guides.updateQuestion', {
          questionId: q.id,
          question: { text, probes, type, options, stance, target, expectedCodes },
        })
        expect(saved).toEqual(q)
      }
    }
    s.session.close()
  })

  it('rewords a question and keeps its key and place', async () => {
    const s = await study()
    const guide = await s.guideOf('manager')
    const q = guide.questions[2]!
    const { probes, type, options, stance, target, expectedCodes } = q
    const saved = await s.run<Question>('guides.updateQuestion', {
      questionId: q.id,
      question: {
        text: { fr: 'Racontez la dernière réunion d’équipe.', en: 'Tell me about the last team meeting.' },
        probes: { fr: [...probes.fr, 'Qui a parlé ?'], en: [...probes.en, 'Who spoke?'] },
        type,
        options,
        stance,
        target,
        expectedCodes,
      },
    })
    expect(saved.key).toBe(q.key)
    expect(saved.position).toBe(q.position)
    expect(saved.probes.en.at(-1)).toBe('Who spoke?')
    expect(texts(await s.guideOf('manager'))[2]).toBe('Tell me about the last team meeting.')
    expect(
      (await s.refused('guides.updateQuestion', { questionId: crypto.randomUUID(), question: open('x') })).code,
    ).toBe('NOT_FOUND')
    s.session.close()
  })

  it('moves questions by one place with the keyboard, and stops at either end', async () => {
    const s = await study()
    const guide = await s.guideOf('employee')
    const order = texts(guide)
    const first = guide.questions[0]!
    const moved = await s.run<Guide>('guides.moveQuestion', { guideId: guide.id, questionId: first.id, by: 1 })
    expect(texts(moved)).toEqual([order[1], order[0], ...order.slice(2)])
    expect(moved.questions.map((q) => q.position)).toEqual(order.map((_, i) => i))
    const back = await s.run<Guide>('guides.moveQuestion', { guideId: guide.id, questionId: first.id, by: -1 })
    expect(texts(back)).toEqual(order)
    // Already first: nothing moves.
    expect(
      texts(await s.run<Guide>('guides.moveQuestion', { guideId: guide.id, questionId: first.id, by: -1 })),
    ).toEqual(order)
    const last = guide.questions.at(-1)!
    expect(texts(await s.run<Guide>('guides.moveQuestion', { guideId: guide.id, questionId: last.id, by: 1 }))).toEqual(
      order,
    )
    // A question of another guide is not in this one.
    const other = (await s.guideOf('manager')).questions[0]!
    const error = await s.refused('guides.moveQuestion', { guideId: guide.id, questionId: other.id, by: 1 })
    expect(error.code).toBe('NOT_FOUND')
    s.session.close()
  })

  it('reorders a whole guide (drag and drop) only with every question listed once', async () => {
    const s = await study()
    const guide = await s.guideOf('employee')
    const ids = guide.questions.map((q) => q.id)
    const reversed = [...ids].reverse()
    const hash = fileHash(s.file)
    for (const questionIds of [ids.slice(1), [...ids.slice(1), ids[1]!], [...ids, crypto.randomUUID()]]) {
      expect((await s.refused('guides.reorder', { guideId: guide.id, questionIds })).code).toBe('INVALID_INPUT')
    }
    expect(fileHash(s.file)).toBe(hash)
    const done = await s.run<Guide>('guides.reorder', { guideId: guide.id, questionIds: reversed })
    expect(done.questions.map((q) => q.id)).toEqual(reversed)
    s.session.close()
  })

  it('deletes an unasked question, and refuses one that already has answers', async () => {
    const s = await study()
    const guide = await s.guideOf('employee')
    const [asked, unasked] = guide.questions.filter((q) => q.type === 'open') as [Question, Question]
    const e = s.session.requireEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const interview = startInterview(e, r.id)
    saveAnswer(e, interview.id, asked.id, 'We mostly need the right file, fast.')
    const hash = fileHash(s.file)
    expect((await s.refused('guides.removeQuestion', { questionId: asked.id })).code).toBe('CONFLICT')
    expect(fileHash(s.file)).toBe(hash)
    await s.run('guides.removeQuestion', { questionId: unasked.id })
    const after = await s.guideOf('employee')
    expect(after.questions.map((q) => q.id)).not.toContain(unasked.id)
    expect(after.questions.map((q) => q.id)).toContain(asked.id)
    s.session.close()
  })

  it('duplicates a guide for another group, in order, keeping who the attributed questions are about', async () => {
    const s = await study()
    const leadership = await s.guideOf('leadership')
    const copy = await s.run<Guide>('guides.duplicate', {
      guideId: leadership.id,
      group: 'other',
      name: { fr: 'Partenaires', en: 'Partners' },
    })
    expect(copy.id).not.toBe(leadership.id)
    expect(copy.group).toBe('other')
    expect(copy.name.en).toBe('Partners')
    expect(texts(copy)).toEqual(texts(leadership))
    expect(copy.questions.every((q) => q.key === null)).toBe(true)
    const targets = (g: Guide) => g.questions.map((q) => [q.stance, q.target])
    expect(targets(copy)).toEqual(targets(leadership))
    expect(copy.questions.some((q) => q.stance === 'ATTR' && q.target === 'customer')).toBe(true)
    // The source guide is untouched, and the copy is in the file after reopening.
    expect(await s.guideOf('leadership')).toEqual(leadership)
    s.session.close()
    const e = track(openEngagementFile(s.file))
    expect(e.guides.get(copy.id)!.questions.map((q) => q.text.en)).toEqual(texts(leadership))
  })
})
