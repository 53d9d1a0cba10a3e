import type { Session } from '../session'
import { jobOf, type CoreHandlers } from './handler'
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
  | 'engagement.encryption'
  | 'engagement.encrypt'
  | 'engagement.decrypt'
  | 'engagement.changePassphrase'
  | 'engagement.forgetPassphrase'
  | 'engagement.forgetRecent'
>

export function engagementHandlers(session: Session): EngagementHandlers {
  return {
    'app.about': () => ({
      version: session.options.appVersion,
      schemaVersion: SCHEMA_VERSION,
      demoRespondents: demoEngagement().respondents.length,
      keychain: session.passphrases.canRemember(),
    }),
    'engagement.create': (i) =>
      summarise(
        session.create(
          i.path,
          { language: i.language, client: i.client, title: i.title, passphrase: i.passphrase },
          i.remember,
        ),
      ),
    'engagement.open': (i) => summarise(session.open(i.path, { passphrase: i.passphrase, remember: i.remember })),
    'engagement.encryption': () => {
      const e = session.requireEngagement()
      return {
        encrypted: e.encrypted,
        passphraseKept: session.passphrases.has(e.path),
        keychain: session.passphrases.canRemember(),
      }
    },
    'engagement.encrypt': (i) => summarise(session.encrypt(i.passphrase, i.remember)),
    'engagement.decrypt': (i) => summarise(session.decrypt(i.current)),
    'engagement.changePassphrase': (i) => summarise(session.changePassphrase(i.current, i.passphrase, i.remember)),
    'engagement.forgetPassphrase': () => {
      session.forgetPassphrase()
      return null
    },
    'engagement.openDemo': (i, ctx) =>
      summarise(session.openDemo(i.language, (done, total) => jobOf(ctx).step(done, total))),
    'engagement.current': () => (session.engagement ? summarise(session.engagement) : null),
    'engagement.close': () => {
      session.close()
      return null
    },
    'engagement.update': (patch) => {
      const e = session.requireEngagement()
      const info = e.transaction(() => e.info.update(patch))
      session.recent.remember({ path: e.path, client: info.client, title: info.title, encrypted: e.encrypted })
      return summarise(e)
    },
    'engagement.recent': () => session.recent.list(),
    'engagement.forgetRecent': (i) => {
      session.recent.forget(i.path)
      return null
    },
  }
}
