import { terrainIdOf } from '../../codebook-transfer/parse-qdc'
import { projectGuids } from '../project-guids'
import { CARRIED_TABLES, type CarriedTable } from '../terrain-tables'
import type { ProjectRows } from './terrain-rows-file'

type Kind = (typeof CARRIED_TABLES)[CarriedTable]

/**
 * The Terrain id of a project's element by its GUID: the id it had in the engagement it was
 * exported from (Terrain's data say which, its GUIDs being derived from them), else the GUID
 * itself when it is an RFC 4122 UUID, else a UUID v5 of it (the same file gives the same ids).
 */
export function projectIds(rows: ProjectRows | null): (kind: Kind, guid: string) => string {
  const known = new Map<string, string>()
  if (rows) {
    const guids = projectGuids(rows.engagementId)
    for (const [table, kind] of Object.entries(CARRIED_TABLES))
      for (const row of rows.tables.get(table) ?? [])
        if (typeof row.id === 'string') known.set(`${kind}:${guids.of(kind, row.id)}`, row.id)
  }
  return (kind, guid) => known.get(`${kind}:${guid}`) ?? terrainIdOf(guid)
}
