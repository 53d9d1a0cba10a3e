import type { CodebookProblem } from '../../../shared/api/codebook-transfer'
import type { Language } from '../../../shared/domain/groups'
import { lineProblem } from '../import/problem-list'
import { refuseCodebook, refuseCodebookFile } from './codebook-import-error'
import type { IncomingCode, IncomingCodebook, IncomingFamily } from './incoming-codebook'
import { parseDescription } from './qdc-description'
import { rgbColour } from './rgb-colour'
import type { XmlEvent } from '../files/xml-events'
import { Id } from '../../../shared/domain/ids'
import { TERRAIN_NAMESPACE, uuidV5 } from '../codebook/uuid-v5'

/**
 * The Terrain id of an item by its file's GUID: the GUID itself when it is an RFC 4122 UUID, else
 * (QualCoder writes 20000000-0000-0000-0000-000000000002) a UUID v5 derived from it. The same file
 * gives the same ids, so a second import of it updates what the first added, and two consultants
 * who import it get the same codes, which merge as one.
 */
export const terrainIdOf = (guid: string): string =>
  Id.safeParse(guid).success ? guid : uuidV5(`refi-qda:${guid}`, TERRAIN_NAMESPACE)
import { MalformedXml, readXmlTree, type XmlElement } from './xml-tree'

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/
/** REFI-QDA's namespaces, matched loosely: variants such as urn:QDA-XML:codebook:1:0 exist. */
const QDA_NAMESPACE = /^urn:QDA-XML:/i

/**
 * The codes of a REFI-QDA codebook (.qdc) or of a project's CodeBook (.qde). Top-level categories
 * (isCodable="false") become families; every other Code is a code, nested as in the file. Texts
 * are in the engagement's language `lang`. Any problem refuses the file. `events` come from the
 * guarded XML reader, which refuses a file past its limits before the tree is built.
 */
export function parseQdc(events: Iterable<XmlEvent>, file: string, lang: Language): IncomingCodebook {
  const codes = codesElement(readRoot(events, file), file)
  if (codes.length === 0) refuseCodebookFile('codebookTransfer.problem.noCodes', file)
  return codebookOf(codes, file, lang)
}

/**
 * The codebook of a project's tree (.qde, already read): its CodeBook's codes, none when it has
 * none (a project may hold sources and no codes yet).
 */
export function projectCodebookOf(root: XmlElement, file: string, lang: Language): IncomingCodebook {
  const codebook = root.children.find((c) => c.name === 'CodeBook')
  return codebookOf(codebook ? codesOf(codebook) : [], file, lang)
}

function codebookOf(codes: XmlElement[], file: string, lang: Language): IncomingCodebook {
  const reader = new QdcCodes(lang)
  for (const element of codes) reader.top(element)
  if (reader.problems.length > 0) refuseCodebook(file, reader.problems)
  return { file, format: 'qdc', families: reader.families, codes: reader.codes, matchByName: true }
}

function readRoot(events: Iterable<XmlEvent>, file: string): XmlElement {
  try {
    return readXmlTree(events, file)
  } catch (e) {
    if (e instanceof MalformedXml)
      return refuseCodebookFile('codebookTransfer.problem.notXml', file, { detail: e.message })
    throw e
  }
}

function codesElement(root: XmlElement, file: string): XmlElement[] {
  const namespace = root.attrs.xmlns
  if (namespace !== undefined && !QDA_NAMESPACE.test(namespace))
    refuseCodebookFile('codebookTransfer.problem.wrongNamespace', file, { namespace })
  const codebook = root.name === 'Project' ? root.children.find((c) => c.name === 'CodeBook') : root
  if (codebook?.name !== 'CodeBook') refuseCodebookFile('codebookTransfer.problem.wrongRoot', file, { root: root.name })
  return codesOf(codebook)
}

