import type { Session } from '../session'
import type { CoreHandlers } from './handler'
import { summarise } from '../engagement/summary'
import { SCHEMA_VERSION } from '../db/migrations'
import { demoEngagement } from '../demo/demo-content'

type EngagementHandlers = Pick<
  CoreHandlers,
  | 'app.about'
  | 'engagement.create'
  | 'engagement.open'
  | 'engagement.openDemo'
  | 'engagement.current'
  | 'engagement.close'
  | 'engagement.update'
  | 'engagement.recent'
  | 'engagement.forgetRecent'
>

export function engagementHandlers(session: Session): EngagementHandlers {
  return {
    'app.about': () => ({
      version: session.options.appVersion,
      schemaVersion: SCHEMA_VERSION,
      demoRespondents: demoEngagement().respondents.length,
    }),
    'engagement.create': (i) =>
      summarise(session.create(i.path, { language: i.language, client: i.client, title: i.title })),
    'engagement.open': (i) => summarise(session.open(i.path)),
    'engagement.openDemo': (i, ctx) => {
      const jobId = `demo-${Date.now()}`
      const progress = (done: number, total: number) =>
        ctx.emit('job.progress', { jobId, kind: 'demo', done, total, finished: done === total })
      return summarise(session.openDemo(i.language, progress))
    },
    'engagement.current': () => (session.engagement ? summarise(session.engagement) : null),
    'engagement.close': () => {
      session.close()
      return null
    },
    'engagement.update': (patch) => {
      const e = session.requireEngagement()
      const info = e.transaction(() => e.info.update(patch))
      session.recent.remember({ path: e.path, client: info.client, title: info.title })
      return summarise(e)
    },
    'engagement.recent': () => session.recent.list(),
    'engagement.forgetRecent': (i) => {
      session.recent.forget(i.path)
      return null
    },
  }
}
