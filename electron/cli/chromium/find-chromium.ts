import fs from 'node:fs'

/** Where Debian, Ubuntu and the usual installs put Chromium or Chrome. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** TERRAIN_CHROMIUM, else CHROMIUM_PATH, else the usual system locations; null when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const candidate of [env.TERRAIN_CHROMIUM, env.CHROMIUM_PATH, ...SYSTEM_PATHS]) {
    if (candidate && fs.existsSync(candidate)) return candidate
  }
  return null
}

/** The flags that let headless Chromium run as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const MISSING_CHROMIUM =
  'Browser tests SKIPPED: no Chromium found. Install it (apt-get install -y chromium) or set TERRAIN_CHROMIUM to its path.'
