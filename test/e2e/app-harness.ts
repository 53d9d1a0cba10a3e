import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type Page } from 'playwright-core'
import { Session } from '../../electron/core/session'
import { coreHandlers } from '../../electron/core/handlers/core-handlers'
import { dispatch } from '../../electron/core/handlers/dispatch'
import { ScriptedDialogs } from '../helpers/test-shell'
import { CHROMIUM_ARGS } from './chromium'

const RENDERER = path.resolve(__dirname, '../../out/renderer')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

/** Serves the built renderer from 127.0.0.1, as files, nothing else. */
function serveRenderer(): Promise<http.Server> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error('The renderer is not built: run `npx electron-vite build` (npm test does it first).')
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const file = path.join(RENDERER, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname))
    if (!file.startsWith(RENDERER) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// Runs in the page before the app: window.terrain forwards to the binding, as the preload does to IPC.
function installBridge(): void {
  const listeners = new Map<string, Set<(p: unknown) => void>>()
  const w = globalThis as unknown as Record<string, unknown>
  w.__terrainEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload))
  w.terrain = {
    invoke: (name: string, input: unknown) =>
      (w.__terrainInvoke as (n: string, i: unknown) => Promise<unknown>)(name, input),
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
  close(): Promise<void>
}

/** The real UI in Chromium, with window.terrain bound to the real core in this process. */
export async function launchApp(executablePath: string, options: { locale?: string } = {}): Promise<AppHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-e2e-'))
  const session = new Session({ dataDir, appVersion: '0.0.0-e2e' })
  const dialogs = new ScriptedDialogs()
  const handlers = { ...coreHandlers(session), ...dialogs.handlers() }
  const server = await serveRenderer()
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1360, height: 880 },
  })
  const page = await context.newPage()
  page.setDefaultTimeout(10_000)
  await page.exposeBinding('__terrainInvoke', (_source, name: unknown, input: unknown) =>
    dispatch(handlers, name, input, {
      emit: (event, payload) =>
        void page.evaluate(
          ([e, p]) => (globalThis as never as Record<string, (a: unknown, b: unknown) => void>).__terrainEmit!(e, p),
          [event, payload] as const,
        ),
    }),
  )
  await page.addInitScript(installBridge)
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  await page.goto(url)
  return {
    page,
    session,
    dialogs,
    dataDir,
    url,
    async close() {
      await browser.close()
      session.close()
      await new Promise((r) => server.close(r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
