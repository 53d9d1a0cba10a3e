import type { Group, Stance, Valence } from '../../../shared/domain/groups'
import { foldName } from '../../../shared/domain/text-folding'

const GROUP_WORDS: Record<string, Group> = {
  employee: 'employee',
  employees: 'employee',
  collaborateur: 'employee',
  collaborateurs: 'employee',
  collaboratrice: 'employee',
  collaboratrices: 'employee',
  employe: 'employee',
  employes: 'employee',
  salarie: 'employee',
  salaries: 'employee',
  salariee: 'employee',
  salariees: 'employee',
  manager: 'manager',
  managers: 'manager',
  encadrant: 'manager',
  encadrants: 'manager',
  encadrement: 'manager',
  leadership: 'leadership',
  direction: 'leadership',
  dirigeant: 'leadership',
  dirigeants: 'leadership',
  dirigeante: 'leadership',
  dirigeantes: 'leadership',
  leader: 'leadership',
  leaders: 'leadership',
  executive: 'leadership',
  executives: 'leadership',
  customer: 'customer',
  customers: 'customer',
  client: 'customer',
  clients: 'customer',
  cliente: 'customer',
  clientes: 'customer',
  other: 'other',
  others: 'other',
  autre: 'other',
  autres: 'other',
}

/** A respondent group in English or French, singular or plural, any case; undefined if it is none. */
export function parseGroup(text: string): Group | undefined {
  return GROUP_WORDS[foldName(text)]
}

/** SELF or ATTR in any case (the constants themselves: a coding keeps no string of its own). */
export function parseStance(text: string): Stance | undefined {
  const upper = text.toUpperCase()
  return upper === 'SELF' ? 'SELF' : upper === 'ATTR' ? 'ATTR' : undefined
}

const VALENCE_WORDS: Record<string, Valence> = {
  '+': '+',
  '-': '-',
  '0': '0',
  // A minus sign or a dash that a word processor's autocorrect made of "-".
  '\u2212': '-',
  '\u2013': '-',
  positive: '+',
  positif: '+',
  negative: '-',
  negatif: '-',
  neutral: '0',
  neutre: '0',
}

/**
 * +, - or 0, or the words in English or French. Excel will not keep a lone + or - as typed: the
 * cell ends up as '+ (the apostrophe that makes it text), or as a formula read back as "=+".
 */
export function parseValence(text: string): Valence | undefined {
  const bare = text.replace(/^['=]/, '').trim()
  return VALENCE_WORDS[foldName(bare)]
}

/** 1, 2 or 3 (also as a spreadsheet's 2.0); null for an empty cell; undefined for anything else. */
export function parseIntensity(text: string): 1 | 2 | 3 | null | undefined {
  if (text === '') return null
  const m = /^'?([123])(?:[.,]0+)?$/.exec(text)
  return m ? (Number(m[1]) as 1 | 2 | 3) : undefined
}
