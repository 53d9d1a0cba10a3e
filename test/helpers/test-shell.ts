import { fail } from '../../shared/domain/terrain-error'
import type { ShellHandlers } from '../../electron/core/handlers/handler'

/** Stands in for the system's file dialogs: the test says which path the user would pick. */
export class ScriptedDialogs {
  nextSavePath: string | null = null
  nextOpenPath: string | null = null
  nextSpreadsheetPath: string | null = null
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
