import { fail } from '../../shared/domain/terrain-error'
import type { ShellHandlers } from '../../electron/core/handlers/handler'
import type { Session } from '../../electron/core/session'
import { reportPdf } from '../../electron/cli/chromium/report-pdf'
import { writeReportFile } from '../../electron/core/report/write-report'
import { refuseNamesUnlessAllowed } from '../../electron/core/report/names-gate'

/** Stands in for the system's file dialogs: the test says which path the user would pick. */
export class ScriptedDialogs {
  nextSavePath: string | null = null
  nextOpenPath: string | null = null
  nextSpreadsheetPath: string | null = null
  nextReportPath: string | null = null
  /** Where the user would save an exported codebook, and which codebook file they would open. */
  nextCodebookExportPath: string | null = null
  nextCodebookImportPath: string | null = null
  /** The transcript file the user would pick. */
  nextTranscriptPath: string | null = null

  /** With a session, it prints reports as the app does, through Chromium instead of Electron. */
  constructor(private readonly session?: Session) {}
  /** The path scripted for the next dialog of this kind, used once. */
  private take(next: 'nextCodebookExportPath' | 'nextCodebookImportPath' | 'nextTranscriptPath'): { path: string } {
    const path = this[next] ?? fail('CANCELLED', 'No file chosen.')
    this[next] = null
    return { path }
  }
  /** How many times the page said it had written everything pending. */
  flushes = 0
  handlers(): ShellHandlers {
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
      'report.exportPdf': async ({ language, path, allowNames }) => {
        const e = this.session?.requireEngagement() ?? fail('NO_ENGAGEMENT_OPEN', 'No session to print from.')
        const { pdf, doc } = await reportPdf(e, language)
        refuseNamesUnlessAllowed(doc, allowNames)
        writeReportFile(path, pdf)
        return { path, warnings: doc.warnings }
      },
      'files.chooseTranscript': () => this.take('nextTranscriptPath'),
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
