import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import type { HandlerContext, Handlers, ShellHandlers } from '../../electron/core/handlers/handler'
import { grantChosenFile, knownEngagements, mayNameFile, PathGrants } from '../../electron/core/security/path-grants'
import { contract } from '../../shared/api/contract'
import type { CallResult, CallSpec } from '../../shared/api/call'
import { isCallName, type CallName } from '../../shared/api/names'
import { ScriptedDialogs } from './test-shell'

const ctx: HandlerContext = { emit: () => undefined }

/** The dialog whose choice a file-naming call may use (the contract's grantsTo), if any. */
export function dialogFor(call: CallName): CallName | undefined {
  return (Object.entries(contract) as [CallName, CallSpec][]).find(([, spec]) => spec.grantsTo?.includes(call))?.[0]
}

/**
 * A copy of an engagement file opened in a session of its own, called as the app's window calls
 * it: a file the page names passes the same grant check as electron/main/ipc.ts before dispatch.
 */
export class GatedSession {
  readonly dir: string
  readonly file: string
  readonly session: Session
  readonly dialogs = new ScriptedDialogs()
  readonly grants = new PathGrants()
  private readonly handlers: Handlers
  /** The passphrases successful calls gave, latest first. */
  private readonly passphrases: string[] = []

  constructor(template: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-fuzz-'))
    this.file = path.join(this.dir, 'engagement.terrain')
    fs.copyFileSync(template, this.file)
    this.session = new Session({ dataDir: path.join(this.dir, 'app-data'), appVersion: '0.0.0-fuzz' })
    this.handlers = { ...coreHandlers(this.session), ...this.grantingChoices(this.dialogs.inProcessHandlers()) }
    this.session.open(this.file)
  }

  /** The engagement under test, reopened if a call closed it or opened another. */
  engagement() {
    if (this.session.engagement?.path === this.file) return this.session.engagement
    // A call may have encrypted it, or given it a new passphrase: one of those it was given opens it.
    for (const passphrase of [undefined, ...this.passphrases]) {
      try {
        return this.session.open(this.file, { passphrase })
      } catch {
        // the next one
      }
    }
    throw new Error(`${this.file} could not be opened again.`)
  }

  async call(name: string, input: unknown): Promise<CallResult<unknown>> {
    if (isCallName(name) && !mayNameFile(name, input, this.grants, knownEngagements(this.session)))
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This file was not chosen by the user for this.' } }
    const r = await dispatch(this.handlers, name, input, ctx)
    const passphrase = (input as { passphrase?: unknown } | null)?.passphrase
    if (r.ok && typeof passphrase === 'string') this.passphrases.unshift(passphrase)
    return r
  }

  /** As if the user had chosen this file in the dialog meant for `call`. */
  grant(call: CallName, file: string): void {
    const dialog = dialogFor(call)
    if (!dialog) throw new Error(`No dialog grants a file to ${call}.`)
    grantChosenFile(this.grants, dialog, file)
  }

  dispose(): void {
    this.session.close()
    fs.rmSync(this.dir, { recursive: true, force: true })
  }

  /** Each dialog's choice granted to the calls it is for, as electron/main/dialogs.ts does. */
  private grantingChoices(shell: ShellHandlers): ShellHandlers {
    const wrapped: Record<string, unknown> = { ...shell }
    for (const [name, handler] of Object.entries(shell) as [CallName, (...args: never[]) => unknown][]) {
      if (!(contract[name] as CallSpec).grantsTo) continue
      wrapped[name] = async (...args: never[]) => {
        const chosen = (await handler(...args)) as { path: string }
        grantChosenFile(this.grants, name, chosen.path)
        return chosen
      }
    }
    return wrapped as ShellHandlers
  }
}
