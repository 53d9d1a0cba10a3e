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
