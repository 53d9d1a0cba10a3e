import type { Group } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import type { Engagement } from '../engagement/engagement'

/**
 * A copy of a guide for another group, its questions in order; attributed questions keep their
 * target (the mirroring rule), a question asked of the group itself becomes the group's own.
 */
export function duplicateGuide(e: Engagement, guideId: string, group: Group, name: { fr: string; en: string }) {
  return e.transaction(() => {
    const source = e.guides.get(guideId) ?? fail('NOT_FOUND', `No guide ${guideId}.`)
    const copy = e.guides.add({ group, name, intro: source.intro, consent: source.consent })
    for (const q of source.questions) {
      e.guides.addQuestion(copy.id, { ...q, key: null, target: q.stance === 'ATTR' ? q.target : null })
    }
    return e.guides.get(copy.id)!
  })
}

/** Moves a question up or down by one place (the keyboard's way to reorder). */
export function moveQuestion(e: Engagement, guideId: string, questionId: string, by: -1 | 1) {
  return e.transaction(() => {
    const ids = (e.guides.get(guideId) ?? fail('NOT_FOUND', `No guide ${guideId}.`)).questions.map((q) => q.id)
    const at = ids.indexOf(questionId)
    if (at < 0) fail('NOT_FOUND', `No question ${questionId} in this guide.`)
    const to = at + by
    if (to < 0 || to >= ids.length) return e.guides.get(guideId)!
    ;[ids[at], ids[to]] = [ids[to]!, ids[at]!]
    e.guides.reorder(guideId, ids)
    return e.guides.get(guideId)!
  })
}
