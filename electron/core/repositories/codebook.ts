import type { Database } from 'better-sqlite3-multiple-ciphers'
import { z } from 'zod'
import { DecisionRule, type Code, type Codebook, type CodeFamily } from '../../../shared/domain/codebook'
import type { Bilingual } from '../../../shared/domain/groups'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { readJson, writeJson } from './json-column'

interface FamilyRow {
  id: string
  key: string
  name_fr: string
  name_en: string
  pole: string | null
  color: string
  position: number
  exclusive: number
}
interface CodeRow {
  id: string
  key: string
  family_id: string | null
  parent_id: string | null
  name_fr: string
  name_en: string
  definition_fr: string
  definition_en: string
  include_fr: string
  include_en: string
  exclude_fr: string
  exclude_en: string
  example_fr: string
  example_en: string
  color: string
  shortcut: string | null
  pragmatism_role: Code['diagnosis']['pragmatism']
  idealism_role: Code['diagnosis']['idealism']
  default_valence: Code['defaultValence']
  analyst_only: number
  flags: string
  ibm_items: string
  position: number
}
const toFamily = (r: FamilyRow): CodeFamily => ({
  id: r.id,
  key: r.key,
  name: { fr: r.name_fr, en: r.name_en },
  pole: r.pole,
  color: r.color,
  position: r.position,
  exclusive: r.exclusive === 1,
})
const toCode = (r: CodeRow): Code => ({
  id: r.id,
  key: r.key,
  familyId: r.family_id,
  parentId: r.parent_id,
  name: { fr: r.name_fr, en: r.name_en },
  definition: { fr: r.definition_fr, en: r.definition_en },
  include: { fr: r.include_fr, en: r.include_en },
  exclude: { fr: r.exclude_fr, en: r.exclude_en },
  example: { fr: r.example_fr, en: r.example_en },
  color: r.color,
  shortcut: r.shortcut,
  diagnosis: { pragmatism: r.pragmatism_role, idealism: r.idealism_role },
  defaultValence: r.default_valence,
  analystOnly: r.analyst_only === 1,
  flags: readJson<string[]>(r.flags, []),
  ibmItems: readJson<string[]>(r.ibm_items, []),
  position: r.position,
})

export type NewCode = Omit<Code, 'id' | 'position'> & { position?: number }

/** What the codebook editor changes on a code; its place (family, parent, position) changes by place(). */
export type CodeChange = Partial<
  Pick<
    Code,
    | 'key'
    | 'name'
    | 'definition'
    | 'include'
    | 'exclude'
    | 'example'
    | 'color'
    | 'shortcut'
    | 'diagnosis'
    | 'defaultValence'
  >
>
/** The columns a code's content fills, beside its id, key and position. */
const CODE_COLUMNS = [
  'family_id',
  'parent_id',
  'name_fr',
  'name_en',
  'definition_fr',
  'definition_en',
  'include_fr',
  'include_en',
  'exclude_fr',
  'exclude_en',
  'example_fr',
  'example_en',
  'color',
  'shortcut',
  'pragmatism_role',
  'idealism_role',
  'default_valence',
  'analyst_only',
  'flags',
  'ibm_items',
] as const
/** The values of CODE_COLUMNS, in its order. */
const codeValues = (c: Omit<Code, 'id' | 'key' | 'position'>) => [
  c.familyId,
  c.parentId,
  c.name.fr,
  c.name.en,
  c.definition.fr,
  c.definition.en,
  c.include.fr,
  c.include.en,
  c.exclude.fr,
  c.exclude.en,
  c.example.fr,
  c.example.en,
  c.color,
  c.shortcut,
  c.diagnosis.pragmatism,
  c.diagnosis.idealism,
  c.defaultValence,
  c.analystOnly ? 1 : 0,
  writeJson(c.flags),
  writeJson(c.ibmItems),
]

