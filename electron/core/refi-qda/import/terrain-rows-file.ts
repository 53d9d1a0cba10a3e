import { decodeUnicode } from '../../files/unicode-text'
import { EXTRAS_FORMAT, EXTRAS_VERSION, type TableRow } from '../terrain-extras'
import { CARRIED_TABLES, WHOLE_TABLES } from '../terrain-tables'

/** terrain/extras.json as read back: rows by table, every value a string, a number or null. */
export interface ProjectRows {
  engagementId: string
  engagement: TableRow
  tables: Map<string, TableRow[]>
}

const KNOWN_TABLES = new Set<string>([...Object.keys(CARRIED_TABLES), ...WHOLE_TABLES])

/**
 * Reads terrain/extras.json, the Terrain data of a project exported by Terrain. A file that is not
 * Terrain's, of another version, or not of the expected shape is set aside with the reason (the
 * project is then imported as any tool's), never half used. Only known tables are kept.
 */
export function readProjectRows(bytes: Uint8Array): ProjectRows | { problem: string } {
  const text = decodeUnicode(bytes)
  if (text === null) return { problem: 'not valid UTF-8' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { problem: 'not JSON' }
  }
  if (!isObject(json) || json.format !== EXTRAS_FORMAT) return { problem: 'not Terrain data' }
  if (json.version !== EXTRAS_VERSION) return { problem: `version ${String(json.version)}, not ${EXTRAS_VERSION}` }
  if (typeof json.engagementId !== 'string' || !isRow(json.engagement) || !isObject(json.tables))
    return { problem: 'not of the expected shape' }
  const tables = new Map<string, TableRow[]>()
  for (const [table, rows] of Object.entries(json.tables)) {
    if (!KNOWN_TABLES.has(table)) continue
    if (!Array.isArray(rows) || !rows.every(isRow)) return { problem: `table ${table} is not of the expected shape` }
    tables.set(table, rows)
  }
  return { engagementId: json.engagementId, engagement: json.engagement, tables }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const isRow = (v: unknown): v is TableRow =>
  isObject(v) && Object.values(v).every((x) => x === null || typeof x === 'string' || typeof x === 'number')
