import { strFromU8, unzipSync } from 'fflate'
import { scanXml } from './xml-scanner'
import { readSharedStrings, readSheetRows } from './xlsx-sheet'
import type { TableRow } from './table'

/** The file is not a workbook this reader understands (not a ZIP, a part missing, XML broken). */
export class UnreadableWorkbook extends Error {}

/**
 * The rows of an .xlsx workbook's first sheet (the first tab Excel shows). Synchronous, like the
 * import and the CLI around it (the maintained XLSX readers on npm only read asynchronously): the
 * package is unzipped part by part with fflate, and the parts are found as the Open Packaging
 * Conventions say, through relationships, not by guessing file names.
 */
export function readXlsx(bytes: Uint8Array): TableRow[] {
  const part = partReader(bytes)
  const workbookPath =
    relationships(part, '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  const workbook = part(workbookPath) ?? unreadable(`no workbook part ${workbookPath}`)
  const workbookRels = relationships(part, workbookPath)
  const sheetId = firstSheetRelationship(workbook)
  const sheetPath = workbookRels.find((r) => r.id === sheetId)?.target ?? unreadable('the first sheet has no part')
  const sheet = part(sheetPath) ?? unreadable(`no sheet part ${sheetPath}`)
  const sharedPath = workbookRels.find((r) => r.type.endsWith('/sharedStrings'))?.target
  const sharedXml = sharedPath ? part(sharedPath) : undefined
  return readSheetRows(sheet, sharedXml ? readSharedStrings(sharedXml) : [])
}

function unreadable(why: string): never {
  throw new UnreadableWorkbook(why)
}

/** Reads one part of the package by name (case-insensitive, as OPC part names are), unzipping only it. */
function partReader(bytes: Uint8Array): (name: string) => string | undefined {
  return (name) => {
    const wanted = name.toLowerCase()
    let files: Record<string, Uint8Array>
    try {
      files = unzipSync(bytes, { filter: (f) => f.name.toLowerCase() === wanted })
    } catch (e) {
      return unreadable(`not a ZIP package (${e instanceof Error ? e.message : String(e)})`)
    }
    const data = Object.values(files)[0]
    return data && strFromU8(data)
  }
}

interface Relationship {
  id: string
  type: string
  /** The target part's name, resolved against the source part's folder. */
  target: string
}

/** The relationships of a part ('' for the package itself), from its .rels part. */
function relationships(part: (name: string) => string | undefined, source: string): Relationship[] {
  const slash = source.lastIndexOf('/')
  const folder = slash < 0 ? '' : source.slice(0, slash + 1)
  const xml = part(`${folder}_rels/${source.slice(slash + 1)}.rels`)
  if (!xml) return []
  const found: Relationship[] = []
  for (const ev of scanXml(xml)) {
    if (ev.kind !== 'open' || ev.name !== 'Relationship' || ev.attrs.TargetMode === 'External') continue
    found.push({ id: ev.attrs.Id ?? '', type: ev.attrs.Type ?? '', target: resolvePart(folder, ev.attrs.Target ?? '') })
  }
  return found
}

function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/')
  const resolved: string[] = []
  for (const s of segments) {
    if (s === '..') resolved.pop()
    else if (s !== '.' && s !== '') resolved.push(s)
  }
  return resolved.join('/')
}

/** The relationship id of the workbook's first sheet in tab order, passing over hidden ones if any is shown. */
function firstSheetRelationship(workbookXml: string): string {
  const sheets: { id: string | undefined; hidden: boolean }[] = []
  for (const ev of scanXml(workbookXml)) {
    if (ev.kind === 'open' && ev.name === 'sheet')
      sheets.push({ id: ev.attrs.id, hidden: ev.attrs.state === 'hidden' || ev.attrs.state === 'veryHidden' })
  }
  const first = sheets.find((s) => !s.hidden) ?? sheets[0] ?? unreadable('the workbook has no sheet')
  return first.id ?? unreadable('a sheet without relationship')
}
