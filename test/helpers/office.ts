import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, it } from 'vitest'

const MISSING =
  'LibreOffice (soffice) is missing: apt-get install -y libreoffice-impress-nogui libreoffice-writer-nogui libreoffice-calc-nogui fonts-crosextra-carlito'

/** The soffice of LibreOffice, which opens PowerPoint, Word and Excel files as a client's Office would. */
export function findSoffice(): string | null {
  for (const p of [process.env.TERRAIN_SOFFICE, '/usr/bin/soffice', '/usr/local/bin/soffice'])
    if (p && fs.existsSync(p)) return p
  return null
}

/**
 * Declares a suite that needs LibreOffice: skipped with one loud line where it is missing, except
 * under CI=true, where a missing LibreOffice fails the run.
 */
export function officeSuite(name: string, body: (soffice: string) => void): void {
  const exe = findSoffice()
  if (exe) return void describe(name, () => body(exe))
  if (process.env.CI === 'true')
    return void describe(name, () =>
      it('has LibreOffice to open the files with', () => {
        throw new Error(MISSING)
      }),
    )
  console.warn(`\n*** ${MISSING} ***\n`)
  describe.skip(name, () => it('needs LibreOffice', () => undefined))
}

/**
 * Converts an Office file to PDF as LibreOffice opens it, each run with a profile of its own (so
 * that runs in parallel never collide), and returns the PDF's path beside a copy of the file.
 */
export function officeToPdf(soffice: string, file: string): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'terrain-office-'))
  const profile = path.join(work, `profile-${crypto.randomUUID()}`)
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      file,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  )
  const pdf = path.join(work, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`)
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${file}`)
  return pdf
}

/** The PDF's text, page by page (pdftotext keeps the layout's reading order). */
export function pdfPagesText(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, -1)
}

/** Renders every page to PNG (for a person to look at): the files' paths. */
export function renderPages(pdf: string, outDir: string, prefix: string, dpi = 60): string[] {
  fs.mkdirSync(outDir, { recursive: true })
  const ours = (f: string) => f.startsWith(`${prefix}-`) && f.endsWith('.png')
  // Pages of an earlier, longer run would be counted (and looked at) as this one's.
  for (const f of fs.readdirSync(outDir).filter(ours)) fs.rmSync(path.join(outDir, f))
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(outDir, prefix)])
  return fs
    .readdirSync(outDir)
    .filter(ours)
    .map((f) => path.join(outDir, f))
}

/** The text of an XML part's character data: its five predefined entities decoded. */
export const decodeXmlText = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
