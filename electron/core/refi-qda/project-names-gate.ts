import { fail } from '../../../shared/domain/terrain-error'
import { namesIn } from '../../../shared/report/real-names'
import type { NoteIndex } from './notes-xml'
import type { ProjectContent } from './project-content'
import type { TerrainExtras } from './terrain-extras'

/** A real name found in what the project would hold: where, and whose. */
export interface NameWarning {
  subject: 'document' | 'note' | 'respondent' | 'user' | 'extras'
  /** The document's or note's GUID, the respondent's code, the user's GUID, the extras' table. */
  id: string
  /** Where a person finds it: the document's respondent and title, the memo's title, the respondent's code. */
  where: string
  name: string
}

/**
 * Every real name in the texts the project would carry. A project leaves the consultant's hands
 * (another tool, a research team): a respondent's name in it breaks the interviews' promise.
 */
export function realNamesInProject(
  c: ProjectContent,
  notes: NoteIndex,
  extras: TerrainExtras,
  realNames: readonly string[],
): NameWarning[] {
  if (realNames.length === 0) return []
  const units: { subject: NameWarning['subject']; id: string; where: string; text: string }[] = []
  const check = (subject: NameWarning['subject'], id: string, where: string, ...texts: string[]) =>
    units.push({ subject, id, where, text: texts.join('\n') })
  for (const d of c.documents)
    check(
      'document',
      d.doc.id,
      [d.respondent?.code, d.doc.title || d.doc.kind].filter(Boolean).join(' – '),
      d.doc.title,
      d.doc.text,
    )
  for (const n of notes.notes) check('note', n.guid, n.title || n.body.slice(0, 40), n.title, n.body)
  for (const r of c.respondents)
    check(
      'respondent',
      r.respondent.code,
      r.respondent.code,
      r.respondent.unit ?? '',
      r.respondent.site ?? '',
      ...Object.values(r.values).map((v) => String(v ?? '')),
    )
  for (const u of c.coders) check('user', u.id, u.name, u.name)
  check('extras', 'engagement', 'engagement', ...stringsIn(extras.engagement))
  for (const [table, rows] of Object.entries(extras.tables)) check('extras', table, table, ...stringsIn(rows))
  // One pass over everything first: a name's pattern is built once per call, and most projects have
  // none, so the texts are searched one by one only for the names found.
  const suspects = namesIn(units.map((u) => u.text).join('\n'), realNames)
  if (suspects.length === 0) return []
  return units.flatMap((u) =>
    namesIn(u.text, suspects).map((name) => ({ subject: u.subject, id: u.id, where: u.where, name })),
  )
}

/** Refuses the export when a name was found, unless the consultant checked and allowed it. */
export function refuseNamesUnlessAllowed(warnings: readonly NameWarning[], allowNames: boolean): void {
  if (warnings.length > 0 && !allowNames)
    fail(
      'CONFLICT',
      `${warnings.length} text(s) of the project name a respondent: remove the names, or confirm that you checked them (--allow-names).`,
    )
}

function stringsIn(value: unknown): string[] {
  const out: string[] = []
  const stack = [value]
  while (stack.length) {
    const v = stack.pop()
    if (typeof v === 'string') out.push(v)
    else if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push(x)
  }
  return out
}
