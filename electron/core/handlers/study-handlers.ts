import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { importRespondents } from '../respondents-import/import-respondents'

type StudyHandlers = Pick<
  CoreHandlers,
  'respondents.list' | 'respondents.create' | 'respondents.import' | 'guides.list' | 'codebook.get' | 'interviews.list'
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
    'respondents.import': ({ path }) => importRespondents(session.requireEngagement(), path),
    'guides.list': () => session.requireEngagement().guides.list(),
    'codebook.get': () => session.requireEngagement().codebook.get(),
    'interviews.list': () => session.requireEngagement().interviews.list(),
  }
}
