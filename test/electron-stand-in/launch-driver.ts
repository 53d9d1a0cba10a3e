/**
 * Launches the built main process (out/main/index.js) under the Electron stand-in and plays what
 * Electron and a user would: ready, the window and its page, requests through the app's protocol,
 * contract calls from the page and from forged frames, the close handshake, quit. Prints one line
 * `LAUNCH-REPORT {json}` of what happened; test/integration/desktop-launch.test.ts judges it.
 * Run by that test as: node --import tsx --import ./test/electron-stand-in/register.mjs <this file>
 * with TERRAIN_LAUNCH = {"bundle", "work", "platform", "scenario"}.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { app } from './app'
import { BrowserWindow, whilePrinting } from './browser-window'
import { standInConfig } from './config'
import { errorBoxes } from './dialog'
import { handledChannels, invokeFrom } from './ipc-main'
import { applicationMenu } from './menu'
import { fetchThroughProtocol } from './protocol'
import { log, violations } from './rules'
import { session } from './session'
import { playPage, type Bridge } from './launch-page'

type Scenario = 'launch' | 'native-missing' | 'native-broken'
const setup = JSON.parse(process.env.TERRAIN_LAUNCH ?? '{}') as {
  bundle: string
  work: string
  platform: NodeJS.Platform
  scenario: Scenario
}

const errors: string[] = []
process.on('uncaughtException', (e) => errors.push(`uncaught exception: ${e.stack ?? e}`))
process.on('unhandledRejection', (e) => errors.push(`unhandled rejection: ${(e as Error)?.stack ?? e}`))

const report: Record<string, unknown> = { errors, violations, log }

const until = async (what: string, ok: () => boolean, ms = 10_000): Promise<void> => {
  const started = Date.now()
  while (!ok()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

function machine(): void {
  Object.defineProperty(process, 'platform', { value: setup.platform })
  const appPath = path.join(setup.work, 'app')
  const native = path.join(appPath, '.electron-native')
  fs.mkdirSync(native, { recursive: true })
  // The stand-in is Node itself, so the build Electron would load is the Node build.
  if (setup.scenario === 'launch')
    fs.copyFileSync(
      path.resolve('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node'),
      path.join(native, 'better_sqlite3.node'),
    )
  if (setup.scenario === 'native-broken') fs.writeFileSync(path.join(native, 'better_sqlite3.node'), 'not a library')
  const dir = (name: string) =>
    fs.mkdirSync(path.join(setup.work, name), { recursive: true }) ?? path.join(setup.work, name)
  Object.assign(standInConfig, {
    platform: setup.platform,
    appPath,
    version: (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version,
    locale: 'fr-FR',
    paths: { userData: dir('userData'), temp: dir('temp'), home: dir('home'), documents: dir('documents') },
    saveAnswers: [
      path.join(setup.work, 'documents', 'rapport.pdf'),
      path.join(setup.work, 'documents', 'rapport-annule.pdf'),
    ],
  })
}

/** The page's own requests, and a hostile page's attempts to read outside the renderer. */
async function protocolRequests(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  const get = async (url: string) => {
    const r = await fetchThroughProtocol(url)
    out.push({
      url,
      status: r?.status ?? null,
      type: r?.headers.get('content-type') ?? null,
      csp: r?.headers.get('content-security-policy') ?? null,
    })
    return r
  }
  const index = await get('terrain://app/index.html')
  const html = (await index?.text()) ?? ''
  for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const asset = new URL(m[1]!, 'terrain://app/index.html')
    if (asset.protocol === 'terrain:') await get(asset.href)
  }
  for (const attempt of [
    '/../main/index.js',
    '/%2e%2e/main/index.js',
    '/%2e%2e%2fmain%2findex.js',
    '/..%5cmain%5cindex.js',
    '/%5c..%5cmain%5cindex.js',
    '/index.html%00.js',
    '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
  ])
    await get(`terrain://app${attempt}`)
  await get('terrain://other/index.html')
  return out
}

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((d) => (d.isFile() ? [path.relative(dir, path.join(d.parentPath, d.name))] : []))

