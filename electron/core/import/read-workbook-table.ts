import { TerrainError } from '../../../shared/domain/terrain-error'
import { UnreadableFile } from '../files/guarded-file'
import { refuseFile } from './import-error'
import { openXlsx } from './read-xlsx'
import type { TableRow } from './table'

/**
 * The rows of an .xlsx file of coded excerpts: its parts and shared strings are read now, its
 * sheet's rows as they are iterated. A file past a limit of ../shared/LIMITS.md keeps its
 * LimitRefusal; one that cannot be opened is unreadable; anything else wrong with it (not a ZIP, a
 * part missing, broken XML, a DOCTYPE, a cell past column XFD) is a damaged workbook, whether it is
 * found on opening or halfway down the sheet.
 */
export function openWorkbookRows(absolute: string, file: string): Iterable<TableRow> {
  const rows = refusingDamage(file, () => openXlsx(absolute, file))
  return inWorkbookWords(file, rows)
}

function* inWorkbookWords(file: string, rows: Iterable<TableRow>): Generator<TableRow> {
  const iterator = rows[Symbol.iterator]()
  try {
    for (;;) {
      const next = refusingDamage(file, () => iterator.next())
      if (next.done) return
      yield next.value
    }
  } finally {
    iterator.return?.()
  }
}

function refusingDamage<T>(file: string, read: () => T): T {
  try {
    return read()
  } catch (e) {
    if (e instanceof TerrainError) throw e
    if (e instanceof UnreadableFile) return refuseFile('import.problem.unreadable', file)
    return refuseFile('import.problem.badWorkbook', file)
  }
}
