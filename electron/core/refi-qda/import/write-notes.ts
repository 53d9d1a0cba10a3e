import type { Engagement } from '../../engagement/engagement'
import { MEMO_SUBJECTS, type MemoSubject } from '../../repositories/memos'
import type { ProjectFile } from './project-file'
import type { projectIds } from './project-ids'

/** A note's place in Terrain: a memo about something, or the memo of codings. */
type Place = { subjectType: MemoSubject; subjectId: string | null } | { codings: string[] }

/**
 * The project's notes: a note about a selection is the memo of its codings; any other is a memo
 * about what refers to it (a source, a code, the project), the first reference winning. A note of
 * Terrain's says its subject in its Description. A note nothing refers to is about the engagement.
 */
export function writeNotes(
  e: Engagement,
  p: ProjectFile,
  ctx: {
    idOf: ReturnType<typeof projectIds>
    /** A user's coder, null for one the project does not list. */
    authorOf: (userGuid: string) => string | null
    codingsOfSelection: ReadonlyMap<string, string[]>
    codeIds: ReadonlySet<string>
    documentIds: ReadonlySet<string>
  },
): number {
  const places = new Map<string, Place>()
  const place = (guids: readonly string[], where: Place) => {
    for (const g of guids) if (!places.has(g)) places.set(g, where)
  }
  for (const s of p.sources) {
    for (const sel of s.selections) place(sel.noteGuids, { codings: ctx.codingsOfSelection.get(sel.guid) ?? [] })
    const documentId = ctx.idOf('document', s.guid)
    if (ctx.documentIds.has(documentId)) place(s.noteGuids, { subjectType: 'document', subjectId: documentId })
  }
  for (const [codeGuid, notes] of p.codeNotes) {
    const codeId = ctx.idOf('code', codeGuid)
    if (ctx.codeIds.has(codeId)) place(notes, { subjectType: 'code', subjectId: codeId })
  }
  let memos = 0
  for (const n of p.notes) {
    const own = terrainPlace(n.description)
    const where: Place = own ?? places.get(n.guid) ?? { subjectType: 'engagement', subjectId: null }
    const authorId = n.userGuid ? ctx.authorOf(n.userGuid) : null
    if ('codings' in where) {
      for (const id of where.codings) {
        const coding = e.codings.get(id)
        if (coding) e.codings.update(id, { memo: coding.memo ? `${coding.memo}\n\n${n.text}` : n.text })
      }
      continue
    }
    e.memos.add({ ...where, title: n.name, body: n.text, authorId }, ctx.idOf('memo', n.guid))
    memos++
  }
  return memos
}

/** `terrain:subject=coding;id=…`: where Terrain had the memo. A coding memo goes back on its coding. */
function terrainPlace(description: string): Place | null {
  const m = /^terrain:subject=([a-z]+)(?:;id=(.+))?$/.exec(description.trim())
  if (!m || !(MEMO_SUBJECTS as readonly string[]).includes(m[1]!)) return null
  if (m[1] === 'coding') return m[2] ? { codings: [m[2]] } : null
  return { subjectType: m[1] as MemoSubject, subjectId: m[2] ?? null }
}
