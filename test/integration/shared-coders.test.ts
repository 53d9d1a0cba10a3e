import { describe, expect, it } from 'vitest'
import { codersOnSharedAnswers } from '../../electron/core/diagnosis/shared-coders'
import { tempEngagement } from '../helpers/temp-engagement'

const ANSWER = 'I look for the expert, then I ask in the project group.'

describe('the coders behind each coding on an answer two coded', () => {
  it('names the coders of each twin, nothing on an answer one coded, and reads again after a write', () => {
    const e = tempEngagement()
    const [claire, antoine] = [e.coders.add('Claire Dambrine'), e.coders.add('Antoine Soulier')]
    const find = e.codebook.codeByKey('OUT.FIND')!.id
    const project = e.codebook.codeByKey('COL.PRJ')!.id
    const answer = () => {
      const r = e.respondents.add({ code: `E${e.respondents.list().length + 1}`, group: 'employee' })
      return e.documents.add({ kind: 'imported', respondentId: r.id, title: 'Q', text: ANSWER }).id
    }
    const code = (documentId: string, codeId: string, coderId: string, start = 0, end = 20) =>
      e.codings.add({
        documentId,
        start,
        end,
        codeId,
        coderId,
        stance: 'SELF',
        target: null,
        valence: '0',
        intensity: null,
      }).id
    const shared = answer()
    const alone = answer()
    const a = code(shared, find, claire.id)
    const b = code(shared, find, antoine.id)
    const c = code(shared, project, antoine.id, 30, 55)
    const d = code(alone, find, claire.id)

    expect(codersOnSharedAnswers(e.db)(a)).toEqual(new Set([claire.id, antoine.id]))
    expect(codersOnSharedAnswers(e.db)(b)).toEqual(new Set([claire.id, antoine.id]))
    expect(codersOnSharedAnswers(e.db)(c)).toEqual(new Set([antoine.id]))
    expect(codersOnSharedAnswers(e.db)(d)).toBeUndefined()
    // Claire codes the lone answer's project group too: still hers alone, nothing shared there.
    const f = code(alone, project, claire.id, 30, 55)
    expect(codersOnSharedAnswers(e.db)(f)).toBeUndefined()
    // Antoine codes it as well: shared from this write on.
    code(alone, project, antoine.id, 30, 55)
    expect(codersOnSharedAnswers(e.db)(f)).toEqual(new Set([claire.id, antoine.id]))
  })

  it('reads nothing per coding when one coder coded everything', () => {
    const e = tempEngagement()
    const claire = e.coders.add('Claire Dambrine')
    const r = e.respondents.add({ code: 'E1', group: 'employee' })
    const doc = e.documents.add({ kind: 'imported', respondentId: r.id, title: 'Q', text: ANSWER }).id
    const id = e.codings.add({
      documentId: doc,
      start: 0,
      end: 9,
      codeId: e.codebook.codeByKey('OUT.FIND')!.id,
      coderId: claire.id,
      stance: 'SELF',
      target: null,
      valence: '0',
      intensity: null,
    }).id
    expect(codersOnSharedAnswers(e.db)(id)).toBeUndefined()
  })
})
