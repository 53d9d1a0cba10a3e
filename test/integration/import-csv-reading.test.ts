import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCodings, ImportError, readCodingsTable } from '../../electron/core/import/import-codings'
import { COLUMNS } from '../../electron/core/import/columns'
import { tempDir, tempEngagement } from '../helpers/temp-engagement'
import { csv, writeFile } from '../helpers/import-files'

const HEADER = [...COLUMNS]
const row = (excerpt: string, code = 'OUT.FIND') => ['R01', 'employee', 'Q', excerpt, code, 'SELF', '', '+', '', 'Anne']

const utf16le = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le')
const utf16be = (text: string) => {
  const bytes = utf16le(text)
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!]
  return bytes
}

const excerptsOf = (file: string) => readCodingsTable(file).rows.map((r) => r.cells[3])

describe('reading a CSV of coded excerpts', () => {
  it('reads UTF-16 with a byte order mark, little- and big-endian, as Excel’s “Unicode text” writes it', () => {
    const text = csv([HEADER, row('Élève, déjà noté ✓')], ';')
    for (const [name, bytes] of [
      ['le.csv', utf16le(text)],
      ['be.csv', utf16be(text)],
    ] as const) {
      const e = tempEngagement()
      expect(importCodings(e, writeFile(name, bytes)), name).toMatchObject({ codings: 1 })
      expect(excerptsOf(writeFile(name, bytes))).toEqual(['excerpt', 'Élève, déjà noté ✓'])
    }
  })

  it('reads the characters Windows-1252 keeps at 0x80-0x9F when the file is not UTF-8', () => {
    const line = (s: string) => Buffer.from(s, 'latin1')
    const bytes = Buffer.concat([
      line(`${HEADER.join(';')}\r\nR01;employee;Q;`),
      Uint8Array.from([0x93, 0x80, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x94, 0x20, 0x96, 0x20, 0xe9, 0x85]),
      line(';OUT.FIND;SELF;;+;;Anne\r\n'),
    ])
    expect(excerptsOf(writeFile('ansi.csv', bytes))).toEqual(['excerpt', '“€ œuvre” – é…'])
  })

  it('counts rows ended by a carriage return alone, a line feed, or both, and reads a last row without one', () => {
    const text = `${HEADER.join(',')}\r${row('one').join(',')}\n${row('two').join(',')}\r\n${row('three', 'NOPE').join(',')}`
    const file = writeFile('endings.csv', text)
    expect(readCodingsTable(file).rows.map((r) => [r.line, r.cells[0], r.cells[3]])).toEqual([
      [1, 'respondent', 'excerpt'],
      [2, 'R01', 'one'],
      [3, 'R01', 'two'],
      [4, 'R01', 'three'],
    ])
    const e = tempEngagement()
    expect(() => importCodings(e, file)).toThrow(ImportError)
    try {
      importCodings(e, file)
    } catch (err) {
      expect((err as ImportError).problems.map((p) => [p.line, p.key])).toEqual([[4, 'import.problem.unknownCode']])
    }
  })

  it('counts a blank line as a row, as a spreadsheet numbers it, whatever ends the lines', () => {
    for (const newline of ['\n', '\r', '\r\n']) {
      const text = [HEADER.join(','), '', row('one').join(','), '', '', row('two', 'NOPE').join(',')].join(newline)
      const table = readCodingsTable(writeFile('blank-lines.csv', text))
      expect(
        table.rows.map((r) => [r.line, r.cells[0], r.cells[3]]),
        JSON.stringify(newline),
      ).toEqual([
        [1, 'respondent', 'excerpt'],
        [3, 'R01', 'one'],
        [6, 'R01', 'two'],
      ])
    }
  })

  it('reads a UTF-8 file with a byte order mark as UTF-8, even when one of its bytes is not', () => {
    // Excel's "CSV UTF-8" file, to which a line was added by a tool writing Windows-1252 (0xE9 for é).
    const bytes = Buffer.concat([
      Buffer.from(`\ufeff${csv([HEADER, row('Déjà noté ✓')])}`, 'utf8'),
      Buffer.from(row('Arr\u00eat').join(','), 'latin1'),
    ])
    const table = readCodingsTable(writeFile('bom-and-stray-byte.csv', bytes))
    expect(table.rows.map((r) => r.cells[3])).toEqual(['excerpt', 'Déjà noté ✓', 'Arr\ufffdt'])
    expect(table.rows[0]!.cells[0]).toBe('respondent')
  })

  it('refuses a photo saved under a .csv name as not text, writing nothing', () => {
    // The first bytes of a JPEG: FF D8 FF E0, then the JFIF header and its NUL bytes.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00])
    const e = tempEngagement()
    const before = e.counts()
    expect(() => importCodings(e, writeFile('photo.csv', jpeg))).toThrow(
      expect.objectContaining({
        problems: [{ line: null, key: 'import.problem.notText', params: { file: 'photo.csv' } }],
      }),
    )
    expect(e.counts()).toEqual(before)
  })

  it('keeps, as Excel does, a quote inside an unquoted cell and text after a closing quote', () => {
    const text = `${HEADER.join(',')}\nR01,employee,Q,He said "no" twice,OUT.FIND,SELF,,+,,Anne\nR01,employee,Q,"Yes, said" she,OUT.FIND,SELF,,+,,Anne\n`
    expect(excerptsOf(writeFile('quotes.csv', text))).toEqual(['excerpt', 'He said "no" twice', 'Yes, said she'])
  })

  it('tidies cells: trimmed, line breaks as \\n, accents composed, empty rows left out', () => {
    const decomposed = 'e\u0301le\u0300ve'
    const text = `${HEADER.join(',')}\r\n,,,\r\nR01,employee,Q,"  ${decomposed}\r\nsuite  ",OUT.FIND,SELF,,+,,Anne\r\n`
    const table = readCodingsTable(writeFile('tidy.csv', text))
    expect(table.rows.map((r) => [r.line, r.cells[3]])).toEqual([
      [1, 'excerpt'],
      [3, 'élève\nsuite'],
    ])
  })
})

