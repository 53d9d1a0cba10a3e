import { dialog, type BrowserWindow } from 'electron'
import type { ShellHandlers } from '../core/handlers/handler'
import type { PathGrants } from '../core/security/path-grants'
import { fail } from '../../shared/domain/terrain-error'
import type { Session } from '../core/session'
import { reportHtml } from '../core/report/export-report'
import { writeReportFile } from '../core/report/write-report'
import { refuseNamesUnlessAllowed } from '../core/report/names-gate'
import { printReportPdf } from './report-pdf'

const FILTERS = [{ name: 'Terrain', extensions: ['terrain'] }]

/** The contract calls only the desktop shell can serve: the system's file dialogs, the flush handshake. */
export function shellHandlers(
  window: () => BrowserWindow | null,
  grants: PathGrants,
  session: Session,
  onFlushed: () => void,
): ShellHandlers {
  return {
    'files.chooseNew': async ({ suggestedName }) => {
      const w = window()
      const options = { defaultPath: `${suggestedName || 'engagement'}.terrain`, filters: FILTERS }
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options)
      if (r.canceled || !r.filePath) fail('CANCELLED', 'No file chosen.')
      const path = r.filePath.endsWith('.terrain') ? r.filePath : `${r.filePath}.terrain`
      grants.grant(path)
      return { path }
    },
    'files.chooseExisting': async () => {
      const w = window()
      const options = { filters: FILTERS, properties: ['openFile' as const] }
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
      const file = r.filePaths[0]
      if (r.canceled || !file) fail('CANCELLED', 'No file chosen.')
      grants.grant(file)
      return { path: file }
    },
    'files.chooseSpreadsheet': async () => {
      const w = window()
      const options = {
        filters: [{ name: 'CSV, Excel', extensions: ['csv', 'xlsx', 'xlsm', 'txt'] }],
        properties: ['openFile' as const],
      }
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
      const file = r.filePaths[0]
      if (r.canceled || !file) fail('CANCELLED', 'No file chosen.')
      grants.grant(file)
      return { path: file }
    },
    'files.chooseReportPath': async ({ suggestedName }) => {
      const w = window()
      const options = {
        defaultPath: `${suggestedName || 'report'}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options)
      if (r.canceled || !r.filePath) fail('CANCELLED', 'No file chosen.')
      const path = r.filePath.toLowerCase().endsWith('.pdf') ? r.filePath : `${r.filePath}.pdf`
      grants.grant(path)
      return { path }
    },
    'report.exportPdf': async ({ language, path, allowNames }) => {
      const { html, doc } = reportHtml(session.requireEngagement(), language, { forPrint: true })
      refuseNamesUnlessAllowed(doc, allowNames)
      writeReportFile(path, await printReportPdf(html))
      return { path, warnings: doc.warnings }
    },
    'files.chooseTranscript': async () => {
      const w = window()
      const options = {
        filters: [{ name: 'Transcript', extensions: ['txt', 'docx', 'vtt', 'srt'] }],
        properties: ['openFile' as const],
      }
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
      const file = r.filePaths[0]
      if (r.canceled || !file) fail('CANCELLED', 'No file chosen.')
      grants.grant(file)
      return { path: file }
    },
    'app.flushed': () => {
      onFlushed()
      return null
    },
  }
}
