import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import { ScriptedDialogs } from '../helpers/test-shell'
import { CHROMIUM_ARGS } from '../../electron/cli/chromium/find-chromium'
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../../electron/core/security/renderer-files'
import { grantChosenFile, knownEngagements, mayNameFile, PathGrants } from '../../electron/core/security/path-grants'
import type { ShellHandlers } from '../../electron/core/handlers/handler'
import { contract } from '../../shared/api/contract'
import type { CallSpec } from '../../shared/api/call'
import { isCallName, type CallName } from '../../shared/api/names'

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url))

/** Serves the built renderer from 127.0.0.1, as files, nothing else (the same rules as the app's protocol). */
function serveRenderer(): Promise<http.Server> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error('The renderer is not built: run `npx electron-vite build` (npm test does it first).')
  }
  const server = http.createServer((req, res) => {
    const file = rendererFile(RENDERER, new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** The scripted dialogs, each choice granted to the calls its dialog is for, as electron/main/dialogs.ts does. */
function grantingChoices(shell: ShellHandlers, grants: PathGrants): ShellHandlers {
  const wrapped: Record<string, unknown> = { ...shell }
  for (const [name, handler] of Object.entries(shell) as unknown as [CallName, (...args: never[]) => unknown][]) {
    if (!(contract[name] as CallSpec).grantsTo) continue
    wrapped[name] = async (...args: never[]) => {
      const chosen = (await handler(...args)) as { path: string }
      grantChosenFile(grants, name, chosen.path)
      return chosen
    }
  }
  return wrapped as ShellHandlers
}

// Runs in the page before the app: window.terrain forwards to the binding, as the preload does to IPC.
function installBridge(firstRun: boolean): void {
  // Only the app's own top frame gets the bridge (the report preview is a sandboxed frame).
  const g = globalThis as unknown as { top: unknown; self: unknown }
  if (g.top !== g.self) return
  type Storage = { getItem(k: string): string | null; setItem(k: string, v: string): void }
  const storage = (globalThis as unknown as { localStorage: Storage }).localStorage
  if (!firstRun && storage.getItem('terrain.firstRunDone') === null) storage.setItem('terrain.firstRunDone', 'test')
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const w = globalThis as unknown as Record<string, unknown>
  w.__terrainEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload))
  w.terrain = {
    invoke: (name: string, input: unknown) =>
      (w.__terrainInvoke as (n: string, i: unknown) => Promise<string>)(name, input).then((json) => JSON.parse(json)),
    on: (event: string, listener: (p: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener)
      return () => listeners.get(event)!.delete(listener)
    },
  }
}

export interface AppHarness {
  page: Page
  session: Session
  dialogs: ScriptedDialogs
  dataDir: string
  url: string
  /** Errors the page threw or logged; a test fails on any (checked in close). */
  pageErrors: string[]
  /** Every call the page made, in order (what a screen reads after an action). */
  calls: string[]
  /** Sends the window-closing flush request, as Electron's main does, and waits for the answer. */
  requestFlush(): Promise<void>
  /** Closes the page at once, as a crash would (nothing flushed), and opens the app again on the same core. */
  crashAndReopen(): Promise<Page>
  close(): Promise<void>
}

/** The real UI in Chromium, with window.terrain bound to the real core in this process. */
export async function launchApp(
  executablePath: string,
  options: { locale?: string; firstRun?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<AppHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-e2e-'))
  const session = new Session({ dataDir, appVersion: '0.0.0-e2e' })
  const dialogs = new ScriptedDialogs(session)
  // The file grants of the app (electron/main): a dialog's choice is granted to its calls, and a
  // call naming a file the user did not choose for it is refused before it runs.
  const grants = new PathGrants()
  const handlers = { ...coreHandlers(session), ...grantingChoices(dialogs.handlers(), grants) }
  const server = await serveRenderer()
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 1360, height: 880 },
  })
  const pageErrors: string[] = []
  const calls: string[] = []
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  /** A page of the app, bound to the core, as the preload binds a window to main. */
  const newAppPage = async (): Promise<Page> => {
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    // The result crosses as one JSON string: Playwright's own serialisation of a large object (a
    // long transcript's thousands of codings) takes seconds, where Electron's structured clone does not.
    await page.exposeBinding('__terrainInvoke', async (_source, name: unknown, input: unknown) => {
      calls.push(String(name))
      return JSON.stringify(
        isCallName(name) && !mayNameFile(name, input, grants, knownEngagements(session))
          ? { ok: false, error: { code: 'FORBIDDEN', message: 'This file was not chosen by the user for this.' } }
          : await dispatch(handlers, name, input, {
              changes: () => session.takeChanges(),
              emit: (event, payload) =>
                void page.evaluate(
                  ([e, p]) =>
                    (globalThis as never as Record<string, (a: unknown, b: unknown) => void>).__terrainEmit!(e, p),
                  [event, payload] as const,
                ),
            }),
      )
    })
    // Under tsx (the benchmarks), esbuild names functions with a __name helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f' })
    await page.addInitScript(installBridge, options.firstRun ?? false)
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text())
    })
    await page.goto(url)
    return page
  }
  const harness: AppHarness = {
    page: await newAppPage(),
    session,
    dialogs,
    dataDir,
    url,
    pageErrors,
    calls,
    async requestFlush() {
      const before = dialogs.flushes
      await harness.page.evaluate(() =>
        (globalThis as never as Record<string, (a: unknown, b: unknown) => void>).__terrainEmit!(
          'app.flushRequested',
          {},
        ),
      )
      for (let i = 0; i < 100 && dialogs.flushes === before; i++) await new Promise((r) => setTimeout(r, 20))
      if (dialogs.flushes === before) throw new Error('The page did not answer the flush request.')
    },
    async crashAndReopen() {
      await harness.page.close({ runBeforeUnload: false })
      harness.page = await newAppPage()
      return harness.page
    },
    async close() {
      await browser.close()
      session.close()
      await new Promise((r) => server.close(r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return harness
}
