import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchApp } from '../e2e/app-harness'
import { findChromium, MISSING_CHROMIUM } from '../../electron/cli/chromium/find-chromium'
import { openEngagementFile } from '../../electron/core/engagement/open-engagement'
import { applyCoding } from '../../electron/core/coding/apply-coding'
import { longTranscript } from './long-transcript'
import { retrievalFigures } from './retrieval.bench'
import { BenchUnavailable, print, requireChromium, summarise } from './measure'

const CHARS = 200_000
const CODINGS = 5_000

/**
 * The coding workbench at size: a 200,000-character transcript with 5,000 codings opened in the
 * editor (in Chromium, through the contract, until its codings are drawn), one coding applied to
 * durable (one transaction, synchronous=FULL), and a retrieval query over 50,000 codings.
 */
export async function run(): Promise<void> {
  const t = longTranscript(CHARS, CODINGS)
  const sizes = { documentChars: t.chars, codingsInDocument: t.codings }
  await openInEditor(t.file, t.documentId, sizes)
  applyToDurable(t.file, t.documentId, sizes)
  // Retrieval over 50,000 codings (the whole set of figures: npm run bench -- retrieval).
  print({ ...retrievalFigures()[0]!, bench: 'coding' })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(t.file + suffix, { force: true })
}

function applyToDurable(file: string, documentId: string, sizes: Record<string, number>): void {
  const e = openEngagementFile(file, { backupDir: path.join(path.dirname(file), 'terrain-bench-backups') })
  const codeId = e.codebook.codes()[0]!.id
  const times: number[] = []
  for (let i = 0; i < 200; i++) {
    const start = 1000 + i * 900
    const t0 = process.hrtime.bigint()
    applyCoding(e, { documentId, start, end: start + 60, codeIds: [codeId] })
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  e.close()
  print(summarise('coding', 'apply one coding, to durable', sizes, times))
}

async function openInEditor(file: string, documentId: string, sizes: Record<string, number>): Promise<void> {
  const chromium = requireChromium(findChromium, MISSING_CHROMIUM)
  if (!fs.existsSync(fileURLToPath(new URL('../../out/renderer/index.html', import.meta.url))))
    throw new BenchUnavailable('it needs the built renderer: run npx electron-vite build first.')
  const app = await launchApp(chromium)
  try {
    const { page } = app
    app.dialogs.nextOpenPath = file
    await page.locator('.start-actions .action-card').nth(1).click()
    await page.locator('.topbar').waitFor()
    await page.keyboard.press('Control+5')
    await page.locator(`.navigator-document[data-document="${documentId}"]`).waitFor()
    await page.locator(`.navigator-document[data-document="${documentId}"]`).click()
    await page.locator('.cm-coding').first().waitFor()
    const times: number[] = []
    for (let run = 0; run < 6; run++) {
      // Away from the coding tab and back: the document is read and its editor built anew each time.
      await page.locator('.tabs .tab').nth(1).click()
      await page.locator('.cm-editor').waitFor({ state: 'detached' })
      const ms = (await page.evaluate(`new Promise((done) => {
        const t0 = performance.now()
        document.querySelectorAll('.tabs .tab')[0].click()
        const drawn = () =>
          document.querySelector('.cm-coding') && document.querySelector('.cm-stripe')
            ? requestAnimationFrame(() => done(performance.now() - t0))
            : requestAnimationFrame(drawn)
        drawn()
      })`)) as number
      if (run > 0) times.push(ms)
    }
    print(summarise('coding', 'open the document in the editor, codings and margin drawn', sizes, times))
  } catch (err) {
    process.stderr.write(`Page errors: ${app.pageErrors.join('\n')}\n`)
    throw err
  } finally {
    await app.close()
  }
}
