import { requireReady } from './app'
import { standInConfig } from './config'
import { note } from './rules'

export const errorBoxes: { title: string; content: string }[] = []

type WindowArg = unknown
const withoutWindow = (a: unknown, b: unknown): Record<string, unknown> =>
  (b ?? (a && typeof a === 'object' && 'webContents' in a ? {} : a) ?? {}) as Record<string, unknown>

/** Electron's dialog: the driver scripts what the user picks; showErrorBox is allowed before ready. */
export const dialog = {
  async showSaveDialog(a: WindowArg, b?: unknown) {
    requireReady('dialog.showSaveDialog')
    const filePath = standInConfig.saveAnswers.shift()
    note(`save dialog (${JSON.stringify(withoutWindow(a, b).defaultPath)}) -> ${filePath ?? 'cancelled'}`)
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }
  },
  async showOpenDialog(a: WindowArg, b?: unknown) {
    requireReady('dialog.showOpenDialog')
    void withoutWindow(a, b)
    const file = standInConfig.openAnswers.shift()
    return file ? { canceled: false, filePaths: [file] } : { canceled: true, filePaths: [] }
  },
  showErrorBox(title: string, content: string): void {
    errorBoxes.push({ title, content })
    note(`error box: ${title}`)
  },
}
