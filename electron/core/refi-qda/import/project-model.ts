import type { Language } from '../../../../shared/domain/groups'
import { projectCodebookOf } from '../../codebook-transfer/parse-qdc'
import type { XmlElement } from '../../codebook-transfer/xml-tree'
import { childNamed, childrenNamed, childText, guidOf, positionOf, refsOf } from './project-elements'
import type {
  CaseValue,
  OtherSource,
  ProjectCase,
  ProjectCoding,
  ProjectFile,
  ProjectNote,
  ProjectTextSource,
  ProjectUser,
  ProjectVariable,
} from './project-file'
import type { SourceText } from './source-text'

/** How the model reaches what the archive holds: a source's text, a note's. */
export interface ProjectReaders {
  text(path: string): SourceText
  docx(path: string): SourceText
  inline(text: string, where: string): SourceText
}

const VARIABLE_TYPES = new Set<ProjectVariable['type']>(['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'])
const OTHER_SOURCES = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource']

/**
 * The project's elements as Terrain reads them, from project.qde's tree. Texts are read when the
 * import reaches them (`read`), one source at a time.
 */
export function projectModel(
  root: XmlElement,
  file: string,
  lang: Language,
  readers: ProjectReaders,
): Omit<ProjectFile, 'rows' | 'rowsProblem' | 'language'> {
  const sources: ProjectTextSource[] = []
  const others: OtherSource[] = []
  const sourceText = new Map<string, () => SourceText>()
  for (const s of childNamed(root, 'Sources')?.children ?? []) {
    const guid = guidOf(s.attrs.guid)
    const name = s.attrs.name?.trim() || guid
    if (s.name !== 'TextSource') {
      if (OTHER_SOURCES.includes(s.name)) others.push({ guid, name, kind: s.name })
      continue
    }
    sources.push(textSource(s, guid, name))
    sourceText.set(guid, () => textOf(s, readers))
  }
  return {
    file,
    name: root.attrs.name?.trim() ?? '',
    origin: root.attrs.origin?.trim() ?? '',
    users: childrenNamed(childNamed(root, 'Users'), 'User').map((u): ProjectUser => ({
      guid: guidOf(u.attrs.guid),
      name: u.attrs.name?.trim() ?? '',
      initials: u.attrs.id?.trim() ?? '',
    })),
    codebook: projectCodebookOf(root, file, lang),
    codeNotes: codeNotesOf(root),
    variables: childrenNamed(childNamed(root, 'Variables'), 'Variable').map((v): ProjectVariable => ({
      guid: guidOf(v.attrs.guid),
      name: v.attrs.name?.trim() ?? '',
      type: VARIABLE_TYPES.has(v.attrs.typeOfVariable as ProjectVariable['type'])
        ? (v.attrs.typeOfVariable as ProjectVariable['type'])
        : 'Text',
    })),
    cases: childrenNamed(childNamed(root, 'Cases'), 'Case').map(caseOf),
    sources,
    others,
    notes: childrenNamed(childNamed(root, 'Notes'), 'Note').map((n) => noteOf(n, readers)),
    projectNoteGuids: refsOf(root, 'NoteRef'),
    sourceText,
  }
}

function textSource(s: XmlElement, guid: string, name: string): ProjectTextSource {
  return {
    guid,
    name,
    line: s.line,
    description: childText(s, 'Description'),
    selections: childrenNamed(s, 'PlainTextSelection').map((sel) => ({
      guid: guidOf(sel.attrs.guid),
      start: positionOf(sel.attrs.startPosition),
      end: positionOf(sel.attrs.endPosition),
      name: sel.attrs.name ?? '',
      line: sel.line,
      userGuid: sel.attrs.creatingUser ? guidOf(sel.attrs.creatingUser) : null,
      description: childText(sel, 'Description'),
      codings: codingsOf(sel),
      noteGuids: refsOf(sel, 'NoteRef'),
    })),
    wholeCodings: codingsOf(s),
    noteGuids: refsOf(s, 'NoteRef'),
  }
}

function textOf(s: XmlElement, readers: ProjectReaders): SourceText {
  const inline = childNamed(s, 'PlainTextContent')
  if (inline) return readers.inline(inline.text, 'PlainTextContent')
  if (s.attrs.plainTextPath) return readers.text(s.attrs.plainTextPath)
  if (s.attrs.richTextPath && /\.docx$/i.test(s.attrs.richTextPath)) return readers.docx(s.attrs.richTextPath)
  return { problem: 'noText', path: s.attrs.richTextPath ?? '' }
}

function codingsOf(e: XmlElement): ProjectCoding[] {
  return childrenNamed(e, 'Coding').map((c) => ({
    guid: guidOf(c.attrs.guid),
    codeGuid: guidOf(childNamed(c, 'CodeRef')?.attrs.targetGUID),
    userGuid: c.attrs.creatingUser ? guidOf(c.attrs.creatingUser) : null,
  }))
}

function caseOf(c: XmlElement): ProjectCase {
  const values = new Map<string, CaseValue>()
  for (const v of childrenNamed(c, 'VariableValue')) {
    const target = guidOf(childNamed(v, 'VariableRef')?.attrs.targetGUID)
    const value = v.children.find((x) => x.name.endsWith('Value'))
    if (!target || !value) continue
    const text = value.text.trim()
    if (value.name === 'BooleanValue') values.set(target, text === 'true' || text === '1')
    else if ((value.name === 'IntegerValue' || value.name === 'FloatValue') && Number.isFinite(Number(text)) && text)
      values.set(target, Number(text))
    else if (text) values.set(target, text)
  }
  return {
    guid: guidOf(c.attrs.guid),
    name: c.attrs.name?.trim() ?? '',
    line: c.line,
    values,
    sourceGuids: refsOf(c, 'SourceRef'),
    noteGuids: refsOf(c, 'NoteRef'),
  }
}

function noteOf(n: XmlElement, readers: ProjectReaders): ProjectNote {
  const inline = childNamed(n, 'PlainTextContent')
  const path = n.attrs.plainTextPath
  return {
    guid: guidOf(n.attrs.guid),
    name: n.attrs.name?.trim() ?? '',
    text: () => {
      const read = inline ? readers.inline(inline.text, 'note') : path ? readers.text(path) : null
      return read && 'text' in read ? read.text.replace(/\r\n?/g, '\n') : ''
    },
    description: childText(n, 'Description'),
    userGuid: n.attrs.creatingUser ? guidOf(n.attrs.creatingUser) : null,
  }
}

/** Each code's NoteRefs, by its GUID, the tree walked with a stack of its own. */
function codeNotesOf(root: XmlElement): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const stack = [...childrenNamed(childNamed(childNamed(root, 'CodeBook'), 'Codes'), 'Code')]
  while (stack.length) {
    const code = stack.pop()!
    const notes = refsOf(code, 'NoteRef')
    if (notes.length) out.set(guidOf(code.attrs.guid), notes)
    for (const child of childrenNamed(code, 'Code')) stack.push(child)
  }
  return out
}
