import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { duplicateGuide, moveQuestion } from '../guides/edit-guides'
import { fail } from '../../../shared/domain/terrain-error'

type GuideHandlers = Pick<
  CoreHandlers,
  | 'guides.addQuestion'
  | 'guides.updateQuestion'
  | 'guides.removeQuestion'
  | 'guides.moveQuestion'
  | 'guides.reorder'
  | 'guides.duplicate'
>

export function guideHandlers(session: Session): GuideHandlers {
  const e = () => session.requireEngagement()
  return {
    'guides.addQuestion': ({ guideId, question }) => e().transaction(() => e().guides.addQuestion(guideId, question)),
    'guides.updateQuestion': ({ questionId, question }) =>
      e().transaction(() => e().guides.updateQuestion(questionId, question)),
    'guides.removeQuestion': ({ questionId }) => {
      e().transaction(() => e().guides.removeQuestion(questionId))
      return null
    },
    'guides.moveQuestion': ({ guideId, questionId, by }) => moveQuestion(e(), guideId, questionId, by),
    'guides.reorder': ({ guideId, questionIds }) =>
      e().transaction(() => {
        // An unknown guide has no questions, so an empty order would otherwise pass for it.
        if (!e().guides.get(guideId)) fail('NOT_FOUND', `No guide ${guideId}.`)
        e().guides.reorder(guideId, questionIds)
        return e().guides.get(guideId)!
      }),
    'guides.duplicate': ({ guideId, group, name }) => duplicateGuide(e(), guideId, group, name),
  }
}