describe('the separator of a CSV', () => {
  it('is the one its header holds more of outside quotes', () => {
    const notes = '"notes; remarks; asides; and so on; and more"'
    const text = `${[...HEADER, notes].join(',')}\n${[...row('E'), 'x'].join(',')}\n`
    expect(readCodingsTable(writeFile('commas.csv', text))).toMatchObject({ separator: ',', problems: [] })
    expect(importCodings(tempEngagement(), writeFile('commas.csv', text))).toMatchObject({ codings: 1 })
  })

  it('is read from the first line with anything on it', () => {
    const text = `\r\n \r\n${HEADER.join(';')}\r\n${row('Oui, bien sûr').join(';')}\r\n`
    const table = readCodingsTable(writeFile('blank-first.csv', text))
    expect(table.separator).toBe(';')
    expect(table.rows.map((r) => [r.line, r.cells[3]])).toEqual([
      [3, 'excerpt'],
      [4, 'Oui, bien sûr'],
    ])
  })

  it('is read from the header line alone, whatever the rows below it hold', () => {
    // English Excel quotes a cell only for a comma, a quote or a line break: semicolons stay bare.
    const tools = 'mail; chat; phone; wiki; drive; planner; CRM; ERP; intranet; forum; video; paper; fax'
    const list = `Tools: ${tools}; and the same again: ${tools}`
    for (const newline of ['\n', '\r', '\r\n']) {
      const text = [HEADER, row(list), row(list, 'APP.BEL')].map((r) => r.join(',')).join(newline) + newline
      const file = writeFile('semicolons-below.csv', text)
      expect(readCodingsTable(file).separator, JSON.stringify(newline)).toBe(',')
      expect(importCodings(tempEngagement(), file), JSON.stringify(newline)).toMatchObject({ codings: 2 })
    }
  })

  it('does not count the separators inside quotes, nor stop at a line break inside them', () => {
    // A first column of notes whose quoted name holds semicolons and a line break, before any comma.
    const notes = '"Notes; remarks;\nasides"'
    const text = `${[notes, ...HEADER].join(',')}\n${['x', ...row('E')].join(',')}\n`
    const table = readCodingsTable(writeFile('quoted-semicolons.csv', text))
    expect(table).toMatchObject({ separator: ',', problems: [] })
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Notes; remarks;\nasides', ...HEADER],
      ['x', ...row('E')],
    ])
  })

  it('weighs a bare semicolon in a column’s name against the commas around it', () => {
    const text = csv([
      [...HEADER, 'notes; remarks'],
      [...row('E'), 'x'],
    ])
    expect(text.startsWith('respondent,')).toBe(true)
    expect(readCodingsTable(writeFile('one-semicolon.csv', text))).toMatchObject({ separator: ',', problems: [] })
    expect(importCodings(tempEngagement(), writeFile('one-semicolon.csv', text))).toMatchObject({ codings: 1 })
  })

  it('is a comma when the header holds neither', () => {
    expect(readCodingsTable(writeFile('one-column.csv', 'respondent\nR01\n')).separator).toBe(',')
  })
})

describe('which files are read', () => {
  it('takes the extension in any case, a macro-enabled workbook included', () => {
    const e = tempEngagement()
    expect(importCodings(e, writeFile('NOTES.CSV', csv([HEADER, row('E')])))).toMatchObject({ codings: 1 })
    expect(() => importCodings(e, writeFile('notes.xlsm', 'not a zip'))).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ key: 'import.problem.badWorkbook' })] }),
    )
  })

  it('says a missing file does not exist, naming it', () => {
    const file = path.join(tempDir(), 'gone.csv')
    expect(() => importCodings(tempEngagement(), file)).toThrow(`${file} does not exist`)
  })

  it('refuses a folder named like a CSV as unreadable', () => {
    const dir = path.join(tempDir(), 'notes.csv')
    fs.mkdirSync(dir)
    expect(() => importCodings(tempEngagement(), dir)).toThrow(
      expect.objectContaining({
        problems: [{ line: null, key: 'import.problem.unreadable', params: { file: 'notes.csv' } }],
      }),
    )
  })
})
