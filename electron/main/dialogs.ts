import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import { jobOf } from '../core/handlers/handler'
import { grantChosenFile, type PathGrants } from '../core/security/path-grants'
import { fail } from '../../shared/domain/terrain-error'
import { writeReportFile } from '../core/report/write-report'
import type { CoreClient } from '../core/worker/core-client'
import type { DesktopShell } from '../core/worker/relay-call'
import { printReportPdf } from './report-pdf'
import type { CallName } from '../../shared/api/names'

const ENGAGEMENT = [{ name: 'Terrain', extensions: ['terrain'] }]
const DELIVERABLE_FILTERS = {
  pptx: { name: 'PowerPoint', extensions: ['pptx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  docx: { name: 'Word', extensions: ['docx'] },
}
const CODEBOOK_FILTERS = {
  json: { name: 'Terrain codebook (JSON)', extensions: ['json'] },
  qdc: { name: 'REFI-QDA codebook', extensions: ['qdc'] },
}

/** The contract calls only the desktop shell can serve: the system's file dialogs, printing, the flush handshake. */
export function shellHandlers(
  window: () => BrowserWindow | null,
  grants: PathGrants,
  core: CoreClient,
  onFlushed: () => void,
): DesktopShell {
  /** A file the user picks to read; the calls this dialog is for may name it afterwards. */
  const chooseToOpen = async (dialogCall: CallName, filters: FileFilter[]) => {
    const w = window()
    const options = { filters, properties: ['openFile' as const] }
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
    const file = r.filePaths[0]
    if (r.canceled || !file) fail('CANCELLED', 'No file chosen.')
    grantChosenFile(grants, dialogCall, file)
    return { path: file }
  }
  /** A file the user names to write, with its extension: the call this dialog is for may write it once. */
  const chooseToSave = async (dialogCall: CallName, name: string, extension: string, filters: FileFilter[]) => {
    const w = window()
    const options = { defaultPath: `${name}.${extension}`, filters }
    const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options)
    if (r.canceled || !r.filePath) fail('CANCELLED', 'No file chosen.')
    const path = r.filePath.toLowerCase().endsWith(`.${extension}`) ? r.filePath : `${r.filePath}.${extension}`
    grantChosenFile(grants, dialogCall, path)
    return { path }
  }
  return {
    'files.chooseNew': ({ suggestedName }) =>
      chooseToSave('files.chooseNew', suggestedName || 'engagement', 'terrain', ENGAGEMENT),
    'files.chooseExisting': () => chooseToOpen('files.chooseExisting', ENGAGEMENT),
    'files.chooseSpreadsheet': () =>
      chooseToOpen('files.chooseSpreadsheet', [{ name: 'CSV, Excel', extensions: ['csv', 'xlsx', 'xlsm', 'txt'] }]),
    'files.chooseTranscript': () =>
      chooseToOpen('files.chooseTranscript', [{ name: 'Transcript', extensions: ['txt', 'docx', 'vtt', 'srt'] }]),
    'files.chooseCodebookExport': ({ suggestedName, format }) =>
      chooseToSave('files.chooseCodebookExport', suggestedName || 'codebook', format, [CODEBOOK_FILTERS[format]]),
    'files.chooseCodebookImport': () =>
      chooseToOpen('files.chooseCodebookImport', [
        { name: 'Codebook', extensions: ['json', 'qdc', 'qde', 'qdpx'] },
        ...Object.values(CODEBOOK_FILTERS),
      ]),
    'files.choosePackagePath': ({ suggestedName }) =>
      chooseToSave('files.choosePackagePath', suggestedName || 'package', 'terrain', [
        { name: 'Terrain engagement', extensions: ['terrain'] },
      ]),
    'files.chooseMergeSource': () =>
      chooseToOpen('files.chooseMergeSource', [{ name: 'Terrain engagement', extensions: ['terrain'] }]),
    'files.chooseQdpxProject': () =>
      chooseToOpen('files.chooseQdpxProject', [{ name: 'REFI-QDA project', extensions: ['qdpx'] }]),
    'files.chooseQdpxExportPath': ({ suggestedName }) =>
      chooseToSave('files.chooseQdpxExportPath', suggestedName || 'project', 'qdpx', [
        { name: 'REFI-QDA project', extensions: ['qdpx'] },
      ]),
    'files.chooseExcerptsExportPath': ({ suggestedName }) =>
      chooseToSave('files.chooseExcerptsExportPath', suggestedName || 'excerpts', 'xlsx', [DELIVERABLE_FILTERS.xlsx]),
    'files.chooseDeliverablePath': ({ suggestedName, format }) =>
      chooseToSave('files.chooseDeliverablePath', suggestedName || 'report', format, [DELIVERABLE_FILTERS[format]]),
    'files.chooseReportPath': ({ suggestedName }) =>
      chooseToSave('files.chooseReportPath', suggestedName || 'report', 'pdf', [{ name: 'PDF', extensions: ['pdf'] }]),
    // Built in the core (names gate included), printed here where Electron's printToPDF lives.
    'report.exportPdf': async ({ language, path, allowNames }, ctx) => {
      const job = jobOf(ctx)
      const { html, warnings } = await core.printable(language, allowNames, job)
      const pdf = await printReportPdf(html, job)
      job.step(99, 100)
      writeReportFile(path, pdf)
      return { path, warnings }
    },
    'app.flushed': () => {
      onFlushed()
      return null
    },
  }
}
