import { Intensity, type Coding } from '../../../shared/domain/coding'
import { Group, Stance, Valence } from '../../../shared/domain/groups'

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

/**
 * A coding's attributes read back from its selection's Description: Terrain's own form, each field
 * checked; what is missing or not Terrain's takes the defaults (the respondent's own view, neutral
 * or the code's default valence, no intensity).
 */
export function codingAttributes(description: string, defaultValence: Valence): Attributes {
  const f = readCodingDescription(description) ?? {}
  const stance = Stance.safeParse(f.stance).data ?? 'SELF'
  const target = stance === 'ATTR' ? (Group.safeParse(f.target).data ?? null) : null
  const valence = Valence.safeParse(f.valence).data ?? defaultValence
  const intensity = Intensity.safeParse(Number(f.intensity)).data ?? null
  return { stance, target, valence, intensity }
}
