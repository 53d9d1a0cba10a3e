import { describe, expect, it } from 'vitest'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { engagementDiagnosis } from '../../electron/core/diagnosis/engagement-diagnosis'
import { finishInterview, saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { translator } from '../../shared/i18n/translate'
import { tempEngagement } from '../helpers/temp-engagement'

const ANSWER = 'Entre les mails et les réunions, je ne suis plus rien.'

/** Five employees interviewed, each answer coded overload; `neutral` of them coded neutral on purpose. */
function overloadStudy(neutral: number) {
  const e = tempEngagement('fr')
  const overload = e.codebook.codeByKey('ATT.OVL')!
  for (let n = 1; n <= 5; n++) {
    const r = e.respondents.add({ code: `R0${n}`, group: 'employee', site: null })
    const i = startInterview(e, r.id)
    const q = e.guides.get(i.guideId!)!.questions.find((x) => x.type === 'open')!
    const { documentId } = saveAnswer(e, i.id, q.id, ANSWER)
    finishInterview(e, i.id)
    applyCoding(e, {
      documentId,
      start: 0,
      end: 32,
      codeIds: [overload.id],
      ...(n <= neutral ? { valence: '0' as const } : {}),
    })
  }
  return e
}

describe('overload in the attention load', () => {
  it('counts, coded with the code’s own valence: negative, so five complaints make a high load', () => {
    const d = engagementDiagnosis(overloadStudy(0))
    expect(d.attentionLoad).toMatchObject({ value: 100, band: 'high', ignored: [] })
  })

  it('coded neutral, counts for nothing, and the diagnosis says how many codings it left out and why', () => {
    const d = engagementDiagnosis(overloadStudy(5))
    expect(d.attentionLoad).toMatchObject({ value: 0, band: 'low' })
    expect(d.attentionLoad.ignored).toEqual([{ code: 'ATT.OVL', valence: '0', count: 5 }])
    // The sentence the diagnosis page shows under the measure.
    const fr = translator('fr')
    const [x] = d.attentionLoad.ignored
    expect(
      fr.tn('diag.ignored', x!.count, {
        code: 'Surcharge informationnelle',
        valence: fr.t(`coding.valence.${x!.valence}`).toLowerCase(),
      }),
    ).toBe('5 codages de Surcharge informationnelle non comptés\u202f: valence neutre')
    const en = translator('en')
    expect(en.tn('diag.ignored', 1, { code: 'Information overload', valence: 'neutral' })).toBe(
      '1 coding of Information overload left out: neutral valence',
    )
  })

  it('counts what the consultant says, and leaves out only the rest', () => {
    const d = engagementDiagnosis(overloadStudy(2))
    expect(d.attentionLoad).toMatchObject({ value: 60, band: 'high' })
    expect(d.attentionLoad.ignored).toEqual([{ code: 'ATT.OVL', valence: '0', count: 2 }])
  })
})
