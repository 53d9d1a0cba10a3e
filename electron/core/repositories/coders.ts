import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Coder } from '../../../shared/domain/coding'
import { newId, now } from '../db/clock'

interface Row {
  id: string
  name: string
  initials: string
  kind: Coder['kind']
}
const toCoder = (r: Row): Coder => ({ id: r.id, name: r.name, initials: r.initials, kind: r.kind })

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 3)
}

export function coderRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM coders WHERE id = ?')
  return {
    add(name: string, kind: Coder['kind'] = 'person', id = newId()): Coder {
      db.prepare('INSERT INTO coders (id, name, initials, kind, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id,
        name,
        initialsOf(name),
        kind,
        now(),
      )
      return toCoder(byId.get(id)!)
    },
    get: (id: string): Coder | undefined => {
      const r = byId.get(id)
      return r && toCoder(r)
    },
    list: (): Coder[] => db.prepare<[], Row>('SELECT * FROM coders ORDER BY created_at, name').all().map(toCoder),
    findByName: (name: string): Coder | undefined => {
      const r = db.prepare<[string], Row>('SELECT * FROM coders WHERE name = ? COLLATE NOCASE').get(name)
      return r && toCoder(r)
    },
    rename(id: string, name: string): void {
      db.prepare('UPDATE coders SET name = ?, initials = ? WHERE id = ?').run(name, initialsOf(name), id)
    },
  }
}
