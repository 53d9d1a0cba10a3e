import type { Database } from 'better-sqlite3-multiple-ciphers'
import type { Variable, VariableType, VariableValue } from '../../../shared/domain/respondent'
import { fail } from '../../../shared/domain/terrain-error'
import { newId } from '../db/clock'
import { readJson, writeJson } from './json-column'

interface Row {
  id: string
  key: string
  name: string
  type: VariableType
  options: string
  position: number
}
const toVariable = (r: Row): Variable => ({
  id: r.id,
  key: r.key,
  name: r.name,
  type: r.type,
  options: readJson<string[]>(r.options, []),
  position: r.position,
})

/** Checks a value against its variable's type; values are stored as JSON text. */
function checkValue(v: Variable, value: VariableValue): VariableValue {
  if (value === null) return null
  const ok =
    (v.type === 'text' && typeof value === 'string') ||
    (v.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (v.type === 'boolean' && typeof value === 'boolean') ||
    (v.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) ||
    (v.type === 'choice' && typeof value === 'string' && v.options.includes(value))
  if (!ok) fail('INVALID_INPUT', `${JSON.stringify(value)} is not a valid ${v.type} value for ${v.name}.`)
  return value
}

export function variableRepository(db: Database) {
  const byId = db.prepare<[string], Row>('SELECT * FROM variables WHERE id = ?')
  const get = (id: string): Variable | undefined => {
    const r = byId.get(id)
    return r && toVariable(r)
  }
  return {
    get,
    list: (): Variable[] =>
      db.prepare<[], Row>('SELECT * FROM variables ORDER BY position, name').all().map(toVariable),
    add(v: { key: string; name: string; type: VariableType; options?: string[] }, id = newId()): Variable {
      const position = (db.prepare('SELECT count(*) AS n FROM variables').get() as { n: number }).n
      db.prepare('INSERT INTO variables (id, key, name, type, options, position) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        v.key,
        v.name,
        v.type,
        writeJson(v.options ?? []),
        position,
      )
      return get(id)!
    },
    remove(id: string): void {
      db.prepare('DELETE FROM variables WHERE id = ?').run(id)
    },
    setValue(respondentId: string, variableId: string, value: VariableValue): void {
      const v = get(variableId) ?? fail('NOT_FOUND', `No variable ${variableId}.`)
      const checked = checkValue(v, value)
      if (checked === null) {
        db.prepare('DELETE FROM variable_values WHERE respondent_id = ? AND variable_id = ?').run(
          respondentId,
          variableId,
        )
        return
      }
      db.prepare(
        `INSERT INTO variable_values (respondent_id, variable_id, value) VALUES (?, ?, ?)
         ON CONFLICT(respondent_id, variable_id) DO UPDATE SET value = excluded.value`,
      ).run(respondentId, variableId, writeJson(checked))
    },
    valuesOf(respondentId: string): Record<string, VariableValue> {
      const rows = db
        .prepare<[string], { key: string; value: string }>(
          `SELECT v.key, vv.value FROM variable_values vv JOIN variables v ON v.id = vv.variable_id
           WHERE vv.respondent_id = ?`,
        )
        .all(respondentId)
      return Object.fromEntries(rows.map((r) => [r.key, readJson<VariableValue>(r.value, null)]))
    },
  }
}