/**
 * While the report prints: what its page was served with, what the temporary folder holds, and
 * what the printing session answers the requests and permission asks a hostile report would make.
 */
function watchPrinting(): void {
  whilePrinting(async (page) => {
    const outcome = async (url: string) => {
      const r = await page.session.request(url, url === page.url ? 'mainFrame' : 'image')
      return { url, outcome: r.blocked ? 'blocked' : (r.response?.status ?? 'not handled') }
    }
    const elsewhere = [
      'terrain://report/another-report.html',
      'terrain://app/index.html',
      'https://example.org/pixel.png',
      'http://127.0.0.1:8080/collect',
      'ws://example.org/socket',
      'file:///etc/passwd',
      'blob:terrain://report/5b0d3c1e-7f4a-4a7e-9a55-2f1c1e1f0a11',
      'data:font/woff2;base64,d09GMgABAAAAAA==',
    ]
    const prints = (report.printing ??= []) as Record<string, unknown>[]
    prints.push({
      partition: page.session.partition,
      url: page.url,
      type: page.headers['content-type'] ?? null,
      csp: page.headers['content-security-policy'] ?? null,
      cache: page.headers['cache-control'] ?? null,
      tempDuringPrint: filesUnder(standInConfig.paths.temp!),
      requests: [await outcome(page.url), ...(await Promise.all(elsewhere.map(outcome)))],
      permissionRequest: await page.session.askPermission('media'),
      permissionCheck: page.session.checkPermission('clipboard-read'),
    })
  })
}

/** Calls whose caller is not the app's own top frame on its own page. */
async function forgedCalls(window: BrowserWindow): Promise<Record<string, unknown>[]> {
  const frames = [
    { name: 'another origin', frame: { url: 'https://example.org/index.html', parent: null, routingId: 9 } },
    {
      name: 'a subframe',
      frame: { url: 'terrain://app/index.html', parent: window.webContents.mainFrame, routingId: 8 },
    },
    { name: 'another page', frame: { url: 'terrain://app/evil.html', parent: null, routingId: 7 } },
    { name: 'a file page', frame: { url: 'file:///tmp/index.html', parent: null, routingId: 6 } },
    { name: 'no frame', frame: null },
  ]
  const out: Record<string, unknown>[] = []
  for (const { name, frame } of frames) {
    // What main answers crosses as JSON (the preload parses it); a forged caller gets it raw.
    const raw = await invokeFrom(frame, window.webContents, 'terrain:engagement.current', [{}])
    const r = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { ok: boolean; error?: { code: string } }
    out.push({ name, ok: r.ok, code: r.error?.code ?? null })
  }
  return out
}

/** Native libraries main's own thread loads: SQLite must load in the core thread only. */
function watchNativeLoads(): void {
  const loads = (report.mainThreadNative = []) as string[]
  const dlopen = process.dlopen.bind(process)
  process.dlopen = (module: { exports: unknown }, filename: string, flags?: number) => {
    loads.push(path.basename(filename))
    return flags === undefined ? dlopen(module, filename) : dlopen(module, filename, flags)
  }
}

