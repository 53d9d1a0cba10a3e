import { TerrainError } from '../../../shared/domain/terrain-error'
import { UnreadableFile } from '../files/guarded-file'
import { refuseFile } from './import-error'
import { readXlsx } from './read-xlsx'
import type { TableRow } from './table'

/**
 * The rows of an .xlsx file of coded excerpts. A file past a limit of ../shared/LIMITS.md keeps its
 * LimitRefusal; one that cannot be opened is unreadable; anything else wrong with it (not a ZIP, a
 * part missing, broken XML, a DOCTYPE, a cell past column XFD) is a damaged workbook.
 */
export function readWorkbookRows(absolute: string, file: string): TableRow[] {
  try {
    return readXlsx(absolute, file)
  } catch (e) {
    if (e instanceof TerrainError) throw e
    if (e instanceof UnreadableFile) return refuseFile('import.problem.unreadable', file)
    return refuseFile('import.problem.badWorkbook', file)
  }
}
