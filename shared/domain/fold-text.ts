/**
 * Text folded for matching what people typed against what respondents said: case, accents,
 * typographic apostrophes and runs of spaces aside ("Club des managers" finds "club des Managers").
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
}

/** A name folded for comparison with another name. */
export const foldName = (s: string): string => foldText(s).trim()
