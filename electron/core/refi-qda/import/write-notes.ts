import type { Engagement } from '../../engagement/engagement'
import { MEMO_SUBJECTS, type MemoSubject } from '../../repositories/memos'
import type { ProjectFile } from './project-file'
import type { projectIds } from './project-ids'

type Subject = { subjectType: MemoSubject; subjectId: string | null }
/** A note's place in Terrain: a memo about something, or the memo of codings (else a memo about `otherwise`). */
type Place = Subject | { codings: string[]; otherwise: Subject }

const ENGAGEMENT: Subject = { subjectType: 'engagement', subjectId: null }

/**
 * The project's notes: a note about a selection is the memo of its codings; any other is a memo
 * about what refers to it (a source, a code, the project), the first reference winning. A note of
 * Terrain's says its subject in its Description. No note is lost: one whose subject did not come
 * in (a selection reported, a document left out) is a memo about the source, else the engagement.
 * Each note's text is read when it is written.
 */
export function writeNotes(
  e: Engagement,
  p: ProjectFile,
  ctx: {
    idOf: ReturnType<typeof projectIds>
    /** A user's coder, null for one the project does not list. */
    authorOf: (userGuid: string) => string | null
    codingsOfSelection: ReadonlyMap<string, string[]>
    /** Whether what a memo would be about is in the new engagement. */
    exists: (subject: Subject) => boolean
  },
): number {
  const places = new Map<string, Place>()
  const place = (guids: readonly string[], where: Place) => {
    for (const g of guids) if (!places.has(g)) places.set(g, where)
  }
  const known = (s: Subject): Subject => (ctx.exists(s) ? s : ENGAGEMENT)
  for (const s of p.sources) {
    const document = known({ subjectType: 'document', subjectId: ctx.idOf('document', s.guid) })
    for (const sel of s.selections)
      place(sel.noteGuids, { codings: ctx.codingsOfSelection.get(sel.guid) ?? [], otherwise: document })
    place(s.noteGuids, document)
  }
  for (const [codeGuid, notes] of p.codeNotes)
    place(notes, known({ subjectType: 'code', subjectId: ctx.idOf('code', codeGuid) }))
  let memos = 0
  for (const n of p.notes) {
    const own = terrainPlace(n.description, n.guid)
    let where: Place = own ?? places.get(n.guid) ?? ENGAGEMENT
    const text = n.text()
    const authorId = n.userGuid ? ctx.authorOf(n.userGuid) : null
    if ('codings' in where) {
      const codings = where.codings.flatMap((id) => e.codings.get(id) ?? [])
      for (const c of codings) e.codings.update(c.id, { memo: c.memo ? `${c.memo}\n\n${text}` : text })
      if (codings.length > 0) continue
      where = where.otherwise
    }
    e.memos.add({ ...known(where), title: n.name, body: text, authorId }, ctx.idOf('memo', n.guid))
    memos++
  }
  return memos
}

/**
 * Where Terrain had the memo: `terrain:coding-memo;id=…` is a coding's own memo, back on its
 * coding; `terrain:subject=…;id=…` a memo about something (a coding too: a consensus' reason).
 * Projects exported before the first form wrote a coding's own memo in the second, under a GUID
 * derived from the coding (UUID v5), where a memo keeps its own id (random, v4): read as before.
 */
function terrainPlace(description: string, guid: string): Place | null {
  const own = /^terrain:coding-memo;id=(.+)$/.exec(description.trim())
  if (own) return { codings: [own[1]!], otherwise: ENGAGEMENT }
  const m = /^terrain:subject=([a-z]+)(?:;id=(.+))?$/.exec(description.trim())
  if (!m || !(MEMO_SUBJECTS as readonly string[]).includes(m[1]!)) return null
  if (m[1] === 'coding' && m[2] && DERIVED_GUID.test(guid)) return { codings: [m[2]], otherwise: ENGAGEMENT }
  return { subjectType: m[1] as MemoSubject, subjectId: m[2] ?? null }
}

const DERIVED_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5/i
