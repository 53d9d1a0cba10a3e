import { COLUMNS } from '../../electron/core/import/columns'
import fs from 'node:fs'
import path from 'node:path'
import { tempDir } from './temp-engagement'

/** A CSV as a spreadsheet writes it: cells quoted when they hold the separator, a quote or a line break. */
export function csv(rows: string[][], separator = ',', newline = '\r\n'): string {
  const cell = (c: string) => (c.includes(separator) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  return rows.map((r) => r.map(cell).join(separator)).join(newline) + newline
}

/** Writes a file in a fresh temporary folder and returns its path. */
export function writeFile(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name)
  fs.writeFileSync(file, content)
  return file
}

/** What French Windows tools write as "ANSI": Windows-1252, where ’ is the byte 0x92. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    if (c === '’') return 0x92
    const code = c.charCodeAt(0)
    if (code > 0xff) throw new Error(`not in the test's Windows-1252 subset: ${c}`)
    return code
  })
}

/** A cell as Excel stores it: text (shared string), number, boolean, or a formula with or without an error result. */
export type XCell = string | number | boolean | { formula: string; error?: string } | null

export const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A worksheet's <sheetData> rows; text cells are appended to `shared` and refer to it by index. */
export function sheetRows(rows: { r: number; cells: XCell[] }[], shared: string[], rowAttributes = ''): string {
  const col = (i: number) => String.fromCharCode(65 + i)
  return rows
    .map(({ r, cells }) => {
      const xml = cells
        .map((c, i) => {
          const ref = `${col(i)}${r}`
          if (c === null) return ''
          if (typeof c === 'number') return `<c r="${ref}" s="1"><v>${c}</v></c>`
          if (typeof c === 'boolean') return `<c r="${ref}" t="b"><v>${c ? 1 : 0}</v></c>`
          if (typeof c === 'object')
            return c.error
              ? `<c r="${ref}" t="e"><f>${xmlEscape(c.formula)}</f><v>${c.error}</v></c>`
              : `<c r="${ref}"><f>${xmlEscape(c.formula)}</f></c>`
          shared.push(c)
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`
        })
        .join('')
      return `<row r="${r}"${rowAttributes}>${xml}</row>`
    })
    .join('')
}

/** One row of a coded-excerpts file, in COLUMNS order: an employee's excerpt coded OUT.FIND, changed by `over`. */
export function codedRow(over: Partial<Record<(typeof COLUMNS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    respondent: 'R01',
    group: 'employee',
    question: 'Q',
    excerpt: 'E',
    code: 'OUT.FIND',
    stance: 'SELF',
    target: '',
    valence: '+',
    intensity: '',
    coder: 'Anne',
  }
  const merged: Record<string, string> = { ...base, ...over }
  return COLUMNS.map((h) => merged[h]!)
}
