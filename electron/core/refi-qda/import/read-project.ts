import path from 'node:path'
import type { Language } from '../../../../shared/domain/groups'
import { readXmlTree, MalformedXml } from '../../codebook-transfer/xml-tree'
import { checkCodebookLimits } from '../../codebook-transfer/codebook-limits'
import { DamagedArchive, withArchive, type GuardedArchive } from '../../files/guarded-archive'
import { UnreadableFile } from '../../files/guarded-file'
import { MAX_CODES, MAX_FILE_BYTES, MAX_IMPORT_CODINGS, MAX_RESPONDENTS } from '../../files/limits'
import { refuseLimit } from '../../files/refuse-limit'
import { xmlEvents, type XmlEvent } from '../../files/xml-events'
import type { ZipEntry } from '../../files/zip-directory'
import { refuseProject } from './project-import-error'
import type { ProjectFile } from './project-file'
import { projectModel } from './project-model'
import { bytesOf, docxText, inlineText, internalText } from './source-text'
import { readProjectRows } from './terrain-rows-file'

const QDA_NAMESPACE = /^urn:QDA-XML:/i
const EXTRAS = 'terrain/extras.json'

/**
 * Opens a REFI-QDA project (.qdpx) through the guarded archive and XML readers and hands `use` its
 * model; the archive stays open while `use` runs, so that sources are read one at a time. Codes
 * past MAX_CODES and selections or codings past MAX_IMPORT_CODINGS are refused as they stream by,
 * before the tree is built. `lang` is the language of the codes' names when the project does not
 * come from Terrain (whose data say its own).
 */
export function withProject<T>(absolute: string, lang: Language, use: (project: ProjectFile) => T): T {
  const file = path.basename(absolute)
  // Past the archive's directory, a damaged part is no longer "not a ZIP": the message says which.
  let opened = false
  try {
    return withArchive(absolute, file, (archive) => {
      opened = true
      const qde = projectEntry(archive, file)
      const extras = archive.find(EXTRAS)
      const rows = extras ? readExtras(archive, extras) : null
      const root = readRoot(counted(xmlEvents(archive.chunks(qde), file), file), file)
      const language =
        rows && !('problem' in rows) && (rows.engagement.language === 'fr' || rows.engagement.language === 'en')
          ? rows.engagement.language
          : lang
      const used = new Set<string>()
      const model = projectModel(root, file, language, {
        text: (p) => internalText(archive, p, used),
        docx: (p) => docxText(archive, p, file, used),
        inline: inlineText,
      })
      checkCodebookLimits(model.codebook)
      return use({
        ...model,
        language,
        rows: rows && !('problem' in rows) ? rows : null,
        rowsProblem: rows && 'problem' in rows ? rows.problem : null,
      })
    })
  } catch (e) {
    if (e instanceof UnreadableFile) return refuseProject('qdpxImport.problem.unreadable', file)
    if (e instanceof DamagedArchive)
      return opened
        ? refuseProject('qdpxImport.problem.damaged', file, { detail: e.message })
        : refuseProject('qdpxImport.problem.notZip', file)
    throw e
  }
}

/** project.qde, or the one .qde at the root another tool named after the project (ATLAS.ti). */
function projectEntry(archive: GuardedArchive, file: string): ZipEntry {
  const named = archive.find('project.qde')
  if (named) return named
  const qdes = archive.names.filter((n) => /^[^/]+\.qde$/i.test(n))
  if (qdes.length === 1) return archive.find(qdes[0]!)!
  return refuseProject(qdes.length ? 'qdpxImport.problem.severalProjects' : 'qdpxImport.problem.noProject', file)
}

function readExtras(archive: GuardedArchive, entry: ZipEntry) {
  if (entry.uncompressedSize > MAX_FILE_BYTES) return { problem: 'larger than a file Terrain reads' }
  return readProjectRows(bytesOf(archive, entry))
}

function readRoot(events: Iterable<XmlEvent>, file: string) {
  let root
  try {
    root = readXmlTree(events, file)
  } catch (e) {
    if (e instanceof MalformedXml) return refuseProject('qdpxImport.problem.notXml', file, { detail: e.message })
    throw e
  }
  const namespace = root.attrs.xmlns
  if (root.name !== 'Project' || (namespace !== undefined && !QDA_NAMESPACE.test(namespace)))
    return refuseProject('qdpxImport.problem.notProject', file, { root: root.name })
  return root
}

/** Codes, cases, selections and codings counted as they stream by: a project past the limits is refused before its tree. */
function* counted(events: Iterable<XmlEvent>, file: string): Generator<XmlEvent> {
  let codes = 0
  let cases = 0
  let selections = 0
  let codings = 0
  for (const e of events) {
    if (e.kind === 'open') {
      if (e.name === 'Code' && ++codes > MAX_CODES) refuseLimit('MAX_CODES', file, codes)
      if (e.name === 'Case' && ++cases > MAX_RESPONDENTS) refuseLimit('MAX_RESPONDENTS', file, cases)
      if (e.name === 'PlainTextSelection' && ++selections > MAX_IMPORT_CODINGS)
        refuseLimit('MAX_IMPORT_CODINGS', file, selections)
      if (e.name === 'Coding' && ++codings > MAX_IMPORT_CODINGS) refuseLimit('MAX_IMPORT_CODINGS', file, codings)
    }
    yield e
  }
}
