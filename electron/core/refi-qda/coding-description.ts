import type { Coding } from '../../../shared/domain/coding'

type Attributes = Pick<Coding, 'stance' | 'target' | 'valence' | 'intensity'>

const PREFIX = 'terrain:'

/**
 * A coding's attributes, which REFI-QDA has no place for, as the Description of its selection:
 * `terrain:stance=ATTR;target=manager;valence=-;intensity=2`. Other tools show it as a comment.
 */
export function codingDescription(c: Attributes): string {
  const parts = [`stance=${c.stance}`]
  if (c.target) parts.push(`target=${c.target}`)
  parts.push(`valence=${c.valence}`)
  if (c.intensity !== null) parts.push(`intensity=${c.intensity}`)
  return PREFIX + parts.join(';')
}

/** The fields of such a description (for the import), or null when it is not one of Terrain's. */
export function readCodingDescription(text: string): Record<string, string> | null {
  const t = text.trim()
  if (!t.startsWith(PREFIX)) return null
  const fields: Record<string, string> = {}
  for (const part of t.slice(PREFIX.length).split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return fields
}
