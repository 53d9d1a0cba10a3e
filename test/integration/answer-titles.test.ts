import { describe, expect, it } from 'vitest'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { codingDocuments } from '../../electron/core/coding/coding-documents'
import { contractSession } from '../helpers/contract-session'
import { tempEngagement } from '../helpers/temp-engagement'

/** An employee's interview in an engagement of the language, its first question answered. */
function answered(language: 'fr' | 'en') {
  const e = tempEngagement(language)
  const r = e.respondents.add({ code: 'R01', group: 'employee', site: null })
  const i = startInterview(e, r.id)
  const q = e.guides.get(i.guideId!)!.questions.find((x) => x.type === 'open')!
  const { documentId } = saveAnswer(e, i.id, q.id, 'On cherche les dossiers partout.')
  return { e, q, documentId }
}

describe('an answer made by a live interview', () => {
  it('is titled by its question in the engagement’s language, wherever documents are listed', () => {
    const fr = answered('fr')
    expect(fr.q.text.fr).not.toBe(fr.q.text.en)
    expect(fr.e.documents.get(fr.documentId)!.title).toBe(fr.q.text.fr)
    expect(codingDocuments(fr.e).find((d) => d.id === fr.documentId)!.title).toBe(fr.q.text.fr)
    const en = answered('en')
    expect(en.e.documents.get(en.documentId)!.title).toBe(en.q.text.en)
  })

  it('takes the question’s new wording when the question is reworded, and its other language when the engagement’s changes', async () => {
    const s = await contractSession('titles.terrain')
    await s.run('engagement.update', { language: 'fr' })
    const e = s.session.requireEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee', site: null })
    const i = startInterview(e, r.id)
    const q = e.guides.get(i.guideId!)!.questions.find((x) => x.type === 'open')!
    const { documentId } = saveAnswer(e, i.id, q.id, 'Je ne trouve jamais le bon document.')
    expect(e.documents.get(documentId)!.title).toBe(q.text.fr)

    const { text: _text, probes, type, options, stance, target, expectedCodes } = q
    const question = { probes, type, options, stance, target, expectedCodes }
    const text = { fr: 'Où perdez-vous du temps\u202f?', en: 'Where do you lose time?' }
    await s.run('guides.updateQuestion', { questionId: q.id, question: { ...question, text } })
    expect(e.documents.get(documentId)!.title).toBe('Où perdez-vous du temps\u202f?')
    await s.run('engagement.update', { language: 'en' })
    expect(e.documents.get(documentId)!.title).toBe('Where do you lose time?')
  })
})