const codesOf = (codebook: XmlElement): XmlElement[] =>
  codebook.children.find((c) => c.name === 'Codes')?.children.filter((c) => c.name === 'Code') ?? []

/** Reads Code elements depth first, collecting every problem rather than stopping at the first. */
class QdcCodes {
  readonly families: IncomingFamily[] = []
  readonly codes: IncomingCode[] = []
  readonly problems: CodebookProblem[] = []
  private readonly guids = new Set<string>()

  constructor(private readonly lang: Language) {}

  top(element: XmlElement): void {
    // A code at the top level says nothing of families: an existing one stays in its own.
    if (this.codable(element)) return this.code(element, undefined, null, true)
    const base = this.base(element)
    const described = parseDescription(this.description(element) ?? '')
    this.families.push({
      ...base,
      key: described.key ?? null,
      name: { [this.lang]: base.name },
      ...(described.exclusive !== undefined ? { exclusive: described.exclusive } : {}),
    })
    for (const child of this.children(element)) this.code(child, base.ref, null)
  }

  private code(element: XmlElement, familyRef: string | undefined, parentRef: string | null, checked = false): void {
    // Terrain's codes are all codable: a category below the top level is read as a code.
    if (!checked) this.codable(element)
    const base = this.base(element)
    const description = this.description(element)
    const d = description === undefined ? undefined : parseDescription(description)
    const text = (value: string | undefined) => (value === undefined ? undefined : { [this.lang]: value })
    this.codes.push({
      ...base,
      key: d?.key ?? null,
      familyRef,
      parentRef,
      name: { [this.lang]: base.name },
      definition: text(d?.definition),
      include: text(d?.include),
      exclude: text(d?.exclude),
      example: text(d?.example),
      defaultValence: d?.valence,
    })
    for (const child of this.children(element)) this.code(child, familyRef, base.ref)
  }

  private base(element: XmlElement) {
    const { line } = element
    const name = element.attrs.name?.trim() ?? ''
    const who = name ? `"${name}"` : `#${this.codes.length + this.families.length + 1}`
    if (!name) this.problems.push(lineProblem(line, 'codebookTransfer.problem.missingName', { code: who }))
    const id = this.guid(element, who)
    const rawColor = element.attrs.color
    const color = rawColor === undefined ? undefined : rgbColour(rawColor)
    if (color === null)
      this.problems.push(lineProblem(line, 'codebookTransfer.problem.badColour', { code: who, value: rawColor! }))
    return { ref: id ?? `line-${line}-${who}`, line, id, name, ...(color ? { color } : {}) }
  }

  private guid(element: XmlElement, who: string): string | null {
    const raw = element.attrs.guid
    if (raw === undefined) return null
    const m = GUID.exec(raw.trim())
    if (!m) {
      this.problems.push(lineProblem(element.line, 'codebookTransfer.problem.badGuid', { code: who, value: raw }))
      return null
    }
    const guid = m[1]!.toLowerCase()
    if (this.guids.has(guid))
      this.problems.push(
        lineProblem(element.line, 'codebookTransfer.problem.duplicateGuid', { code: who, value: guid }),
      )
    this.guids.add(guid)
    return terrainIdOf(guid)
  }

  /** isCodable is required by the schema; a file that leaves it out is read as codable. */
  private codable(element: XmlElement): boolean {
    const raw = element.attrs.isCodable?.trim()
    if (raw === undefined || raw === 'true' || raw === '1') return true
    if (raw === 'false' || raw === '0') return false
    const who = `"${element.attrs.name ?? ''}"`
    this.problems.push(lineProblem(element.line, 'codebookTransfer.problem.badCodable', { code: who, value: raw }))
    return true
  }

  private description(element: XmlElement): string | undefined {
    return element.children.find((c) => c.name === 'Description')?.text.replace(/\r\n?/g, '\n')
  }

  private children(element: XmlElement): XmlElement[] {
    return element.children.filter((c) => c.name === 'Code')
  }
}
