import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { CALL_NAMES, channelOf } from '../../shared/api/names'
import { translate } from '../../shared/i18n/translate'
import { reportPrintPolicy } from '../../electron/core/report/print-page-policy'

/**
 * The desktop app as Electron would start it: the built main (out/main/index.js, not the sources,
 * so a bundling mistake fails here) and the built preload, loaded by Node with 'electron' resolved
 * to test/electron-stand-in, which keeps the rules Electron keeps. TERRAIN_MAIN_BUNDLE points the
 * test at another build (to check that it fails on a broken one).
 */
const ROOT = path.resolve(__dirname, '../..')
const BUNDLE = process.env.TERRAIN_MAIN_BUNDLE ?? path.join(ROOT, 'out/main/index.js')

type Call = { name: string; ok: boolean; code: string | null; message?: string | null }
type LaunchReport = {
  errors: string[]
  violations: string[]
  log: string[]
  beforeReady: { windows: number; channels: number }
  channels: string[]
  window: { visible: boolean; url: string; exposed: string[]; minWidth: number; minHeight: number }
  protocol: { url: string; status: number | null; type: string | null; csp: string | null }[]
  calls: Call[]
  forged: Call[]
  guards: { permission: boolean; windowOpen: string; navigation: string }
  tempLeft: string[]
  mainThreadNative: string[]
  printing: {
    partition: string
    url: string
    type: string | null
    csp: string | null
    cache: string | null
    tempDuringPrint: string[]
    requests: { url: string; outcome: number | string }[]
    permissionRequest: boolean
    permissionCheck: boolean
  }[]
  close: { flushes: number; afterClose: string; state: string; windows: number; walLeft: boolean | null }
  menu: { top: string[]; file: string[]; heard: unknown[] }
  errorBoxes: { title: string; content: string }[]
  exitCode: number | null
  state: string
  windows: number
}

async function launch(platform: 'linux' | 'darwin' | 'win32', scenario = 'launch'): Promise<LaunchReport> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-launch-'))
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './test/electron-stand-in/register.mjs',
        'test/electron-stand-in/launch-driver.ts',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TERRAIN_LAUNCH: JSON.stringify({ bundle: BUNDLE, work, platform, scenario }) },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 60_000,
      },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('LAUNCH-REPORT '))
    if (!line) throw new Error(`the launch printed no report:\n${stdout}`)
    return JSON.parse(line.slice('LAUNCH-REPORT '.length)) as LaunchReport
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

