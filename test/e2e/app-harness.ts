import type { MenuCommand } from '../../shared/api/events'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ScriptedDialogs } from '../helpers/test-shell'
import { CoreClient } from '../../electron/core/worker/core-client'
import { relayCall, type DesktopShell } from '../../electron/core/worker/relay-call'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import type { Engagement } from '../../electron/core/engagement/engagement'
import { CHROMIUM_ARGS } from '../../electron/cli/chromium/find-chromium'
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../../electron/core/security/renderer-files'
import { grantChosenFile, PathGrants } from '../../electron/core/security/path-grants'
import { contract } from '../../shared/api/contract'
import type { CallSpec } from '../../shared/api/call'
import type { CallName } from '../../shared/api/names'
import type { CallInput, CallOutput } from '../../shared/api/contract'

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url))
/** The core thread as the app starts it: the built worker, not the sources. */
export const CORE_WORKER = fileURLToPath(new URL('../../out/main/core-worker.js', import.meta.url))
/** The passphrase the browser tests give the engagements they create (encrypted, as by default). */
export const TEST_PASSPHRASE = 'une phrase secrète pour les tests'

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
function grantingChoices(shell: DesktopShell, grants: PathGrants): DesktopShell {
  const wrapped: Record<string, unknown> = { ...shell }
  for (const [name, handler] of Object.entries(shell) as unknown as [CallName, (...args: never[]) => unknown][]) {
    if (!(contract[name] as CallSpec).grantsTo) continue
    wrapped[name] = async (...args: never[]) => {
      const chosen = (await handler(...args)) as { path: string }
      grantChosenFile(grants, name, chosen.path)
      return chosen
    }
  }
  return wrapped as DesktopShell
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
  /** The core thread the page's calls go to, as in the app. */
  core: CoreClient
  /**
   * The engagement open in the app, opened a second time in this process (as another SQLite
   * connection on the same file) for a test to look at or set up; an encrypted one with the
   * tests' passphrase unless told. The page is not told of writes made through it.
   */
  engagement(passphrase?: string): Promise<Engagement>
  /** A contract call straight to the core (not through the page, not in `calls`): what the session holds, as the undo history. */
  ask<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>
  dialogs: ScriptedDialogs
  dataDir: string
  url: string
  /** Errors the page threw or logged; a test fails on any (checked in close). */
  pageErrors: string[]
  /** Every call the page made, in order (what a screen reads after an action). */
  calls: string[]
  /** Sends the window-closing flush request, as Electron's main does, and waits for the answer. */
  requestFlush(): Promise<void>
  /** Chooses a command of the application menu: main sends it to the window as this event. */
  menu(command: MenuCommand): Promise<void>
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
  if (!fs.existsSync(CORE_WORKER))
    throw new Error('The core worker is not built: run `npx electron-vite build` (npm test does it first).')
  let emitToPage: (event: string, payload: unknown) => void = () => undefined
  const core = new CoreClient({
    workerFile: CORE_WORKER,
    dataDir,
    appVersion: '0.0.0-e2e',
    failOnContractDrift: true,
    onEvent: (event, payload) => emitToPage(event, payload),
  })
  const driver = await core.start()
  if (!driver.ok) throw new Error(`The core did not start: ${driver.detail}`)
  const dialogs = new ScriptedDialogs(core)
  // The file grants of the app (electron/main): a dialog's choice is granted to its calls, and a
  // call naming a file the user did not choose for it is refused before it runs.
  const grants = new PathGrants()
  const relay = { core, shell: grantingChoices(dialogs.handlers(), grants), grants }
  let peek: Engagement | null = null
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
    // The same relay as electron/main/ipc.ts: grants checked here, the call served by the core thread.
    await page.exposeBinding('__terrainInvoke', async (_source, name: unknown, input: unknown) => {
      calls.push(String(name))
      return relayCall(relay, name, input)
    })
    emitToPage = (event, payload) =>
      void page
        .evaluate(
          ([e, p]) => (globalThis as never as Record<string, (a: unknown, b: unknown) => void>).__terrainEmit!(e, p),
          [event, payload] as const,
        )
        .catch(() => undefined)
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
    core,
    async engagement(passphrase = TEST_PASSPHRASE) {
      const current = JSON.parse(await core.call('engagement.current', {})) as {
        value: { path: string; encrypted: boolean } | null
      }
      if (!current.value) throw new Error('No engagement is open in the app.')
      if (peek?.path === current.value.path) return peek
      peek?.close()
      peek = openEngagementFile(current.value.path, current.value.encrypted ? { passphrase } : {})
      return peek
    },
    async ask(name, input) {
      const r = JSON.parse(await core.call(name, input)) as {
        ok: boolean
        value?: unknown
        error?: { message: string }
      }
      if (!r.ok) throw new Error(`${name}: ${r.error?.message}`)
      return r.value as never
    },
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
    async menu(command) {
      await harness.page.evaluate(
        (payload) =>
          (globalThis as never as Record<string, (a: unknown, b: unknown) => void>).__terrainEmit!(
            'menu.command',
            payload,
          ),
        { command },
      )
    },
    async crashAndReopen() {
      await harness.page.close({ runBeforeUnload: false })
      harness.page = await newAppPage()
      return harness.page
    },
    async close() {
      await browser.close()
      peek?.close()
      await core.close()
      await new Promise((r) => server.close(r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return harness
}
