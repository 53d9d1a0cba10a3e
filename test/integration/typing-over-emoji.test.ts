import { describe, expect, it } from 'vitest'
import { saveAnswer, startInterview } from '../../electron/core/interviews/live-interview'
import { tempEngagement } from '../helpers/temp-engagement'

/**
 * Text made of whole characters only. Half an emoji stored in SQLite (UTF-8) comes back as U+FFFD
 * replacement characters, so those count as halves too.
 */
const whole = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/.test(s)
/** Whether an offset is a boundary between characters (not between the two halves of an emoji). */
const onACharacter = (s: string, at: number) => at === s.length || !/[\uDC00-\uDFFF]/.test(s.charAt(at))

describe('typing over an answer that holds an emoji', () => {
  it('leaves no coding on half a character', () => {
    const e = tempEngagement()
    const r = e.respondents.add({ code: 'R01', group: 'employee' })
    const interview = startInterview(e, r.id)
    const q = e.guides.get(interview.guideId!)!.questions[0]!
    const { documentId } = saveAnswer(e, interview.id, q.id, 'AB😀')
    const coder = e.coders.add('Claire Dubois')
    const onEmoji = e.codings.add({
      documentId,
      start: 2,
      end: 4,
      codeId: e.codebook.codeByKey('OUT.FIND')!.id,
      coderId: coder.id,
      stance: 'SELF',
      target: null,
      valence: '+',
      intensity: null,
    })

    saveAnswer(e, interview.id, q.id, 'CD🨀')

    const text = e.documents.get(documentId)!.text
    expect(text).toBe('CD🨀')
    const c = e.codings.get(onEmoji.id)!
    expect(onACharacter(text, c.start)).toBe(true)
    expect(onACharacter(text, c.end)).toBe(true)
    expect(text.slice(c.start, c.end)).toBe('🨀')
    expect(whole(c.text), `coded words: ${c.text}`).toBe(true)
    // Its emoji was typed over: every word of it is gone, so a person must look at it again.
    expect(c).toMatchObject({ text: '😀', needsReview: true })
  })
})