export function codebookRepository(db: Database) {
  const codeById = db.prepare<[string], CodeRow>('SELECT * FROM codes WHERE id = ?')
  const codeByKey = db.prepare<[string], CodeRow>('SELECT * FROM codes WHERE key = ?')
  const getCode = (id: string): Code | undefined => {
    const r = codeById.get(id)
    return r && toCode(r)
  }
  const families = (): CodeFamily[] =>
    db.prepare<[], FamilyRow>('SELECT * FROM code_families ORDER BY position').all().map(toFamily)
  const codes = (): Code[] => db.prepare<[], CodeRow>('SELECT * FROM codes ORDER BY position').all().map(toCode)
  return {
    setHeader(h: { sourceId: string | null; name: Bilingual; note: string; decisionRules: DecisionRule[] }): void {
      db.prepare(
        `INSERT INTO codebook (singleton, source_id, name_fr, name_en, note, decision_rules) VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT(singleton) DO UPDATE SET source_id = excluded.source_id, name_fr = excluded.name_fr,
           name_en = excluded.name_en, note = excluded.note, decision_rules = excluded.decision_rules`,
      ).run(h.sourceId, h.name.fr, h.name.en, h.note, writeJson(h.decisionRules))
    },
    addFamily(f: Omit<CodeFamily, 'id'>, id = newId()): CodeFamily {
      db.prepare(
        'INSERT INTO code_families (id, key, name_fr, name_en, pole, color, position, exclusive) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(id, f.key, f.name.fr, f.name.en, f.pole, f.color, f.position, f.exclusive ? 1 : 0)
      return toFamily(db.prepare<[string], FamilyRow>('SELECT * FROM code_families WHERE id = ?').get(id)!)
    },
    families,
    addCode(c: NewCode, id = newId()): Code {
      if (codeByKey.get(c.key)) fail('CONFLICT', `A code with key ${c.key} already exists.`)
      const t = now()
      const position = c.position ?? (db.prepare('SELECT count(*) AS n FROM codes').get() as { n: number }).n
      db.prepare(
        `INSERT INTO codes (id, key, ${CODE_COLUMNS.join(', ')}, position, created_at, updated_at)
         VALUES (?, ?, ${CODE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`,
      ).run(id, c.key, ...codeValues(c), position, t, t)
      return getCode(id)!
    },
    /** Everything of a code but its id, key and position, which never change here (an import). */
    replaceCode(c: Omit<Code, 'key' | 'position'>): void {
      db.prepare(`UPDATE codes SET ${CODE_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
        ...codeValues(c),
        now(),
        c.id,
      )
    },
    /** A family's names, pole, colour and exclusivity; its key and position stay (an import). */
    replaceFamily(f: Omit<CodeFamily, 'key' | 'position'>): void {
      db.prepare(
        'UPDATE code_families SET name_fr = ?, name_en = ?, pole = ?, color = ?, exclusive = ? WHERE id = ?',
      ).run(f.name.fr, f.name.en, f.pole, f.color, f.exclusive ? 1 : 0, f.id)
    },
    code: getCode,
    codeByKey: (key: string): Code | undefined => {
      const r = codeByKey.get(key)
      return r && toCode(r)
    },
    codes,
    updateCode(id: string, patch: CodeChange): Code {
      const n = { ...(getCode(id) ?? fail('NOT_FOUND', `No code ${id}.`)), ...patch }
      db.prepare(
        `UPDATE codes SET key = ?, name_fr = ?, name_en = ?, definition_fr = ?, definition_en = ?, include_fr = ?,
           include_en = ?, exclude_fr = ?, exclude_en = ?, example_fr = ?, example_en = ?, color = ?, shortcut = ?,
           pragmatism_role = ?, idealism_role = ?, default_valence = ?, updated_at = ? WHERE id = ?`,
      ).run(
        n.key,
        n.name.fr,
        n.name.en,
        n.definition.fr,
        n.definition.en,
        n.include.fr,
        n.include.en,
        n.exclude.fr,
        n.exclude.en,
        n.example.fr,
        n.example.en,
        n.color,
        n.shortcut,
        n.diagnosis.pragmatism,
        n.diagnosis.idealism,
        n.defaultValence,
        now(),
        id,
      )
      return getCode(id)!
    },
    /** Puts a code in a family, under a parent (or at top level), at a position in the codebook's order. */
    place(id: string, at: { familyId: string | null; parentId: string | null; position: number }): void {
      db.prepare('UPDATE codes SET family_id = ?, parent_id = ?, position = ?, updated_at = ? WHERE id = ?').run(
        at.familyId,
        at.parentId,
        at.position,
        now(),
        id,
      )
    },
    /** Deletes one code; its codings and sub-codes must be gone or moved first (the keys restrict). */
    removeCode(id: string): void {
      if (db.prepare('DELETE FROM codes WHERE id = ?').run(id).changes === 0) fail('NOT_FOUND', `No code ${id}.`)
    },
    family: (id: string): CodeFamily | undefined => {
      const r = db.prepare<[string], FamilyRow>('SELECT * FROM code_families WHERE id = ?').get(id)
      return r && toFamily(r)
    },
    updateFamily(id: string, patch: Partial<Pick<CodeFamily, 'name' | 'color' | 'exclusive'>>): CodeFamily {
      const cur = db.prepare<[string], FamilyRow>('SELECT * FROM code_families WHERE id = ?').get(id)
      const n = { ...(cur ? toFamily(cur) : fail('NOT_FOUND', `No code family ${id}.`)), ...patch }
      db.prepare('UPDATE code_families SET name_fr = ?, name_en = ?, color = ?, exclusive = ? WHERE id = ?').run(
        n.name.fr,
        n.name.en,
        n.color,
        n.exclusive ? 1 : 0,
        id,
      )
      return n
    },
    get(): Codebook {
      const h = db
        .prepare<
          [],
          { source_id: string | null; name_fr: string; name_en: string; note: string; decision_rules: string }
        >('SELECT * FROM codebook')
        .get()
      return {
        sourceId: h?.source_id ?? null,
        name: { fr: h?.name_fr ?? '', en: h?.name_en ?? '' },
        note: h?.note ?? '',
        decisionRules: z
          .array(DecisionRule)
          .catch([])
          .parse(readJson<unknown>(h?.decision_rules ?? null, [])),
        families: families(),
        codes: codes(),
      }
    },
  }
}
