import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Collective, CollectiveLabel, CriterionNumber } from '../../../shared/domain/collective'
import { fail } from '../../../shared/domain/terrain-error'
import { newId, now } from '../db/clock'
import { foldName } from '../../../shared/domain/text-folding'

interface Row {
  id: string
  name: string
  label: CollectiveLabel
  c1: 0 | 1 | null
  c2: 0 | 1 | null
  c3: 0 | 1 | null
  c4: 0 | 1 | null
  c5: 0 | 1 | null
  notes: string
}

export function collectiveRepository(db: Database) {
  const evidenceOf = db.prepare<[string], { coding_id: string }>(
    'SELECT coding_id FROM collective_evidence WHERE collective_id = ? ORDER BY coding_id',
  )
  const toCollective = (r: Row): Collective => ({
    id: r.id,
    name: r.name,
    label: r.label,
    criteria: [r.c1, r.c2, r.c3, r.c4, r.c5],
    notes: r.notes,
    evidenceCodingIds: evidenceOf.all(r.id).map((e) => e.coding_id),
  })
  const get = (id: string): Collective | undefined => {
    const r = db.prepare<[string], Row>('SELECT * FROM collectives WHERE id = ?').get(id)
    return r && toCollective(r)
  }
  return {
    get,
    list: (): Collective[] => db.prepare<[], Row>('SELECT * FROM collectives ORDER BY name').all().map(toCollective),
    add(c: Pick<Collective, 'name' | 'label' | 'criteria'> & { notes?: string }, id = newId()): Collective {
      const t = now()
      db.prepare(
        `INSERT INTO collectives (id, name, label, c1, c2, c3, c4, c5, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, c.name, c.label, ...c.criteria, c.notes ?? '', t, t)
      return get(id)!
    },
    update(id: string, patch: Partial<Pick<Collective, 'name' | 'label' | 'criteria' | 'notes'>>): Collective {
      const cur = get(id) ?? fail('NOT_FOUND', `No collective ${id}.`)
      const n = { ...cur, ...patch }
      db.prepare(
        'UPDATE collectives SET name = ?, label = ?, c1 = ?, c2 = ?, c3 = ?, c4 = ?, c5 = ?, notes = ?, updated_at = ? WHERE id = ?',
      ).run(n.name, n.label, ...n.criteria, n.notes, now(), id)
      return get(id)!
    },
    /** Links a coding once; linking it again keeps the first link and its criterion. */
    linkEvidence(collectiveId: string, codingId: string, criterion: CriterionNumber | null = null): boolean {
      return (
        db
          .prepare('INSERT OR IGNORE INTO collective_evidence (collective_id, coding_id, criterion) VALUES (?, ?, ?)')
          .run(collectiveId, codingId, criterion).changes > 0
      )
    },
    setEvidenceCriterion(collectiveId: string, codingId: string, criterion: CriterionNumber | null): void {
      const changed = db
        .prepare('UPDATE collective_evidence SET criterion = ? WHERE collective_id = ? AND coding_id = ?')
        .run(criterion, collectiveId, codingId).changes
      if (changed === 0) fail('NOT_FOUND', `Coding ${codingId} is not linked to collective ${collectiveId}.`)
    },
    /** The collective whose name is this one, case and accents aside (names are how people tell them apart). */
    named(name: string): Collective | undefined {
      const wanted = foldName(name)
      const row = db
        .prepare<[], Row>('SELECT * FROM collectives')
        .all()
        .find((r) => foldName(r.name) === wanted)
      return row && toCollective(row)
    },
    unlinkEvidence(collectiveId: string, codingId: string): boolean {
      return (
        db
          .prepare('DELETE FROM collective_evidence WHERE collective_id = ? AND coding_id = ?')
          .run(collectiveId, codingId).changes > 0
      )
    },
    remove(id: string): void {
      if (db.prepare('DELETE FROM collectives WHERE id = ?').run(id).changes === 0)
        fail('NOT_FOUND', `No collective ${id}.`)
    },
  }
}
