import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { tempDir } from './temp-engagement'

/** How a tool counts positions in its exports (../shared/interop/REFI-QDA.md). */
export interface ToolCounting {
  unit: 'codePoint' | 'utf16'
  crlf: 1 | 2
  /** Whether position 0 is the BOM. */
  bomCounted?: boolean
}

export interface FixtureSelection {
  /** The words selected: found in the text (the `nth` occurrence, from 0). */
  words: string
  nth?: number
  code: string
  /** The selection's name; the words themselves unless given. */
  name?: string
  user?: string
  description?: string
  note?: string
  /** Positions given as is, not computed from the words. */
  at?: { start: number; end: number }
}

export interface FixtureSource {
  guid: string
  name: string
  /** The text as the tool wrote it (CRLF where the tool keeps them). */
  text: string
  selections: FixtureSelection[]
  /** Writes a UTF-8 BOM before the text file. */
  bom?: boolean
  /** The text inside project.qde (PlainTextContent) rather than in sources/. */
  inline?: boolean
}

export interface FixtureCode {
  guid: string
  name: string
  color?: string
  codable?: boolean
  children?: FixtureCode[]
  note?: string
}

export interface FixtureCase {
  guid: string
  name: string
  values: Record<string, string | number | boolean>
  sources: string[]
}

export interface FixtureProject {
  origin: string
  counting: ToolCounting
  users?: { guid: string; name: string }[]
  codes: FixtureCode[]
  variables?: { guid: string; name: string; type: 'Text' | 'Integer' | 'Float' | 'Boolean' | 'Date' }[]
  cases?: FixtureCase[]
  sources: FixtureSource[]
  notes?: { guid: string; name: string; text: string }[]
  /** Where the text files go: sources/ as the standard says, Sources/ as NVivo writes. */
  sourcesFolder?: 'sources' | 'Sources'
  /** The project's XML file: project.qde, or <Name>.qde as ATLAS.ti names it. */
  qdeName?: string
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A position in the tool's counting of the UTF-16 index `at` of `text`. */
export function toolPosition(text: string, at: number, c: ToolCounting): number {
  const before = text.slice(0, at)
  const units = c.unit === 'utf16' ? before.length : Array.from(before).length
  const crlfs = before.split('\r\n').length - 1
  return units - (c.crlf === 1 ? crlfs : 0) + (c.bomCounted ? 1 : 0)
}

function indexOf(text: string, words: string, nth = 0): number {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1)
    if (at < 0) throw new Error(`"${words}" is not in the text`)
  }
  return at
}

function codeXml(c: FixtureCode, indent: string): string[] {
  const attrs = `guid="${c.guid}" name="${esc(c.name)}" isCodable="${c.codable ?? true}"${c.color ? ` color="${c.color}"` : ''}`
  const inner = [
    ...(c.note ? [`${indent}  <NoteRef targetGUID="${c.note}"/>`] : []),
    ...(c.children ?? []).flatMap((k) => codeXml(k, `${indent}  `)),
  ]
  return inner.length ? [`${indent}<Code ${attrs}>`, ...inner, `${indent}</Code>`] : [`${indent}<Code ${attrs}/>`]
}

/** project.qde of a fixture: each selection's positions computed from its words, in the tool's counting. */
export function fixtureQde(p: FixtureProject): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="Fixture" origin="${esc(p.origin)}">`,
  ]
  if (p.users?.length)
    lines.push('<Users>', ...p.users.map((u) => `<User guid="${u.guid}" name="${esc(u.name)}"/>`), '</Users>')
  lines.push('<CodeBook><Codes>', ...p.codes.flatMap((c) => codeXml(c, '  ')), '</Codes></CodeBook>')
  if (p.variables?.length)
    lines.push(
      '<Variables>',
      ...p.variables.map((v) => `<Variable guid="${v.guid}" name="${esc(v.name)}" typeOfVariable="${v.type}"/>`),
      '</Variables>',
    )
  if (p.cases?.length) {
    lines.push('<Cases>')
    for (const c of p.cases) {
      lines.push(`<Case guid="${c.guid}" name="${esc(c.name)}">`)
      for (const [name, value] of Object.entries(c.values)) {
        const v = p.variables!.find((x) => x.name === name)!
        const element = `${v.type === 'Integer' ? 'Integer' : v.type === 'Float' ? 'Float' : v.type === 'Boolean' ? 'Boolean' : v.type === 'Date' ? 'Date' : 'Text'}Value`
        lines.push(
          `<VariableValue><VariableRef targetGUID="${v.guid}"/><${element}>${esc(String(value))}</${element}></VariableValue>`,
        )
      }
      lines.push(...c.sources.map((s) => `<SourceRef targetGUID="${s}"/>`), '</Case>')
    }
    lines.push('</Cases>')
  }
  lines.push('<Sources>')
  p.sources.forEach((s, n) => {
    const where = s.inline ? '' : ` plainTextPath="internal://${s.guid}.txt"`
    lines.push(`<TextSource guid="${s.guid}" name="${esc(s.name)}"${where}>`)
    if (s.inline) lines.push(`<PlainTextContent>${esc(s.text)}</PlainTextContent>`)
    s.selections.forEach((sel, i) => {
      const at = indexOf(s.text, sel.words, sel.nth)
      const start = sel.at?.start ?? toolPosition(s.text, at, p.counting)
      const end = sel.at?.end ?? toolPosition(s.text, at + sel.words.length, p.counting)
      const guid = `50000000-0000-4000-8${String(n).padStart(3, '0')}-${String(i + 1).padStart(12, '0')}`
      const user = sel.user ? ` creatingUser="${sel.user}"` : ''
      lines.push(
        `<PlainTextSelection guid="${guid}" name="${esc(sel.name ?? sel.words)}" startPosition="${start}" endPosition="${end}"${user}>`,
        ...(sel.description ? [`<Description>${esc(sel.description)}</Description>`] : []),
        `<Coding guid="${guid.replace(/^5/, '6')}"${user}><CodeRef targetGUID="${sel.code}"/></Coding>`,
        ...(sel.note ? [`<NoteRef targetGUID="${sel.note}"/>`] : []),
        '</PlainTextSelection>',
      )
    })
    lines.push('</TextSource>')
  })
  lines.push('</Sources>')
  if (p.notes?.length)
    lines.push(
      '<Notes>',
      ...p.notes.map(
        (n) =>
          `<Note guid="${n.guid}" name="${esc(n.name)}"><PlainTextContent>${esc(n.text)}</PlainTextContent></Note>`,
      ),
      '</Notes>',
    )
  lines.push('</Project>')
  return lines.join('\r\n')
}

/** The fixture as a .qdpx in a temporary folder. */
export function writeFixture(p: FixtureProject, name = 'fixture.qdpx'): string {
  const files: Zippable = { [p.qdeName ?? 'project.qde']: strToU8(fixtureQde(p)) }
  for (const s of p.sources) {
    if (s.inline) continue
    const bytes = strToU8(s.text)
    files[`${p.sourcesFolder ?? 'sources'}/${s.guid}.txt`] = s.bom
      ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
      : bytes
  }
  const out = path.join(tempDir(), name)
  fs.writeFileSync(out, zipSync(files))
  return out
}
