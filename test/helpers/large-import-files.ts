import fs from 'node:fs'
import { COLUMNS } from '../../electron/core/import/columns'

/** A small seeded generator (mulberry32), so that a big file is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const GROUPS = ['employee', 'manager', 'leadership', 'customer'] as const
const CODES = ['OUT.EFF', 'OUT.FIND', 'OUT.FLOW', 'APP.BEL', 'APP.MEAN', 'ATT.OVL', 'ATT.FRAG', 'COL.COP', 'COL.NET']
const WORDS = [
  'réunion',
  'équipe',
  'outil',
  'messagerie',
  'client',
  'projet',
  'décision',
  'intranet',
  'échange',
  'temps',
]
const CODERS = ['Anne', 'Bruno', 'Chloé']

/** Writes big files line by line, so that the test process never holds one whole. */
function writeLines(file: string, lines: Iterable<string>): void {
  const fd = fs.openSync(file, 'w')
  let batch: string[] = []
  const flush = () => {
    fs.writeSync(fd, batch.join(''))
    batch = []
  }
  for (const line of lines) {
    batch.push(line)
    if (batch.length === 5000) flush()
  }
  flush()
  fs.closeSync(fd)
}

/**
 * The cells of `rows` coded excerpts as a consultant's spreadsheet holds them at scale: 1,000
 * respondents, 12 questions each, every excerpt coded twice (two codes), three coders; seeded.
 */
export function* largeCodedRows(rows: number, seed = 12): Generator<string[]> {
  const random = seeded(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  let text = ''
  for (let i = 0; i < rows; i++) {
    const excerpt = Math.floor(i / 2)
    const respondent = excerpt % 1000
    const group = GROUPS[respondent % GROUPS.length]!
    const question = `Question ${(excerpt >> 4) % 12} : que pensez-vous de l’${WORDS[respondent % WORDS.length]} ?`
    // The two rows of an excerpt carry the same text, each with its own code.
    if (i % 2 === 0)
      text = `Extrait ${excerpt} : ${Array.from({ length: 14 }, () => pick(WORDS)).join(' ')}, "comme on dit" ; fin.`
    const code = CODES[(excerpt + (i % 2) * 4) % CODES.length]!
    yield [`R${respondent}`, group, question, text, code, 'SELF', '', pick(['+', '-', '0']), '2', pick(CODERS)]
  }
}

/** The same rows as a CSV (semicolons, CRLF, quoted where needed). */
export function writeLargeCodingsCsv(file: string, rows: number, seed = 12): void {
  writeCodingsCsv(file, largeCodedRows(rows, seed))
}

/** A CSV of coded excerpts with these rows under the header, as a spreadsheet saves it. */
export function writeCodingsCsv(file: string, rows: Iterable<readonly string[]>): void {
  function* lines() {
    yield `${COLUMNS.join(';')}\r\n`
    for (const cells of rows)
      yield `${cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')}\r\n`
  }
  writeLines(file, lines())
}

/** A CSV of `rows` respondents (code, group, unit, site, role, real name and two variables); seeded. */
export function writeLargeRespondentsCsv(file: string, rows: number, seed = 7): void {
  const random = seeded(seed)
  function* lines() {
    yield 'code,group,unit,site,role,real name,seniority,remote\r\n'
    for (let i = 0; i < rows; i++) {
      const group = GROUPS[i % GROUPS.length]
      yield `P${i},${group},Unit ${i % 40},Site ${i % 7},Role ${i % 25},Person ${i},${Math.floor(random() * 30)},${random() < 0.5 ? 'yes' : 'no'}\r\n`
    }
  }
  writeLines(file, lines())
}
