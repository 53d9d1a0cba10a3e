import { uuidV5 } from '../codebook/uuid-v5'

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/**
 * GUIDs for a project: Terrain's own ids where they are UUIDs, else UUID v5 of a stable name in the
 * engagement's namespace, so that the same engagement exports the same project.qde every time and
 * a re-import recognises what it already has.
 */
export function projectGuids(engagementId: string) {
  const namespace = GUID.test(engagementId) ? engagementId : uuidV5(engagementId, uuidV5('terrain', ZERO))
  const derived = (kind: string, name: string): string => uuidV5(`${kind}:${name}`, namespace)
  return {
    derived,
    /** An entity's id as a GUID: itself when it is one. */
    of: (kind: string, id: string): string => (GUID.test(id) ? id.toLowerCase() : derived(kind, id)),
  }
}
export type ProjectGuids = ReturnType<typeof projectGuids>

const ZERO = '00000000-0000-0000-0000-000000000000'
