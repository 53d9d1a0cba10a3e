import { fail } from '../../shared/domain/terrain-error'
import { jobOf, type ShellHandlers } from '../../electron/core/handlers/handler'
import type { CoreClient } from '../../electron/core/worker/core-client'
import type { DesktopShell } from '../../electron/core/worker/relay-call'
import { printPdf } from '../../electron/cli/chromium/print-pdf'
import { writeReportFile } from '../../electron/core/report/write-report'

/** Stands in for the system's file dialogs: the test says which path the user would pick. */
export class ScriptedDialogs {
  nextSavePath: string | null = null
  nextOpenPath: string | null = null
  nextSpreadsheetPath: string | null = null
  nextReportPath: string | null = null
  /** Where the user would save a deck, a workbook or a Word report. */
  nextDeliverablePath: string | null = null
  /** Where the user would save the retrieved excerpts. */
  nextExcerptsExportPath: string | null = null
  /** Where the user would save the engagement as a REFI-QDA project. */
  nextQdpxExportPath: string | null = null
  nextQdpxProjectPath: string | null = null
  nextMergeSourcePath: string | null = null
  nextPackagePath: string | null = null
  /** Where the user would save an exported codebook, and which codebook file they would open. */
  nextCodebookExportPath: string | null = null
  nextCodebookImportPath: string | null = null
  /** The transcript file the user would pick. */
  nextTranscriptPath: string | null = null

  /** With the core, it prints reports as the app does (built in the core), through Chromium instead of Electron. */
  constructor(private readonly core?: CoreClient) {}
  /** The path scripted for the next dialog of this kind, used once. */
  private take(
    next:
      | 'nextCodebookExportPath'
      | 'nextCodebookImportPath'
      | 'nextTranscriptPath'
      | 'nextDeliverablePath'
      | 'nextExcerptsExportPath'
      | 'nextQdpxExportPath'
      | 'nextQdpxProjectPath'
      | 'nextMergeSourcePath'
      | 'nextPackagePath',
  ): { path: string } {
    const path = this[next] ?? fail('CANCELLED', 'No file chosen.')
    this[next] = null
    return { path }
  }
  /** How many times the page said it had written everything pending. */
  flushes = 0
  /** For calls dispatched in this process, where no job runs in another thread to cancel. */
  inProcessHandlers(): ShellHandlers {
    return { ...this.handlers(), 'jobs.cancel': () => false }
  }
  handlers(): DesktopShell {
    return {
      'files.chooseNew': () => {
        const path = this.nextSavePath ?? fail('CANCELLED', 'No file chosen.')
        this.nextSavePath = null
        return { path }
      },
      'files.chooseSpreadsheet': () => {
        const path = this.nextSpreadsheetPath ?? fail('CANCELLED', 'No file chosen.')
        this.nextSpreadsheetPath = null
        return { path }
      },
      'files.chooseReportPath': () => {
        const path = this.nextReportPath ?? fail('CANCELLED', 'No file chosen.')
        this.nextReportPath = null
        return { path }
      },
      'report.exportPdf': async ({ language, path, allowNames }, ctx) => {
        const core = this.core ?? fail('NO_ENGAGEMENT_OPEN', 'No core to print from.')
        const { html, warnings } = await core.printable(language, allowNames, jobOf(ctx))
        const pdf = await printPdf(html)
        jobOf(ctx).step(99, 100)
        writeReportFile(path, pdf)
        return { path, warnings }
      },
      'files.chooseTranscript': () => this.take('nextTranscriptPath'),
      'files.chooseDeliverablePath': () => this.take('nextDeliverablePath'),
      'files.chooseExcerptsExportPath': () => this.take('nextExcerptsExportPath'),
      'files.chooseQdpxExportPath': () => this.take('nextQdpxExportPath'),
      'files.chooseQdpxProject': () => this.take('nextQdpxProjectPath'),
      'files.chooseMergeSource': () => this.take('nextMergeSourcePath'),
      'files.choosePackagePath': () => this.take('nextPackagePath'),
      'files.chooseCodebookExport': () => this.take('nextCodebookExportPath'),
      'files.chooseCodebookImport': () => this.take('nextCodebookImportPath'),
      'app.flushed': () => {
        this.flushes++
        return null
      },
      'files.chooseExisting': () => {
        const path = this.nextOpenPath ?? fail('CANCELLED', 'No file chosen.')
        this.nextOpenPath = null
        return { path }
      },
    }
  }
}
