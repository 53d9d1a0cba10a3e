import { fail } from '../../../shared/domain/terrain-error'
import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
import { importRespondents } from '../respondents-import/import-respondents'

type StudyHandlers = Pick<
  CoreHandlers,
  | 'respondents.list'
  | 'respondents.create'
  | 'respondents.update'
  | 'respondents.realName'
  | 'respondents.import'
  | 'guides.list'
  | 'codebook.get'
  | 'interviews.list'
>

export function studyHandlers(session: Session): StudyHandlers {
  return {
    'respondents.list': () => {
      const e = session.requireEngagement()
      const stats = e.interviews.statsByRespondent()
      return e.respondents.list().map((r) => ({
        ...r,
        interviews: stats.get(r.id)?.interviews ?? 0,
        interviewsDone: stats.get(r.id)?.done ?? 0,
      }))
    },
    'respondents.create': (input) => {
      const e = session.requireEngagement()
      return e.transaction(() => e.respondents.add(input))
    },
    'respondents.update': ({ respondentId, respondent, realName }) => {
      const e = session.requireEngagement()
      return e.transaction(() => {
        const updated = e.respondents.update(respondentId, respondent)
        const known = e.identities.get(respondentId)
        if (known || realName)
          e.identities.set({ respondentId, realName: realName || null, contact: known?.contact ?? null })
        return updated
      })
    },
    'respondents.realName': ({ respondentId }) => {
      const e = session.requireEngagement()
      if (!e.respondents.get(respondentId)) fail('NOT_FOUND', `No respondent ${respondentId}.`)
      return { realName: e.identities.get(respondentId)?.realName ?? null }
    },
    'respondents.import': ({ path }, ctx) =>
      importRespondents(session.requireEngagement(), path, {
        onProgress: (done, total) => jobOf(ctx).step(done, total),
      }),
    'guides.list': () => session.requireEngagement().guides.list(),
    'codebook.get': () => session.requireEngagement().codebook.get(),
    'interviews.list': () => session.requireEngagement().interviews.list(),
  }
}
