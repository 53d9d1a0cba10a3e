import { describe, expect, it } from 'vitest'
import { openCodingsTable, readCodingsTable } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { codedRow, csv, windows1252, writeFile } from '../helpers/import-files'

/** A CSV read a chunk (64 KB) at a time reads as it did whole: rows, cells and encodings across chunks. */
const HEADER = [...COLUMNS]
const rows = (n: number, excerpt: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => codedRow({ excerpt: excerpt(i) }))

describe('a CSV read chunk by chunk', () => {
  it('reads the same rows whatever falls on a chunk’s edge: CRLF, quotes, accents, a UTF-16 pair', () => {
    const excerpt = (i: number) => `Élève ${i}: "déjà" 🙂\r\nsuite; fin`
    const text = csv([HEADER, ...rows(3000, excerpt)], ';')
    const expected = rows(3000, excerpt).map((r) => r[3]!.replace(/\r\n/g, '\n'))
    const encodings: [string, Uint8Array][] = [
      ['utf8.csv', Buffer.from(text, 'utf8')],
      ['bom.csv', Buffer.from(`\ufeff${text}`, 'utf8')],
      ['utf16.csv', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ]
    for (const [name, bytes] of encodings) {
      expect(bytes.length, name).toBeGreaterThan(3 * 64 * 1024)
      const table = readCodingsTable(writeFile(name, bytes))
      expect(table.separator, name).toBe(';')
      expect(
        table.rows.slice(1).map((r) => r.cells[3]),
        name,
      ).toEqual(expected)
      expect(table.rows.at(-1)!.line, name).toBe(3001)
    }
  })

  it('guesses Windows-1252 from a byte far into the file', () => {
    const text = csv([HEADER, ...rows(5000, (i) => `Extrait ${i}`), codedRow({ excerpt: 'Arr\u00eat’' })], ';')
    const table = readCodingsTable(writeFile('ansi.csv', windows1252(text)))
    expect(table.rows.at(-1)!.cells[3]).toBe('Arrêt’')
  })

  it('keeps a cell that starts with a doubled quote as written, and reads text after a closing quote as Excel does', () => {
    const text = `${HEADER.join(',')}\n${codedRow({ excerpt: '"""Bonjour"", dit-elle"' }).join(',')}\n${codedRow({ excerpt: '"Oui, ""non"" et" puis "rien"' }).join(',')}\n`
    expect(readCodingsTable(writeFile('quotes.csv', text)).rows.map((r) => r.cells[3])).toEqual([
      'excerpt',
      '"Bonjour", dit-elle',
      'Oui, "non" et puis "rien"',
    ])
  })

  it('reads its rows only as they are asked for, its separator before', () => {
    const table = openCodingsTable(writeFile('lazy.csv', csv([HEADER, codedRow()], ';')))
    expect(table.separator).toBe(';')
    const iterator = table.rows[Symbol.iterator]()
    expect(iterator.next().value).toMatchObject({ line: 1, cells: HEADER })
    expect(iterator.next().value).toMatchObject({ line: 2 })
    expect(iterator.next().done).toBe(true)
  })
})
