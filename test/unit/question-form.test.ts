import { describe, expect, it } from 'vitest'
import { defaultGuides } from '../../electron/core/guides/default-guides'
import { QuestionInput } from '../../shared/api/guides'
import type { Question } from '../../shared/domain/guide'
import { emptyQuestionForm, formOfQuestion, problemsOf, questionOfForm } from '../../shared/domain/question-form'

const asQuestion = (q: Omit<Question, 'id' | 'guideId' | 'position'>): Question => ({
  ...q,
  id: '00000000-0000-4000-8000-000000000000',
  guideId: '00000000-0000-4000-8000-000000000001',
  position: 0,
})

describe('the question form', () => {
  it('gives back every default question unchanged when opened and saved', () => {
    for (const guide of defaultGuides().guides) {
      for (const source of guide.questions) {
        const q = asQuestion(source)
        const { text, probes, type, options, stance, target, expectedCodes } = q
        const form = formOfQuestion(q)
        expect(problemsOf(form)).toEqual([])
        expect(questionOfForm(form, q)).toEqual({ text, probes, type, options, stance, target, expectedCodes })
      }
    }
  })

  it('names what is missing before a question can be asked', () => {
    expect(problemsOf(emptyQuestionForm())).toEqual(['text'])
    const base = { ...emptyQuestionForm(), textEn: 'How useful?' }
    expect(problemsOf({ ...base, type: 'scale', min: '5', max: '1' })).toEqual(['scale'])
    expect(problemsOf({ ...base, type: 'scale', min: '0', max: '20' })).toEqual(['scale'])
    expect(problemsOf({ ...base, type: 'scale', min: '1', max: 'x' })).toEqual(['scale'])
    expect(problemsOf({ ...base, type: 'scale', min: '0', max: '10' })).toEqual(['scale'])
    expect(problemsOf({ ...base, type: 'scale', min: '-2', max: '2' })).toEqual(['scale'])
    expect(problemsOf({ ...base, type: 'scale', min: '1', max: '10' })).toEqual([])
    expect(problemsOf({ ...base, type: 'scale', min: '0', max: '9' })).toEqual([])
    expect(problemsOf({ ...base, type: 'scale', min: '1', max: '4', labels: 'Non\nPeu\nOui' })).toEqual(['labels'])
    expect(problemsOf({ ...base, type: 'scale', min: '1', max: '4', labels: 'Non | No\nOui | Yes' })).toEqual([])
    expect(problemsOf({ ...base, type: 'choice', items: 'Only one\n\n' })).toEqual(['items'])
    expect(problemsOf({ ...base, stance: 'ATTR' })).toEqual(['target'])
  })

  it('makes a valid question from a form written in one language, blank lines dropped', () => {
    const q = questionOfForm({
      ...emptyQuestionForm(),
      textFr: '  Quels outils utilisez-vous ?  ',
      probesFr: 'Lesquels ?\n\n  Pourquoi ?',
      type: 'choice',
      items: 'Messagerie | Mail\nIntranet\n | Wiki',
      multiple: true,
      expectedCodes: 'PRAG.TOOLS, , PRAG.INFO',
    })
    expect(q.text).toEqual({ fr: 'Quels outils utilisez-vous ?', en: 'Quels outils utilisez-vous ?' })
    expect(q.probes).toEqual({ fr: ['Lesquels ?', 'Pourquoi ?'], en: [] })
    expect(q.options).toEqual({
      items: [
        { key: 'item1', label: { fr: 'Messagerie', en: 'Mail' } },
        { key: 'item2', label: { fr: 'Intranet', en: 'Intranet' } },
        { key: 'item3', label: { fr: 'Wiki', en: 'Wiki' } },
      ],
      multiple: true,
    })
    expect(q.expectedCodes).toEqual(['PRAG.TOOLS', 'PRAG.INFO'])
    expect(QuestionInput.safeParse(q).success).toBe(true)
  })

  it('labels each point of a scale in both languages', () => {
    const q = questionOfForm({
      ...emptyQuestionForm(),
      textEn: 'How useful?',
      type: 'scale',
      min: '1',
      max: '3',
      labels: 'Inutile | Useless\nUtile\n | Essential',
    })
    expect(q.options).toEqual({
      min: 1,
      max: 3,
      labels: { fr: ['Inutile', 'Utile', 'Essential'], en: ['Useless', 'Utile', 'Essential'] },
    })
    expect(QuestionInput.safeParse(q).success).toBe(true)
    expect(QuestionInput.safeParse({ ...q, options: { min: 1, max: 5, labels: q.options!.labels } }).success).toBe(
      false,
    )
    const ends = { fr: ['Inutile', 'Indispensable'], en: ['Useless', 'Essential'] }
    expect(QuestionInput.safeParse({ ...q, options: { min: 1, max: 5, labels: ends } }).success).toBe(true)
    expect(formOfQuestion({ ...asQuestion({ ...q, key: null }) }).labels).toBe(
      'Inutile | Useless\nUtile | Utile\nEssential | Essential',
    )
  })

  it('keeps item keys by line on a relabel, so that answers still name their item', () => {
    const q = asQuestion({
      key: null,
      text: { fr: 'Classez', en: 'Rank' },
      probes: { fr: [], en: [] },
      type: 'ranking',
      options: {
        items: [
          { key: 'deals', label: { fr: 'Offres', en: 'Deals' } },
          { key: 'item1', label: { fr: 'Infos', en: 'News' } },
        ],
      },
      stance: 'SELF',
      target: null,
      expectedCodes: [],
    })
    const edited = questionOfForm({ ...formOfQuestion(q), items: 'Promotions | Offers\nInfos | News\nAide | Help' }, q)
    expect(edited.options!.items!.map((i) => i.key)).toEqual(['deals', 'item1', 'item2'])
    expect(edited.options!.items![0]!.label.en).toBe('Offers')
  })
})
