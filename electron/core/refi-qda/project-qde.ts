import { codeElementLines } from '../codebook-transfer/export-qdc'
import { xmlAttribute } from '../codebook-transfer/xml-text'
import { variablesAndCasesXml } from './cases-xml'
import type { NoteIndex } from './notes-xml'
import { notesXml } from './notes-xml'
import type { ProjectContent } from './project-content'
import type { ProjectGuids } from './project-guids'

const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0'
const SCHEMA_LOCATION = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd'

/**
 * project.qde, its elements in the schema's order (Users, CodeBook, Variables, Cases, Sources,
 * Notes, then the project's own NoteRefs). Every date is the engagement's, never the export's:
 * the same engagement gives the same bytes.
 */
export function projectQde(
  c: ProjectContent,
  guids: ProjectGuids,
  notes: NoteIndex,
  sources: string[],
  origin: string,
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Project xmlns="${PROJECT_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${PROJECT_NAMESPACE} ${SCHEMA_LOCATION}" name="${xmlAttribute(c.name)}" origin="${xmlAttribute(origin)}" creationDateTime="${c.createdAt}">`,
  ]
  if (c.coders.length) {
    lines.push('  <Users>')
    for (const u of c.coders)
      lines.push(
        `    <User guid="${guids.of('coder', u.id)}" name="${xmlAttribute(u.name)}" id="${xmlAttribute(u.initials)}"/>`,
      )
    lines.push('  </Users>')
  }
  const codes = codeElementLines(c.codebook, c.language, 3, (codeId) => notes.of('code', codeId))
  // Parts of hundreds of thousands of lines: joined as they are, never spread into one call.
  const parts = [
    lines,
    codes.length ? ['  <CodeBook>', '    <Codes>'] : [],
    codes,
    codes.length ? ['    </Codes>', '  </CodeBook>'] : [],
    variablesAndCasesXml(c, guids),
    sources,
    notesXml(notes, guids),
    notes.of('engagement', null).map((note) => `  <NoteRef targetGUID="${note}"/>`),
    ['</Project>', ''],
  ]
  return parts
    .filter((part) => part.length > 0)
    .map((part) => part.join('\n'))
    .join('\n')
}
