import path from 'node:path'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import type { HandlerContext } from '../../electron/core/handlers/handler'
import { ScriptedDialogs } from './test-shell'
import { tempDir } from './temp-engagement'
import { buildDemo } from '../../electron/core/demo/build-demo'

const ctx: HandlerContext = { emit: () => undefined }

/** A new engagement driven through the contract, as the app's window drives it. */
export async function contractSession(fileName = 'study.terrain') {
  const dir = tempDir()
  const file = path.join(dir, fileName)
  const driven = drive(dir)
  await driven.run('engagement.create', { path: file, language: 'en', client: 'Acme' })
  return { file, ...driven }
}

/** The demo engagement (in English) driven through the contract. */
export function demoContractSession() {
  const dir = tempDir()
  const file = path.join(dir, 'demo.terrain')
  buildDemo(file, 'en').close()
  const driven = drive(dir)
  driven.session.open(file)
  return { file, ...driven }
}

function drive(dir: string) {
  const session = new Session({ dataDir: path.join(dir, 'app-data'), appVersion: '0.0.0-test' })
  const dialogs = new ScriptedDialogs()
  const handlers = { ...coreHandlers(session), ...dialogs.inProcessHandlers() }
  const run = async <T>(name: string, input?: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, input, ctx)
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
    return r.value as T
  }
  const refused = async (name: string, input: unknown) => {
    const r = await dispatch(handlers, name, input, ctx)
    if (r.ok) throw new Error(`${name} was accepted`)
    return r.error
  }
  return { session, dialogs, run, refused }
}
