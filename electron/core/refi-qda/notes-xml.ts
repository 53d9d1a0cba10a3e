import type { MemoSubject } from '../repositories/memos'
import { xmlAttribute, xmlText } from '../codebook-transfer/xml-text'
import type { ProjectContent } from './project-content'
import type { ProjectGuids } from './project-guids'

/** A memo as a REFI-QDA Note; its subject says what it is about (a Case or a Code cannot point to it). */
export interface ProjectNote {
  guid: string
  subject: MemoSubject
  subjectId: string | null
  title: string
  body: string
  authorId: string | null
  updatedAt: string
  /** A coding's own memo (its memo column), not a memo about the coding. */
  codingMemo?: true
}

/** The notes of each subject, for the elements that refer to them (NoteRef). */
export interface NoteIndex {
  notes: ProjectNote[]
  of: (subject: MemoSubject, subjectId: string | null) => string[]
}

/** The engagement's memos and the codings' own memos, as notes. */
export function projectNotes(c: ProjectContent, guids: ProjectGuids): NoteIndex {
  const notes: ProjectNote[] = c.memos.map((m) => ({
    guid: guids.of('memo', m.id),
    subject: m.subjectType,
    subjectId: m.subjectId,
    title: m.title,
    body: m.body,
    authorId: m.authorId,
    updatedAt: m.updatedAt,
  }))
  for (const d of c.documents)
    for (const coding of d.codings)
      if (coding.memo.trim())
        notes.push({
          guid: guids.derived('coding-memo', coding.id),
          subject: 'coding',
          subjectId: coding.id,
          title: '',
          body: coding.memo,
          authorId: coding.coderId,
          updatedAt: coding.updatedAt,
          codingMemo: true,
        })
  const bySubject = new Map<string, string[]>()
  for (const n of notes) {
    const key = `${n.subject}:${n.subjectId ?? ''}`
    bySubject.set(key, [...(bySubject.get(key) ?? []), n.guid])
  }
  return { notes, of: (subject, id) => bySubject.get(`${subject}:${id ?? ''}`) ?? [] }
}

/** The Notes element: each note's text inline (PlainTextContent), its subject in its Description. */
export function notesXml(index: NoteIndex, guids: ProjectGuids): string[] {
  if (index.notes.length === 0) return []
  const lines = ['  <Notes>']
  for (const n of index.notes) {
    const author = n.authorId ? ` creatingUser="${guids.of('coder', n.authorId)}"` : ''
    // A coding's own memo and a memo about a coding (a consensus decision's reason) go back apart.
    const subject = n.codingMemo
      ? `terrain:coding-memo;id=${n.subjectId}`
      : `terrain:subject=${n.subject}${n.subjectId ? `;id=${n.subjectId}` : ''}`
    lines.push(
      `    <Note guid="${n.guid}" name="${xmlAttribute(n.title)}"${author} modifiedDateTime="${n.updatedAt}">`,
      `      <Description>${xmlText(subject)}</Description>`,
      `      <PlainTextContent>${xmlText(n.body)}</PlainTextContent>`,
      '    </Note>',
    )
  }
  lines.push('  </Notes>')
  return lines
}
