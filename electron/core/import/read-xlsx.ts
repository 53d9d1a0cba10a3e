import { streamArchive, withArchive, type GuardedArchive } from '../files/guarded-archive'
import { xmlEvents, type XmlEvent } from '../files/xml-events'
import { readSharedStrings, sheetRows } from './xlsx-sheet'
import type { TableRow } from './table'

/** The file is not a workbook this reader understands (a part missing, a sheet without its part). */
export class UnreadableWorkbook extends Error {}

/**
 * Opens an .xlsx workbook's first sheet (the first tab Excel shows) as rows. Synchronous, like the
 * import and the CLI around it (the maintained XLSX readers on npm only read asynchronously): the
 * package is read through the guarded archive reader, each part streamed through the guarded XML
 * reader (../shared/LIMITS.md), and the parts are found as the Open Packaging Conventions say,
 * through relationships, not by guessing file names. `file` is the workbook's name, for refusals.
 *
 * What is needed before the rows is read now: the parts, and the shared strings (wherever they lie
 * in the archive, often after the sheet), which the sheet's cells point into and the archive's
 * limits bound. The sheet's rows are read as they are iterated, the archive open meanwhile, so that
 * a sheet is never held whole (LIMITS.md: a refusal within 100 MB above the process at rest).
 */
export function openXlsx(absolute: string, file: string): Iterable<TableRow> {
  const { sheetPath, shared } = withArchive(absolute, file, (archive) => {
    const part = partReader(archive, file)
    const workbookPath =
      relationships(part, '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
    const workbook = part(workbookPath) ?? unreadable(`no workbook part ${workbookPath}`)
    const workbookRels = relationships(part, workbookPath)
    const sheetId = firstSheetRelationship(workbook)
    const sheetPath = workbookRels.find((r) => r.id === sheetId)?.target ?? unreadable('the first sheet has no part')
    if (!archive.find(sheetPath)) unreadable(`no sheet part ${sheetPath}`)
    const sharedPath = workbookRels.find((r) => r.type.endsWith('/sharedStrings'))?.target
    const sharedXml = sharedPath ? part(sharedPath) : undefined
    return { sheetPath, shared: sharedXml ? readSharedStrings(sharedXml, file) : [] }
  })
  return streamArchive(absolute, file, (archive) =>
    sheetRows(partReader(archive, file)(sheetPath) ?? unreadable(`no sheet part ${sheetPath}`), shared, file),
  )
}

function unreadable(why: string): never {
  throw new UnreadableWorkbook(why)
}

type PartReader = (name: string) => Generator<XmlEvent> | undefined

/** The events of one part of the package by name (case-insensitive, as OPC part names are), inflated as they are read. */
function partReader(archive: GuardedArchive, file: string): PartReader {
  return (name) => {
    const entry = archive.find(name)
    return entry && xmlEvents(archive.chunks(entry), file)
  }
}

interface Relationship {
  id: string
  type: string
  /** The target part's name, resolved against the source part's folder. */
  target: string
}

/** The relationships of a part ('' for the package itself), from its .rels part. */
function relationships(part: PartReader, source: string): Relationship[] {
  const slash = source.lastIndexOf('/')
  const folder = slash < 0 ? '' : source.slice(0, slash + 1)
  const events = part(`${folder}_rels/${source.slice(slash + 1)}.rels`)
  if (!events) return []
  const found: Relationship[] = []
  for (const ev of events) {
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
function firstSheetRelationship(workbook: Iterable<XmlEvent>): string {
  const sheets: { id: string | undefined; hidden: boolean }[] = []
  for (const ev of workbook) {
    if (ev.kind === 'open' && ev.name === 'sheet')
      sheets.push({ id: ev.attrs.id, hidden: ev.attrs.state === 'hidden' || ev.attrs.state === 'veryHidden' })
  }
  const first = sheets.find((s) => !s.hidden) ?? sheets[0] ?? unreadable('the workbook has no sheet')
  return first.id ?? unreadable('a sheet without relationship')
}
