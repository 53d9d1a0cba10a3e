import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Workbook } from './sheet-table'

/** A streamed workbook writing into memory, and the way to close it and have its bytes. */
export interface OpenWorkbook {
  workbook: Workbook
  finish: () => Promise<Buffer>
}

/**
 * A workbook written as it is built: rows are committed one by one into the zip, so memory holds
 * the packed file and the shared strings, not a cell object per value (50,000 excerpt rows held as
 * cells took over a gigabyte). Shared strings, because a text cell that is not one is written as a
 * formula's result (t="str"), which some readers take for a formula cell.
 */
export function openWorkbook(properties: { title: string; created: Date }): OpenWorkbook {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve)
    out.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  })
  // The file's properties name the product, not the person who exported it.
  workbook.creator = 'Terrain'
  workbook.lastModifiedBy = 'Terrain'
  workbook.title = properties.title
  workbook.created = properties.created
  workbook.modified = properties.created
  return {
    workbook,
    finish: async () => {
      await workbook.commit()
      await ended
      return Buffer.concat(chunks)
    },
  }
}
