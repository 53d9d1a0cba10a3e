import type { Coding } from '../../../shared/domain/coding'
import { xmlAttribute, xmlText } from '../codebook-transfer/xml-text'
import { codingDescription } from './coding-description'
import { exportedText, type ExportedText } from './code-points'
import type { ProjectContent, ProjectDocument } from './project-content'
import type { ProjectGuids } from './project-guids'
import type { NoteIndex } from './notes-xml'

/** The Sources element and the files it points to (sources/<guid>.txt, UTF-8 without BOM, LF). */
export function sourcesXml(
  c: ProjectContent,
  guids: ProjectGuids,
  notes: NoteIndex,
): { lines: string[]; files: { name: string; text: string }[] } {
  const lines: string[] = []
  const files: { name: string; text: string }[] = []
  if (c.documents.length === 0) return { lines, files }
  lines.push('  <Sources>')
  for (const d of c.documents) {
    const guid = guids.of('document', d.doc.id)
    const text = exportedText(d.doc.text)
    files.push({ name: `${guid}.txt`, text: text.text })
    lines.push(
      `    <TextSource guid="${guid}" name="${xmlAttribute(sourceName(d))}" plainTextPath="internal://${guid}.txt" modifiedDateTime="${d.doc.updatedAt}">`,
      `      <Description>${xmlText(sourceDescription(d))}</Description>`,
    )
    for (const coding of d.codings) lines.push(...selectionXml(coding, d.doc.text, text, guids, notes))
    for (const note of notes.of('document', d.doc.id)) lines.push(`      <NoteRef targetGUID="${note}"/>`)
    lines.push('    </TextSource>')
  }
  lines.push('  </Sources>')
  return { lines, files }
}

/** One selection per coding: its guid is the coding's id, its name the coded words. */
function selectionXml(
  c: Coding,
  original: string,
  text: ExportedText,
  guids: ProjectGuids,
  notes: NoteIndex,
): string[] {
  const start = text.at(c.start)
  const end = text.at(c.end)
  const user = guids.of('coder', c.coderId)
  const words = original.slice(c.start, c.end).replace(/\r\n?/g, '\n')
  return [
    `      <PlainTextSelection guid="${guids.of('coding', c.id)}" name="${xmlAttribute(words)}" startPosition="${start}" endPosition="${end}" creatingUser="${user}" creationDateTime="${c.createdAt}" modifiedDateTime="${c.updatedAt}">`,
    `        <Description>${xmlAttribute(codingDescription(c))}</Description>`,
    `        <Coding guid="${guids.derived('coding', c.id)}" creatingUser="${user}" creationDateTime="${c.createdAt}">`,
    `          <CodeRef targetGUID="${guids.of('code', c.codeId)}"/>`,
    '        </Coding>',
    ...notes.of('coding', c.id).map((note) => `        <NoteRef targetGUID="${note}"/>`),
    '      </PlainTextSelection>',
  ]
}

function sourceName(d: ProjectDocument): string {
  const who = d.respondent?.code ?? ''
  return [who, d.doc.title || d.doc.kind].filter(Boolean).join(' – ')
}

/** Where the document belongs in Terrain, for a re-import: `terrain:kind=answer;interview=…;question=…`. */
function sourceDescription(d: ProjectDocument): string {
  const parts = [`kind=${d.doc.kind}`]
  if (d.doc.interviewId) parts.push(`interview=${d.doc.interviewId}`)
  if (d.doc.questionId) parts.push(`question=${d.doc.questionId}`)
  return `terrain:${parts.join(';')}`
}
