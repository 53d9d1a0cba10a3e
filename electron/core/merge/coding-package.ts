import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Group } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { SeededRandom } from '../demo/seeded-random'
import type { Engagement } from '../engagement/engagement'
import { writePartedCopy } from './parted-copy'

/** Which documents a package holds: a respondent's, a group's, or a share drawn at random. */
export interface PackageSelection {
  respondents?: readonly string[]
  group?: Group
  /** A share of the documents, from 0 to 1, drawn with `seed`. */
  sample?: number
  seed?: number
}

/** What a package was made of. */
export interface PackageSummary {
  path: string
  coder: string
  documents: number
  respondents: number
}

/** Tables a second coder must not see (others' work, the analysis, real names), emptied in a package. */
const WITHHELD = [
  'codings',
  'collective_evidence',
  'collectives',
  'key_verbatims',
  'report_verbatims',
  'report_texts',
  'band_overrides',
  'recommendation_overrides',
  'memos',
  'respondent_identities',
] as const

/**
 * A coding package for blind double coding: a copy of the engagement parted from it, holding the
 * documents chosen, the codebook and guides, and nothing that would unblind or identify (no one's
 * codings or memos, no key verbatims, collectives or evidence, no real names, no interview notes).
 * The second consultant codes it as `coder`; merging it back brings their codings in under that
 * name and changes nothing else: what the package left out is absent, never deleted (its
 * tombstones are dropped), and what it blanked keeps its time, so the lead's version stays. The
 * freed pages are rewritten (VACUUM): nothing withheld can be read back from the file. An
 * encrypted engagement gives an encrypted package, under its passphrase or one of the package's
 * own, which the lead gives the colleague another way than the file.
 */
export function writeCodingPackage(
  e: Engagement,
  out: string,
  o: {
    coder: string
    selection: PackageSelection
    passphrase?: string
    /** The colleague's own passphrase for the package (encrypts it even when the engagement is plain). */
    packagePassphrase?: string
  },
): PackageSummary {
  const coder = o.coder.trim()
  if (!coder) fail('INVALID_INPUT', 'Name the consultant who will code the package (--coder NAME).')
  const documents = chooseDocuments(e, o.selection)
  if (documents.length === 0) fail('INVALID_INPUT', 'No document matches that choice: nothing to package.')
  const kept = new Set(documents.map((d) => d.id))
  const path = writePartedCopy(
    e,
    out,
    o.passphrase,
    (db) => {
      db.transaction(() => {
        for (const table of WITHHELD) db.exec(`DELETE FROM "${table}"`)
        const drop = db.prepare('DELETE FROM documents WHERE id = ?')
        for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM documents').all())
          if (!kept.has(id)) drop.run(id)
        // Blanked, not changed: the time stays, so that merging back keeps the lead's notes.
        db.exec("UPDATE interviews SET notes = '' WHERE notes <> ''")
        const coderId = ensureCoder(db, coder)
        // The package's coder is its consultant and the one deletions are recorded under.
        db.prepare('UPDATE engagement SET consultants = ?, actor_id = ?').run(JSON.stringify([coder]), coderId)
        db.exec('DELETE FROM tombstones')
      })()
      db.exec('VACUUM')
    },
    o.packagePassphrase,
  )
  return {
    path,
    coder,
    documents: documents.length,
    respondents: new Set(documents.map((d) => d.respondent)).size,
  }
}

function ensureCoder(db: Database, name: string): string {
  const found = db
    .prepare<[string], { id: string }>("SELECT id FROM coders WHERE name = ? COLLATE NOCASE AND kind = 'person'")
    .get(name)
  if (found) return found.id
  const id = newId()
  db.prepare("INSERT INTO coders (id, name, initials, kind, created_at) VALUES (?, ?, '', 'person', ?)").run(
    id,
    name,
    now(),
  )
  return id
}

/** The coded texts of respondents (answers, transcripts, imported excerpts), as the selection narrows them. */
function chooseDocuments(e: Engagement, s: PackageSelection): { id: string; respondent: string }[] {
  const all = e.db
    .prepare<[], { id: string; respondent: string; code: string; group_key: Group }>(
      `SELECT d.id, r.id AS respondent, r.code, r.group_key
       FROM documents d LEFT JOIN interviews i ON i.id = d.interview_id
       JOIN respondents r ON r.id = coalesce(d.respondent_id, i.respondent_id)
       WHERE d.kind <> 'notes' ORDER BY r.code, d.created_at, d.id`,
    )
    .all()
  if (s.respondents?.length) {
    const codes = new Set(s.respondents.map((c) => c.trim().toUpperCase()))
    const known = new Set(all.map((d) => d.code.toUpperCase()))
    const unknown = [...codes].filter((c) => !known.has(c))
    if (unknown.length) fail('NOT_FOUND', `No respondent ${unknown.join(', ')} with a text to code.`)
    return all.filter((d) => codes.has(d.code.toUpperCase()))
  }
  if (s.group) return all.filter((d) => d.group_key === s.group)
  if (s.sample !== undefined) {
    const k = Math.ceil(all.length * s.sample)
    return new SeededRandom(s.seed ?? 1).sample(all, k)
  }
  return all
}