describe.each(['linux', 'win32', 'darwin'] as const)('the built desktop app launching on %s', (platform) => {
  let r: LaunchReport
  it('loads, gets ready, opens its window and quits without a throw, a rejection or a broken Electron rule', async () => {
    r = await launch(platform)
    expect(r.errors).toEqual([])
    expect(r.violations).toEqual([])
    // Privileged schemes before ready; no window before it.
    expect(r.log.indexOf('schemes registered: terrain')).toBeGreaterThanOrEqual(0)
    expect(r.log.indexOf('schemes registered: terrain')).toBeLessThan(r.log.indexOf('ready'))
    expect(r.beforeReady.windows).toBe(0)
  }, 90_000)

  it('registers one handler for every contract call, and nothing else', () => {
    expect(r.channels).toHaveLength(CALL_NAMES.length)
    expect(new Set(r.channels)).toEqual(new Set(CALL_NAMES.map((n) => channelOf(n))))
  })

  it('shows its page through the app protocol, with the sandboxed preload exposing window.terrain alone', () => {
    expect(r.window).toMatchObject({ visible: true, url: 'terrain://app/index.html', exposed: ['terrain'] })
    expect(r.window.minWidth).toBeGreaterThanOrEqual(1024)
    expect(r.window.minHeight).toBeGreaterThanOrEqual(614)
  })

  it('serves the page and its assets with the Content-Security-Policy, and nothing outside the renderer', () => {
    const own = r.protocol.filter((p) => /^terrain:\/\/app\/(index\.html|assets\/[\w.-]+)$/.test(p.url))
    expect(own.map((p) => p.url)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/)]),
    )
    for (const p of own) {
      expect(p.status, p.url).toBe(200)
      expect(p.csp, p.url).toMatch(/script-src 'self'/)
    }
    expect(own[0]!.type).toMatch(/^text\/html/)
    const attempts = r.protocol.filter((p) => !own.includes(p))
    expect(attempts.length).toBeGreaterThanOrEqual(8)
    for (const p of attempts) expect(p.status, p.url).toBe(404)
  })

  it('answers the page’s calls: the demo, its codebook, autocoding, the diagnosis, the preview and a PDF export', () => {
    const byName = Object.fromEntries(r.calls.map((c) => [c.name, c]))
    for (const name of [
      'app.about',
      'engagement.openDemo',
      'engagement.current',
      'codebook.get',
      'autocode.preview',
      'diagnosis.dashboard',
      'report.preview',
      'files.chooseReportPath',
      'report.exportPdf',
      'pdf written',
    ])
      expect(byName[name], name).toMatchObject({ ok: true })
    // A file the user never chose, named by the page: refused before any handler runs.
    expect(byName['engagement.open']).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // A file named in a Save dialog is written once, by the call that asked for the dialog.
    expect(byName['second export']).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(byName['codebook over the report']).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // Nothing left behind in the temporary folder.
    expect(r.tempLeft).toEqual([])
  })

  it('runs SQLite in the core thread: main’s own thread loads no database engine, and a job cancels there', () => {
    const served = r.calls.filter((c) => c.name === 'engagement.openDemo' || c.name === 'diagnosis.dashboard')
    expect(served.map((c) => c.ok)).toEqual([true, true])
    expect(r.mainThreadNative.filter((n) => /sqlite/i.test(n))).toEqual([])
    const byName = Object.fromEntries(r.calls.map((c) => [c.name, c]))
    expect(byName['cancelled export']).toMatchObject({ ok: false, code: 'CANCELLED' })
    expect(byName['cancelled export left nothing']).toMatchObject({ ok: true })
  })

  it('keeps passphrases in the OS keychain only where it is a real one (not Linux’s basic_text)', () => {
    const keychain = r.calls.find((c) => c.name === 'keychain') as { value?: unknown } | undefined
    expect(keychain?.value).toBe(platform !== 'linux')
  })

  it('prints the report from memory, with its own policy, and lets its page reach nothing else', () => {
    // One export printed: the second one was refused before printing.
    expect(r.printing).toHaveLength(1)
    const p = r.printing[0]!
    expect(p.partition).toBe('terrain-report-print')
    expect(p.url).toMatch(/^terrain:\/\/report\/[0-9a-f-]{36}\.html$/)
    expect(p.type).toBe('text/html; charset=utf-8')
    expect(p.csp).toBe(reportPrintPolicy())
    expect(p.cache).toBe('no-store')
    // Nothing of the report, which holds every verbatim, in the temporary folder while it prints.
    expect(p.tempDuringPrint).toEqual([])
    const outcomes = Object.fromEntries(p.requests.map((q) => [q.url, q.outcome]))
    expect(outcomes[p.url]).toBe(200)
    for (const q of p.requests.filter((q) => q.url !== p.url && !q.url.startsWith('data:')))
      expect(q.outcome, q.url).toBe('blocked')
    expect(p.requests.find((q) => q.url.startsWith('data:'))?.outcome).toBe('not handled')
    expect({ request: p.permissionRequest, check: p.permissionCheck }).toEqual({ request: false, check: false })
  })

  it('has a File menu in the system’s language with the team’s commands, which reach the page', () => {
    expect(r.menu.top).toEqual([
      ...(platform === 'darwin' ? ['appMenu'] : []),
      'Fichier',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ])
    expect(r.menu.file).toEqual([
      translate('fr', 'merge.ui.choose'),
      translate('fr', 'package.ui.open'),
      'separator',
      platform === 'darwin' ? 'close' : 'quit',
    ])
    expect(r.menu.heard).toEqual([{ command: 'mergeFile' }, { command: 'codingPackage' }])
  })

  it('refuses calls from forged frames: another origin, a subframe, another page, a file, no frame', () => {
    expect(r.forged.map((c) => c.name)).toHaveLength(5)
    for (const c of r.forged) expect(c, c.name).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('denies permissions, new windows and navigation away', () => {
    expect(r.guards).toEqual({ permission: false, windowOpen: 'deny', navigation: 'prevented' })
  })

  it('asks the page to write what is pending before its window goes, then quits and closes the engagement', () => {
    expect(r.close.flushes).toBeGreaterThanOrEqual(1)
    // macOS keeps the app in the dock when its window closes; Cmd+Q then quits it.
    expect(r.close.afterClose).toBe(platform === 'darwin' ? 'running' : 'quit')
    expect(r.close).toMatchObject({ state: 'quit', windows: 0, walLeft: false })
    if (platform === 'darwin') expect(r.close.flushes).toBe(2)
  })
})

describe('a desktop app whose database engine Electron cannot load', () => {
  it('says at launch that the engine is missing and how to build it, and opens no window', async () => {
    const r = await launch('linux', 'native-missing')
    expect(r.errors).toEqual([])
    expect(r.violations).toEqual([])
    expect(r.windows).toBe(0)
    expect(r.exitCode).toBe(1)
    expect(r.errorBoxes).toHaveLength(1)
    expect(r.errorBoxes[0]!.title).toBe(translate('fr', 'desktop.native.title'))
    expect(r.errorBoxes[0]!.content).toMatch(
      /^Le moteur de base de données .* est absent \(.*\.electron-native\/better_sqlite3\.node\)/,
    )
    expect(r.errorBoxes[0]!.content).toContain('npm start')
  }, 60_000)

  it('says that a damaged or foreign build cannot be loaded and how to rebuild it, and opens no window', async () => {
    const r = await launch('linux', 'native-broken')
    expect(r.errors).toEqual([])
    expect(r.windows).toBe(0)
    expect(r.exitCode).toBe(1)
    expect(r.errorBoxes[0]!.content).toMatch(/ne peut pas être chargé\u202f: .*(invalid ELF header|too short)/)
    expect(r.errorBoxes[0]!.content).toContain('.electron-native')
  }, 60_000)
})