async function launch(): Promise<void> {
  watchPrinting()
  watchNativeLoads()
  await import(pathToFileURL(setup.bundle).href)
  report.beforeReady = { windows: BrowserWindow.getAllWindows().length, channels: handledChannels().length }
  app.emitReady()
  if (setup.scenario !== 'launch') {
    // The core thread tries the engine first: main says what is wrong once it has answered.
    await until('the refusal', () => app.state !== 'running', 10_000).catch(() => undefined)
    Object.assign(report, { errorBoxes, exitCode: app.exitCode, state: app.state })
    report.windows = BrowserWindow.getAllWindows().length
    return
  }
  const pageOf = async (w: BrowserWindow): Promise<Bridge> => {
    await until('the page and its preload', () => Boolean(w.webContents.world?.mainWorld.terrain))
    return w.webContents.world!.mainWorld.terrain as Bridge
  }
  await until('the window', () => BrowserWindow.getAllWindows().length === 1)
  const [window] = BrowserWindow.getAllWindows()
  const bridge = await pageOf(window!)
  report.channels = handledChannels()
  report.window = {
    visible: window!.isVisible(),
    url: window!.webContents.getURL(),
    exposed: Object.keys(window!.webContents.world!.mainWorld),
    minWidth: window!.options.minWidth,
    minHeight: window!.options.minHeight,
  }
  report.menu = await playMenu(bridge)
  report.protocol = await protocolRequests()
  report.calls = await playPage(bridge, setup.work)
  report.forged = await forgedCalls(window!)
  report.guards = {
    permission: await session.defaultSession.askPermission('media'),
    windowOpen: window!.webContents.windowOpenHandler?.({ url: 'https://example.org/' }).action ?? null,
    navigation: (() => {
      const e = { defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) }
      window!.webContents.emit('will-navigate', e, 'https://example.org/')
      return e.defaultPrevented ? 'prevented' : 'allowed'
    })(),
  }
  report.tempLeft = fs.readdirSync(standInConfig.paths.temp!)
  await closeAndQuit(window!, bridge, pageOf)
}

/** The application menu as built, and its own commands clicked: what reaches the page. */
async function playMenu(bridge: Bridge): Promise<Record<string, unknown>> {
  const menu = applicationMenu ?? []
  const file = menu.find((i) => i.submenu?.some((s) => typeof s.click === 'function'))
  const heard: unknown[] = []
  const off = bridge.on('menu.command', (payload) => heard.push(payload))
  const commands = (file?.submenu ?? []).filter((i) => typeof i.click === 'function')
  for (const item of commands) (item.click as () => void)()
  await until('the menu commands to reach the page', () => heard.length === commands.length).catch(() => undefined)
  off()
  return {
    top: menu.map((i) => i.label ?? i.role),
    file: (file?.submenu ?? []).map((i) => i.label ?? i.role ?? i.type),
    heard,
  }
}

/** The close handshake, then quit: by closing the last window (Linux, Windows) or by Cmd+Q (macOS). */
async function closeAndQuit(window: BrowserWindow, bridge: Bridge, pageOf: (w: BrowserWindow) => Promise<Bridge>) {
  let flushes = 0
  const answerFlushes = (b: Bridge) =>
    b.on('app.flushRequested', () => {
      flushes++
      void b.invoke('app.flushed', {})
    })
  answerFlushes(bridge)
  const current = (await bridge.invoke('engagement.current', {})) as { value?: { path: string } }
  const engagement = current.value?.path ?? ''
  window.close()
  await until('the window to close', () => window.isDestroyed(), 15_000)
  // Closing the last window quits on Linux and Windows, once the core has closed the engagement.
  if (setup.platform !== 'darwin')
    await until('the quit after the last window', () => app.state !== 'running', 15_000).catch(() => undefined)
  const close: Record<string, unknown> = { flushes, afterClose: app.state }
  if (setup.platform === 'darwin') {
    // The app stays in the dock; a click on its icon opens a window again, and Cmd+Q quits.
    app.emitActivate()
    await until('a window on activate', () => BrowserWindow.getAllWindows().length === 1)
    answerFlushes(await pageOf(BrowserWindow.getAllWindows()[0]!))
    app.quit()
  }
  await until('the quit', () => app.state !== 'running', 15_000).catch(() => undefined)
  Object.assign(close, { flushes, state: app.state, windows: BrowserWindow.getAllWindows().length })
  close.walLeft = engagement ? fs.existsSync(`${engagement}-wal`) : null
  report.close = close
}

machine()
try {
  await launch()
} catch (e) {
  errors.push(`driver: ${(e as Error).stack ?? e}`)
}
await new Promise((r) => setTimeout(r, 50))
process.stdout.write(`LAUNCH-REPORT ${JSON.stringify(report)}\n`)
process.exit(0)
